namespace Kf.Knowledge.Tests.Evaluation;

/// <summary>One line of <c>faq.jsonl</c>.</summary>
public sealed record EvaluationFaq(string Id, string Question, string Answer, string? Category);
