using System.ComponentModel.DataAnnotations;

namespace Kf.Responder;

/// <summary>The Coze bot (<c>Coze</c> section), used when <c>Llm:Provider=coze</c>.</summary>
public sealed class CozeOptions
{
    public const string Section = "Coze";

    /// <summary><c>https://api.coze.cn</c> (扣子), or <c>https://api.coze.com</c> for coze.com.</summary>
    public string BaseUrl { get; set; } = "https://api.coze.cn";

    /// <summary>The personal access token (needs chat and listMessage). Never logged.</summary>
    public string? Token { get; set; }

    /// <summary>The bot id, the number after <c>/bot/</c> in the bot's page address.</summary>
    public string? BotId { get; set; }

    /// <summary>How often a non-streamed chat is polled; Coze asks for at most once a second.</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "00:00:10", ErrorMessage = "Coze:PollInterval must be between {1} and {2}.")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);
}
