using System.Text.RegularExpressions;

namespace Kf.Knowledge.Import;

/// <summary>
/// FAQ Markdown → Q/A pairs, written one of two ways:
/// <list type="bullet">
/// <item><b>Marker lines</b> (used when any line outside code starts with a marker): a line starting
/// <c>Q:</c>, <c>问：</c> or <c>问题：</c> begins a question, <c>A:</c>, <c>答：</c> or <c>答案：</c> its answer
/// (either colon, <c>q</c>/<c>a</c> in either case); following lines continue whichever was last begun.
/// Headings between pairs are group titles and ignored. Text before the first question, an answer
/// without a question, a question without an answer or an empty side is an error naming the line.</item>
/// <item><b>Question headings</b>: the headings of the deepest level the file uses (<c>##</c> under a
/// <c>#</c> title, say) are the questions and the text up to the next heading is the answer; shallower
/// headings are titles or groups and the text under them (an introduction) is not imported.
/// A question heading without answer text is an error naming the line.</item>
/// </list>
/// A <c>.md</c> file imported without a format is FAQ Markdown when its first line of text (after front
/// matter, blank lines and headings) is a question marker line.
/// </summary>
internal static partial class FaqMarkdownParser
{
    public static bool LooksLikeFaq(string text)
    {
        var lines = SourceLines.Split(text);
        return lines.Skip(SourceLines.SkipFrontMatter(lines))
            .FirstOrDefault(line => line.Trim().Length > 0 && MarkdownSyntax.Heading(line) is null) is { } first
            && QuestionMarker().IsMatch(first);
    }

    public static ParsedDocument Parse(string name, string text)
    {
        var lines = SourceLines.Split(text);
        var start = SourceLines.SkipFrontMatter(lines);
        var content = Classify(lines, start);
        var pairs = content.Any(l => l.Kind is LineKind.Question or LineKind.Answer) ? ParseMarkers(name, content) : ParseHeadings(name, content);
        return ParsedDocument.Faq(KnowledgeFormats.FaqMarkdown, pairs);
    }

    private static List<FaqPair> ParseMarkers(string name, List<Line> lines)
    {
        var pairs = new List<FaqPair>();
        var open = new OpenPair(name);
        foreach (var line in lines)
        {
            switch (line.Kind)
            {
                case LineKind.Question:
                    open.Complete(pairs);
                    open.BeginQuestion(line.Number, line.Text);
                    break;
                case LineKind.Answer when !open.HasQuestion:
                    throw SourceLines.Error(name, line.Number, "an answer without a question (questions start with Q: or 问：)");
                case LineKind.Answer when open.HasAnswer:
                    throw SourceLines.Error(name, line.Number, $"a second answer to the question of line {open.QuestionLine}");
                case LineKind.Answer:
                    open.BeginAnswer(line.Text);
                    break;
                case LineKind.Heading:
                    open.Complete(pairs);
                    break;
                case LineKind.Text when !open.HasQuestion && line.Text.Length > 0:
                    throw SourceLines.Error(name, line.Number, "text before the first question (questions start with Q: or 问：)");
                default:
                    open.Continue(line.Text);
                    break;
            }
        }

        open.Complete(pairs);
        return pairs;
    }

    private static List<FaqPair> ParseHeadings(string name, List<Line> lines)
    {
        var pairs = new List<FaqPair>();
        var deepest = lines.Where(l => l.Kind == LineKind.Heading).Select(l => l.Level).DefaultIfEmpty(0).Max();
        var open = new OpenPair(name);
        foreach (var line in lines)
        {
            if (line.Kind == LineKind.Heading)
            {
                open.Complete(pairs);
                if (line.Level == deepest)
                {
                    open.BeginQuestion(line.Number, line.Text);
                    open.BeginAnswer(string.Empty);
                }
            }
            else if (open.HasQuestion)
            {
                open.Continue(line.Text);
            }
        }

        open.Complete(pairs);
        return pairs;
    }

    // Marker and heading lines are recognised outside fenced code only: code in an answer stays code.
    private static List<Line> Classify(string[] lines, int start)
    {
        var result = new List<Line>();
        string? fence = null;
        for (var i = start; i < lines.Length; i++)
        {
            var text = lines[i].TrimEnd();
            var number = i + 1;
            if (fence is not null)
            {
                fence = MarkdownSyntax.ClosesFence(text, fence) ? null : fence;
                result.Add(new Line(number, LineKind.Text, 0, text));
            }
            else if (MarkdownSyntax.FenceOpening(text) is { } opening)
            {
                fence = opening;
                result.Add(new Line(number, LineKind.Text, 0, text));
            }
            else if (QuestionMarker().Match(text) is { Success: true } question)
            {
                result.Add(new Line(number, LineKind.Question, 0, question.Groups[1].Value));
            }
            else if (AnswerMarker().Match(text) is { Success: true } answer)
            {
                result.Add(new Line(number, LineKind.Answer, 0, answer.Groups[1].Value));
            }
            else if (MarkdownSyntax.Heading(text) is var (level, title))
            {
                result.Add(new Line(number, LineKind.Heading, level, title));
            }
            else
            {
                result.Add(new Line(number, LineKind.Text, 0, text));
            }
        }

        return result;
    }

    [GeneratedRegex(@"^ {0,3}(?:[Qq]|问题?)[ \t]*[:：][ \t]*(.*)$")]
    private static partial Regex QuestionMarker();

    [GeneratedRegex(@"^ {0,3}(?:[Aa]|答案?)[ \t]*[:：][ \t]*(.*)$")]
    private static partial Regex AnswerMarker();

    private enum LineKind
    {
        Text,
        Heading,
        Question,
        Answer,
    }

    private readonly record struct Line(int Number, LineKind Kind, int Level, string Text);
}
