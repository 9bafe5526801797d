namespace Kf.Simulator.State;

/// <summary>One customer's conversation with one account. Mutated only under the state gate.</summary>
internal sealed class Session(SessionKey key)
{
    public const int StateNew = 0;
    public const int StateBot = 1;
    public const int StateQueued = 2;
    public const int StateServicer = 3;
    public const int StateEnded = 4;

    public SessionKey Key { get; } = key;

    public int ServiceState { get; set; }

    public string ServicerUserId { get; set; } = "";

    /// <summary>When the customer last wrote: starts the 48 h window and resets the 5-message quota.</summary>
    public DateTimeOffset? LastCustomerMessageAt { get; set; }

    /// <summary>send_msg deliveries since the customer last wrote (at most 5).</summary>
    public int SentSinceCustomerMessage { get; set; }

    /// <summary>When a welcome_code was last handed out: no second one within 48 h.</summary>
    public DateTimeOffset? LastWelcomeAt { get; set; }

    public string Scene { get; set; } = "";

    public string SceneParam { get; set; } = "";
}
