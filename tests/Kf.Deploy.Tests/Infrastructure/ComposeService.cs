namespace Kf.Deploy.Tests.Infrastructure;

/// <summary>Reads one service's keys out of the parsed YAML (maps of object, lists of object, strings).</summary>
public static class ComposeService
{
    public static Dictionary<object, object>? Map(this Dictionary<object, object> service, string key) =>
        service.TryGetValue(key, out var value) ? value as Dictionary<object, object> : null;

    public static List<object>? List(this Dictionary<object, object> service, string key) =>
        service.TryGetValue(key, out var value) ? value as List<object> : null;

    public static string? Scalar(this Dictionary<object, object> service, string key) =>
        service.TryGetValue(key, out var value) ? value as string : null;

    /// <summary>The environment as name → value, from either the map or the list form.</summary>
    public static IReadOnlyDictionary<string, string> Environment(this Dictionary<object, object> service) =>
        service.TryGetValue("environment", out var value) switch
        {
            false => new Dictionary<string, string>(),
            true when value is Dictionary<object, object> map => map.ToDictionary(e => (string)e.Key, e => e.Value as string ?? ""),
            _ => ((List<object>)value!).Cast<string>().Select(e => e.Split('=', 2)).ToDictionary(e => e[0], e => e.Length > 1 ? e[1] : ""),
        };

    /// <summary>All scalars below a node, for checks that care about a value wherever it sits.</summary>
    public static IEnumerable<string> Scalars(object? node) => node switch
    {
        string s => [s],
        Dictionary<object, object> map => map.Values.SelectMany(Scalars),
        List<object> list => list.SelectMany(Scalars),
        _ => [],
    };
}
