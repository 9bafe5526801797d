namespace Kf.Simulator.Tests.Infrastructure;

public static class Events
{
    /// <summary>The events sync_msg returns of one type, oldest first.</summary>
    public static async Task<List<JsonObject>> OfTypeAsync(this SimClient client, string eventType) =>
        (await client.SyncAllAsync())
            .Where(m => m.Str("msgtype") == "event" && m["event"]!.Str("event_type") == eventType)
            .Select(m => m["event"]!.AsObject())
            .ToList();

    public static async Task<string> EnterAsync(this SimClient client, string customer = SimClient.Customer)
    {
        await client.PostControlAsync($"customers/{customer}/messages", new { msgtype = "event", @event = "enter_session", scene = "sc1", scene_param = "from-test" });
        return (string?)(await client.OfTypeAsync("enter_session")).Last()["welcome_code"] ?? "";
    }
}
