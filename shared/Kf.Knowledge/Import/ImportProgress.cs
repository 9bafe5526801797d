namespace Kf.Knowledge.Import;

/// <summary>Progress of one import, for a progress bar: chunks embedded and stored so far out of all.</summary>
public readonly record struct ImportProgress(string Stage, int Done, int Total);
