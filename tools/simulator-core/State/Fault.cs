namespace Kf.Simulator.State;

/// <summary>One injected fault. <see cref="Remaining"/> null means "until DELETE /sim/faults".</summary>
internal sealed class Fault
{
    public const string SendErrcode = "send_errcode";
    public const string TokenRevoke = "token_revoke";
    public const string CallbackDrop = "callback_drop";
    public const string CallbackSuspend = "callback_suspend";
    public const string Latency = "latency";
    public const string HttpStatus = "http_status";

    public static readonly string[] Kinds = [SendErrcode, TokenRevoke, CallbackDrop, CallbackSuspend, Latency, HttpStatus];

    public required string Kind { get; init; }

    public string? Api { get; init; }

    public int Errcode { get; init; }

    public int Status { get; init; }

    public int Ms { get; init; }

    public DateTimeOffset? Until { get; init; }

    public int? Remaining { get; set; }
}
