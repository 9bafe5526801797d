namespace Kf.Sender.Sending;

/// <summary>A send_msg outcome not yet settled, and the claim (attempt number) it was called under.</summary>
internal sealed record UnrecordedOutcome(SendOutcome Outcome, int Attempt);
