using System.Collections;
using System.Reflection;
using MySql.Data.MySqlClient;

namespace Kf.Storage;

/// <summary>
/// Teaches MySql.Data 8.0.16 the charset name <c>utf8mb3</c>, which MariaDB 10.6+ and MySQL 8.0.30+
/// report for the 3-byte UTF-8 charset that older servers called <c>utf8</c>.
/// </summary>
/// <remarks>
/// Our package source has no newer MySQL driver (see Directory.Packages.props). 8.0.16 maps charset
/// names to .NET encodings in the internal static dictionary <c>CharSetMap._mapping</c>, which knows
/// <c>utf8</c> but not <c>utf8mb3</c>. Reading any utf8mb3 column (DATABASE(), system variables,
/// information_schema) then throws "Character set 'utf8mb3' is not supported by .Net Framework.";
/// the driver, draining the broken result, masks it as "KeyNotFoundException: The given key '0'
/// was not present in the dictionary." The shim registers <c>utf8mb3</c> as an alias of <c>utf8</c>.
/// </remarks>
public static class MySqlCompatibility
{
    private static readonly Lock Gate = new();
    private static bool _applied;

    /// <summary>Applies the shim once per process; later calls do nothing. Safe from any thread.</summary>
    /// <exception cref="InvalidOperationException">The driver's internals are not the ones of 8.0.16.</exception>
    public static void Apply()
    {
        lock (Gate)
        {
            if (_applied)
            {
                return;
            }

            AliasUtf8mb3();
            _applied = true;
        }
    }

    private static void AliasUtf8mb3()
    {
        var map = typeof(MySqlConnection).Assembly.GetType("MySql.Data.MySqlClient.CharSetMap");
        var field = map?.GetField("_mapping", BindingFlags.Static | BindingFlags.NonPublic);
        // Reading the field runs CharSetMap's static constructor, which fills the dictionary.
        if (field?.GetValue(null) is not IDictionary current || !current.Contains("utf8"))
        {
            throw new InvalidOperationException(
                "MySql.Data internals changed (CharSetMap._mapping with a 'utf8' entry not found): " +
                "revisit MySqlCompatibility before upgrading the driver.");
        }

        if (current.Contains("utf8mb3"))
        {
            return;
        }

        // Copy, then swap the reference: the driver reads the dictionary without a lock, and a
        // Dictionary must not be written while other threads read it.
        var copy = (IDictionary)Activator.CreateInstance(field.FieldType, current)!;
        copy["utf8mb3"] = current["utf8"];
        field.SetValue(null, copy);
    }
}
