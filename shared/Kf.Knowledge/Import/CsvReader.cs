using System.Text;

namespace Kf.Knowledge.Import;

/// <summary>
/// RFC 4180 records: comma-separated, fields optionally in double quotes, <c>""</c> for a quote inside
/// one, newlines allowed inside quotes. Strict where sloppy quoting would silently shift columns.
/// </summary>
internal static class CsvReader
{
    /// <summary>Each record with the line it starts on (from 1), for error messages.</summary>
    public static IEnumerable<(int Line, IReadOnlyList<string> Fields)> Read(string name, string text)
    {
        text = SourceLines.Normalize(text);
        var line = 1;
        var i = 0;
        while (i < text.Length)
        {
            var start = line;
            var fields = new List<string>();
            while (true)
            {
                var field = new StringBuilder();
                if (i < text.Length && text[i] == '"')
                {
                    var opened = line;
                    i++;
                    while (true)
                    {
                        if (i >= text.Length)
                        {
                            throw SourceLines.Error(name, opened, "a quoted field is not closed");
                        }

                        if (text[i] == '"')
                        {
                            if (i + 1 < text.Length && text[i + 1] == '"')
                            {
                                field.Append('"');
                                i += 2;
                                continue;
                            }

                            i++;
                            break;
                        }

                        line += text[i] == '\n' ? 1 : 0;
                        field.Append(text[i++]);
                    }

                    if (i < text.Length && text[i] is not (',' or '\n'))
                    {
                        throw SourceLines.Error(name, line, "text after the closing quote of a field (a quote inside a field is written \"\")");
                    }
                }
                else
                {
                    while (i < text.Length && text[i] is not (',' or '\n'))
                    {
                        if (text[i] == '"')
                        {
                            throw SourceLines.Error(name, line, "a quote inside an unquoted field (quote the whole field and write the quote as \"\")");
                        }

                        field.Append(text[i++]);
                    }
                }

                fields.Add(field.ToString());
                if (i < text.Length && text[i] == ',')
                {
                    i++;
                    continue;
                }

                // A newline or the end closes the record.
                i++;
                line++;
                break;
            }

            yield return (start, fields);
        }
    }
}
