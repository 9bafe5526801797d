using System.ComponentModel.DataAnnotations;

namespace Kf.Responder;

/// <summary>Settings of the responder (<c>Responder</c> section), checked at start.</summary>
public sealed class ResponderOptions
{
    public const string Section = "Responder";

    /// <summary>Exchanges (a question and its answer) remembered per customer and given to the model.</summary>
    [Range(0, 100, ErrorMessage = "Responder:MemoryTurns must be between {1} and {2}.")]
    public int MemoryTurns { get; set; } = 10;

    /// <summary>Remembered turns older than this are forgotten.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "30.00:00:00", ErrorMessage = "Responder:MemoryTtl must be between {1} and {2}.")]
    public TimeSpan MemoryTtl { get; set; } = TimeSpan.FromHours(24);

    /// <summary>The reply to image, voice, file and every other non-text message.</summary>
    [Required(AllowEmptyStrings = false, ErrorMessage = "Responder:NonTextReply must not be empty.")]
    public string NonTextReply { get; set; } = "抱歉，我目前只能看懂文字消息。请用文字描述您的问题，我会尽快为您解答。";

    /// <summary>The reply when the model times out or fails: never silence, never a stack trace.</summary>
    [Required(AllowEmptyStrings = false, ErrorMessage = "Responder:ErrorReply must not be empty.")]
    public string ErrorReply { get; set; } = "抱歉，我这边暂时没能处理好您的问题，请稍后再发一次，或换个说法试试。";

    /// <summary>The reply when no model is configured: says how to configure one.</summary>
    [Required(AllowEmptyStrings = false, ErrorMessage = "Responder:NoModelReply must not be empty.")]
    public string NoModelReply { get; set; } =
        "您好！机器人还没有配置 AI 模型，暂时无法回答。" +
        "管理员请设置 Llm:Provider=openai 并填写 Llm:BaseUrl、Llm:ApiKey、Llm:Model（Kimi、DeepSeek、通义千问、OpenAI 等兼容接口均可），" +
        "或设置 Llm:Provider=coze 并填写 Coze:Token、Coze:BotId，然后重启服务。";

    /// <summary>Customers answered at once per instance; one customer's messages always go one at a time.</summary>
    [Range(1, 256, ErrorMessage = "Responder:ConcurrentConversations must be between {1} and {2}.")]
    public int ConcurrentConversations { get; set; } = 16;

    /// <summary>Lifetime of the per-customer lease, renewed before each message; must outlast one model call.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:30:00", ErrorMessage = "Responder:LeaseTtl must be between {1} and {2}.")]
    public TimeSpan LeaseTtl { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>How long a message waits for another replica's lease on its customer before the bus retries it.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:30:00", ErrorMessage = "Responder:LeaseWait must be between {1} and {2}.")]
    public TimeSpan LeaseWait { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>service_state/get attempts before the documented fallback (answer; WeCom refuses the send with 95018 if a human holds it).</summary>
    [Range(1, 5, ErrorMessage = "Responder:StateCheckAttempts must be between {1} and {2}.")]
    public int StateCheckAttempts { get; set; } = 3;

    /// <summary>How far back the catch-up looks for the customer's earlier, unanswered messages in the message log.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "2.00:00:00", ErrorMessage = "Responder:CatchUpWindow must be between {1} and {2}.")]
    public TimeSpan CatchUpWindow { get; set; } = TimeSpan.FromHours(1);

    /// <summary>The queue the responder reads; two deployments on one vhost (or parallel tests) need different names.</summary>
    [Required(AllowEmptyStrings = false, ErrorMessage = "Responder:EndpointName must not be empty.")]
    public string EndpointName { get; set; } = "customer-message-received";
}
