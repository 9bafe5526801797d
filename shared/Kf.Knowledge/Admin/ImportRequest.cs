namespace Kf.Knowledge.Admin;

/// <summary>The body of <c>POST /admin/kb/{profile}/documents</c>.</summary>
/// <param name="Name">The document's name (re-importing a name replaces the document); its extension picks the format when none is given.</param>
/// <param name="Content">The document's text.</param>
/// <param name="Format"><c>markdown</c>, <c>text</c>, <c>faq-markdown</c>, <c>faq-csv</c>, <c>faq-jsonl</c>, or null.</param>
internal sealed record ImportRequest(string? Name, string? Content, string? Format);
