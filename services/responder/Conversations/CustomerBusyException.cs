namespace Kf.Responder.Conversations;

/// <summary>Another replica held the customer's lease for all of Responder:LeaseWait; the bus retries the message.</summary>
internal sealed class CustomerBusyException(string key) : Exception($"The lease on {key} stayed taken; the message will be retried.");
