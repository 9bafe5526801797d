namespace Kf.Knowledge.Retrieval;

/// <summary>A chunk's position in the index snapshot and its score in one ranking.</summary>
internal readonly record struct ScoredIndex(int Index, float Score);
