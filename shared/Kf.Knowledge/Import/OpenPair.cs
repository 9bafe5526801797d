using System.Text;

namespace Kf.Knowledge.Import;

/// <summary>A Q/A pair being read line by line by <see cref="FaqMarkdownParser"/>; checked when complete.</summary>
internal sealed class OpenPair(string name)
{
    private readonly StringBuilder _question = new();
    private readonly StringBuilder _answer = new();

    public int QuestionLine { get; private set; }

    public bool HasQuestion => QuestionLine > 0;

    public bool HasAnswer { get; private set; }

    public void BeginQuestion(int line, string text)
    {
        QuestionLine = line;
        _question.Append(text);
    }

    public void BeginAnswer(string text)
    {
        HasAnswer = true;
        _answer.Append(text);
    }

    /// <summary>A further line of the answer once begun, else of the question.</summary>
    public void Continue(string text)
    {
        if (HasQuestion)
        {
            (HasAnswer ? _answer : _question).Append('\n').Append(text);
        }
    }

    /// <summary>Adds the pair read so far (if any) to <paramref name="pairs"/> and starts afresh.</summary>
    public void Complete(List<FaqPair> pairs)
    {
        if (!HasQuestion)
        {
            return;
        }

        if (!HasAnswer)
        {
            throw SourceLines.Error(name, QuestionLine, "question has no answer (answers start with A: or 答：)");
        }

        pairs.Add(FaqFields.Pair(name, QuestionLine, _question.ToString(), _answer.ToString()));
        QuestionLine = 0;
        HasAnswer = false;
        _question.Clear();
        _answer.Clear();
    }
}
