namespace Kf.Smoke.Tests;

// MassTransit names exchanges after the full type name, so a message type needs a namespace.
public sealed record SmokePinged(Guid Id, string Text);
