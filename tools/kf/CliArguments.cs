using System.Globalization;

namespace Kf.Cli;

/// <summary>The command line: words (command and arguments) and <c>--options</c>, which may stand anywhere.</summary>
internal sealed class CliArguments
{
    private static readonly HashSet<string> ValueOptions = ["--config", "--profile", "--top", "--limit"];
    private static readonly HashSet<string> Flags = ["--all", "--help"];
    private readonly Dictionary<string, string?> _options;

    private CliArguments(List<string> words, Dictionary<string, string?> options)
    {
        Words = words;
        _options = options;
    }

    public IReadOnlyList<string> Words { get; }

    public bool Help => _options.ContainsKey("--help");

    public static CliArguments Parse(IReadOnlyList<string> args)
    {
        var words = new List<string>();
        var options = new Dictionary<string, string?>(StringComparer.Ordinal);
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (arg == "--")
            {
                words.AddRange(args.Skip(i + 1));
                break;
            }

            if (arg is "-h" or "-?")
            {
                arg = "--help";
            }

            if (!arg.StartsWith("--", StringComparison.Ordinal))
            {
                words.Add(arg);
                continue;
            }

            var equals = arg.IndexOf('=');
            var name = equals < 0 ? arg : arg[..equals];
            if (Flags.Contains(name) && equals < 0)
            {
                options[name] = null;
            }
            else if (ValueOptions.Contains(name))
            {
                var value = equals >= 0 ? arg[(equals + 1)..] : i + 1 < args.Count ? args[++i] : throw new UsageException($"{name} needs a value");
                options[name] = value;
            }
            else
            {
                throw new UsageException($"unknown option {name}");
            }
        }

        return new CliArguments(words, options);
    }

    public string? Option(string name) => _options.GetValueOrDefault(name);

    public bool Flag(string name) => _options.ContainsKey(name);

    public int? Number(string name, int min, int max)
    {
        if (Option(name) is not { } text)
        {
            return null;
        }

        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max
            ? value
            : throw new UsageException($"{name} must be a whole number from {min} to {max}, not '{text}'");
    }

    /// <summary>Refuses options the command does not take, so a typo is not silently ignored.</summary>
    public void Allow(string command, params string[] names)
    {
        foreach (var given in _options.Keys.Where(k => k is not ("--config" or "--help") && !names.Contains(k)))
        {
            throw new UsageException($"'kf kb {command}' does not take {given}");
        }
    }
}
