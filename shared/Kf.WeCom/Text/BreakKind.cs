namespace Kf.WeCom.Text;

/// <summary>How good a place to split a boundary is; a higher value is preferred.</summary>
internal enum BreakKind
{
    None = 0,
    Clause = 1,
    Space = 2,
    Sentence = 3,
    Line = 4,
    Paragraph = 5,
}
