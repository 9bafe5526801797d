namespace Kf.Smoke.Tests;

public sealed record Customer(string Id, string Name, int Visits);
