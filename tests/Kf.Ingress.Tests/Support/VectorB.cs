using Kf.WeCom.Tests.Callback;

namespace Kf.Ingress.Tests.Support;

// The ingress configured with the official set B (WECOM_PROTOCOL.md §10), so its vectors verify.
public static class VectorB
{
    public const string CorpId = OfficialVectors.SetB.ReceiveId;

    public static Dictionary<string, string?> Settings() => new()
    {
        ["WeCom:CorpId"] = OfficialVectors.SetB.ReceiveId,
        ["WeCom:Token"] = OfficialVectors.SetB.Token,
        ["WeCom:EncodingAesKey"] = OfficialVectors.SetB.AesKey,
    };
}
