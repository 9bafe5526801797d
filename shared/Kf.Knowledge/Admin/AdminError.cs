namespace Kf.Knowledge.Admin;

/// <summary>The body of every admin API error.</summary>
/// <param name="Error">What is wrong, naming the field or setting.</param>
internal sealed record AdminError(string Error);
