namespace Kf.Storage.Conversations;

/// <summary>One remembered message of a conversation.</summary>
/// <param name="Role"><see cref="User"/> or <see cref="Assistant"/>.</param>
/// <param name="Content">The text.</param>
/// <param name="At">When it was remembered.</param>
public sealed record MemoryTurn(string Role, string Content, DateTimeOffset At)
{
    /// <summary>The customer's role.</summary>
    public const string User = "user";

    /// <summary>The bot's role.</summary>
    public const string Assistant = "assistant";
}
