namespace Kf.Simulator.Chat;

/// <summary><c>/sim/chat</c>: the sandbox chat page, one self-contained HTML file embedded in the assembly.</summary>
internal static class ChatPageEndpoints
{
    private static readonly Lazy<string> Page = new(() =>
    {
        using var stream = typeof(ChatPageEndpoints).Assembly.GetManifestResourceStream("Kf.Simulator.Chat.chat.html")
            ?? throw new InvalidOperationException("chat.html is not embedded in Kf.Simulator.Core.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    });

    public static void MapChatPage(this IEndpointRouteBuilder sim) =>
        sim.MapGet("/chat", () => ChatPage());

    private static ContentHttpResult ChatPage() => TypedResults.Content(Page.Value, "text/html; charset=utf-8");
}
