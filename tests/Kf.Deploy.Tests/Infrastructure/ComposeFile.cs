using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.Serialization;

namespace Kf.Deploy.Tests.Infrastructure;

/// <summary>
/// A compose file as the Compose tools read it: YAML with its merge keys (<c>&lt;&lt;: *anchor</c>)
/// resolved, before variable interpolation, so <c>${VAR}</c> references stay visible.
/// </summary>
public sealed partial class ComposeFile
{
    private readonly Dictionary<object, object> _root;

    private ComposeFile(string text, Dictionary<object, object> root)
    {
        Text = text;
        _root = root;
    }

    public string Text { get; }

    public IReadOnlyDictionary<string, Dictionary<object, object>> Services =>
        ((Dictionary<object, object>)_root["services"]).ToDictionary(s => (string)s.Key, s => (Dictionary<object, object>)s.Value);

    public IReadOnlyCollection<string> Volumes =>
        _root.TryGetValue("volumes", out var volumes) ? ((Dictionary<object, object>)volumes).Keys.Cast<string>().ToList() : [];

    /// <summary>Every <c>${VAR}</c> the file interpolates (not <c>$${VAR}</c>, which reaches the container as is).</summary>
    public IReadOnlySet<string> Variables => Interpolated().Matches(Text).Select(m => m.Groups[1].Value).ToHashSet();

    public static ComposeFile Load(string relativePath)
    {
        var text = Repo.Read(relativePath);
        var parser = new MergingParser(new Parser(new StringReader(text)));
        var root = new DeserializerBuilder().Build().Deserialize<Dictionary<object, object>>(parser);
        return new ComposeFile(text, root);
    }

    [GeneratedRegex(@"(?<!\$)\$\{([A-Za-z_][A-Za-z0-9_]*)(?::?[-?][^}]*)?\}")]
    private static partial Regex Interpolated();
}
