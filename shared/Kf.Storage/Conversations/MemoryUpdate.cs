namespace Kf.Storage.Conversations;

/// <summary>Turns to remember with a plan, and the bounds to prune the customer's memory to.</summary>
/// <param name="UserId">The internal user id (from <see cref="ICustomerStore"/>).</param>
/// <param name="Turns">The new turns, oldest first.</param>
/// <param name="Limits">What to keep afterwards.</param>
public sealed record MemoryUpdate(string UserId, IReadOnlyList<MemoryTurn> Turns, MemoryLimits Limits);
