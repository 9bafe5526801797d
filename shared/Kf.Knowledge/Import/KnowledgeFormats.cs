namespace Kf.Knowledge.Import;

/// <summary>The import formats, as given to <see cref="IKnowledgeImporter.ImportAsync"/> and stored with each document.</summary>
public static class KnowledgeFormats
{
    /// <summary>Markdown: headings give each chunk its heading path.</summary>
    public const string Markdown = "markdown";

    /// <summary>Plain text: paragraphs split on blank lines.</summary>
    public const string Text = "text";

    /// <summary>Q/A pairs written in Markdown (<c>Q:</c>/<c>A:</c> or <c>问：</c>/<c>答：</c> lines, or question headings).</summary>
    public const string FaqMarkdown = "faq-markdown";

    /// <summary>Q/A pairs as CSV with a <c>question,answer</c> (or <c>问题,答案</c>) header.</summary>
    public const string FaqCsv = "faq-csv";

    /// <summary>Q/A pairs as JSON Lines: <c>{"question": "…", "answer": "…"}</c> per line.</summary>
    public const string FaqJsonLines = "faq-jsonl";

    /// <summary>Every format, in the order error messages list them.</summary>
    public static IReadOnlyList<string> All { get; } = [Markdown, Text, FaqMarkdown, FaqCsv, FaqJsonLines];

    /// <summary>
    /// The extensions a folder of knowledge is read by (<c>kf kb import &lt;folder&gt;</c>, the sandbox's sample);
    /// a file named on its own may also be <c>.markdown</c>, <c>.text</c> or <c>.ndjson</c>.
    /// </summary>
    public static IReadOnlyList<string> FileExtensions { get; } = [".md", ".txt", ".csv", ".jsonl"];

    /// <summary>Whether the format holds Q/A pairs (each stored whole, one chunk each).</summary>
    public static bool IsFaq(string format) => format is FaqMarkdown or FaqCsv or FaqJsonLines;
}
