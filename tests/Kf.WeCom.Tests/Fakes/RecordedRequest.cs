using System.Text;
using System.Web;

namespace Kf.WeCom.Tests.Fakes;

/// <summary>One request the fake WeCom received, read in full.</summary>
internal sealed record RecordedRequest(HttpMethod Method, Uri Uri, byte[] Body, string? ContentType)
{
    public string Path => Uri.AbsolutePath;

    public string BodyText => Encoding.UTF8.GetString(Body);

    public string? Query(string name) => HttpUtility.ParseQueryString(Uri.Query)[name];

    public string? AccessToken => Query("access_token");
}
