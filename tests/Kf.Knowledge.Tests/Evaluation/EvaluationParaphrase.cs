namespace Kf.Knowledge.Tests.Evaluation;

/// <summary>One line of <c>paraphrases.jsonl</c>: a customer's wording and the FAQ id that answers it.</summary>
public sealed record EvaluationParaphrase(string Faq, string Question);
