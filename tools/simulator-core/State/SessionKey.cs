namespace Kf.Simulator.State;

internal readonly record struct SessionKey(string OpenKfId, string ExternalUserId);
