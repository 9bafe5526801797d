using System.Globalization;

namespace Kf.Storage.Migrations;

/// <summary>One numbered script, e.g. <c>Migrations/MySql/0001_initial.sql</c>, embedded in this assembly.</summary>
internal sealed record MigrationScript(int Version, string Name, string Sql)
{
    /// <summary>The scripts of one dialect in version order.</summary>
    public static IReadOnlyList<MigrationScript> For(string dialect)
    {
        var assembly = typeof(MigrationScript).Assembly;
        var prefix = $"Migrations/{dialect}/";
        return assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith(prefix, StringComparison.Ordinal) && name.EndsWith(".sql", StringComparison.Ordinal))
            .Select(name =>
            {
                var file = Path.GetFileNameWithoutExtension(name[prefix.Length..]);
                using var reader = new StreamReader(assembly.GetManifestResourceStream(name)!);
                return new MigrationScript(int.Parse(file.Split('_')[0], CultureInfo.InvariantCulture), file, reader.ReadToEnd());
            })
            .OrderBy(script => script.Version)
            .ToList();
    }
}
