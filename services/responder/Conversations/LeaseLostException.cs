namespace Kf.Responder.Conversations;

/// <summary>The customer's lease lapsed mid-way (a stall longer than Responder:LeaseTtl); the bus retries, and the stored plans keep it once.</summary>
internal sealed class LeaseLostException(string key) : Exception($"The lease on {key} was lost before the work under it finished.");
