namespace Kf.Knowledge.Import;

/// <summary>One question and its answer, both trimmed and non-empty.</summary>
internal sealed record FaqPair(string Question, string Answer);
