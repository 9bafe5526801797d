using System.Globalization;
using System.Text;

namespace Kf.Knowledge.Retrieval;

/// <summary>
/// The form unknown questions are grouped by: NFKC (full-width → half-width), lower case, letters and
/// digits only, so "运费多少？" and "运费 多少" count as one question.
/// </summary>
public static class QuestionKey
{
    /// <summary>At most this many characters are kept: the key is for grouping, not display.</summary>
    public const int MaxLength = 200;

    /// <summary>The grouping key of <paramref name="question"/>.</summary>
    public static string Of(string question)
    {
        var normalized = question.Normalize(NormalizationForm.FormKC);
        var key = new StringBuilder(Math.Min(normalized.Length, MaxLength));
        foreach (var rune in normalized.EnumerateRunes())
        {
            if (key.Length >= MaxLength)
            {
                break;
            }

            var category = Rune.GetUnicodeCategory(rune);
            if (Rune.IsLetterOrDigit(rune) || category == UnicodeCategory.OtherLetter)
            {
                key.Append(Rune.ToLowerInvariant(rune).ToString());
            }
        }

        return key.ToString();
    }
}
