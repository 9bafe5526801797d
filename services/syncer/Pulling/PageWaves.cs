using Kf.Storage;

namespace Kf.Syncer.Pulling;

/// <summary>
/// Splits a page into waves for <see cref="PageHandler"/>: wave k holds the k-th published message of
/// every customer (messages and events alike, by external_userid), so customers go side by side and
/// each customer's messages one after another; the messages only recorded go with wave 0.
/// </summary>
internal static class PageWaves
{
    public static List<List<HeldMessage>> Of(IEnumerable<HeldMessage> messages)
    {
        var waves = new List<List<HeldMessage>> { new() };
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var held in messages)
        {
            var wave = 0;
            if (held.Publishes)
            {
                var customer = LogEntries.Customer(held.Message) ?? "";
                wave = seen.GetValueOrDefault(customer);
                seen[customer] = wave + 1;
            }

            if (wave == waves.Count)
            {
                waves.Add([]);
            }

            waves[wave].Add(held);
        }

        return waves;
    }
}
