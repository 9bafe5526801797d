namespace Kf.Storage;

/// <summary>The answer of <see cref="IDeliveryLedger.TryClaimAsync"/>.</summary>
/// <param name="Claimed">True when the caller now holds the claim and may call send_msg.</param>
/// <param name="Row">The row after the attempt: with the claim, its attempt count; without, why not (final or held elsewhere).</param>
public sealed record DeliveryClaim(bool Claimed, Delivery Row);
