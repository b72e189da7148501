using System.Text;
using Crosswire.Core.Documents;
using Crosswire.Core.Errors;
using Crosswire.Ingest.Input;

namespace Crosswire.Ingest.MultiNews;

/// <summary>
/// Reads the raw Multi-News format: one story cluster a line, its articles separated by <c>|||||</c>, with
/// <c>NEWLINE_CHAR</c> standing for a line break. Article k (from 1) of line n gets id <c>stem:n/ak</c> and
/// origin <c>path:n</c>. An empty article between separators is rejected (E009); an empty piece after the last
/// separator of a line is only the separator's end and is not an article.
/// </summary>
internal static class MultiNewsReader
{
    private const string Separator = "|||||";
    private const string NewlineToken = "NEWLINE_CHAR";

    /// <summary>The articles of <paramref name="document"/>.</summary>
    public static IEnumerable<ReadOutcome> Read(InputDocument document)
    {
        var text = document.Content.Text;
        var lineNumber = 0;
        var position = 0;
        while (position < text.Length)
        {
            lineNumber++;
            var end = text.IndexOf('\n', position);
            var length = (end < 0 ? text.Length : end) - position;
            var line = text.AsMemory(position, length);
            position += length + 1;
            if (line.Span.IsWhiteSpace())
            {
                continue;
            }

            var origin = $"{document.Name}:{lineNumber}";
            var pieces = line.ToString().Split(Separator);
            for (var k = 0; k < pieces.Length; k++)
            {
                var body = Unescape(pieces[k]);
                var id = $"{document.IdStem}:{lineNumber}/a{k + 1}";
                if (body.Length > 0)
                {
                    yield return ReadOutcome.Accepted(new Article { Id = id, Text = body, Origin = origin });
                }
                else if (k < pieces.Length - 1 || pieces.Length == 1)
                {
                    yield return ReadOutcome.Rejected(ErrorCatalogue.NoArticleText, $"{origin}/a{k + 1}", "empty article");
                }
            }
        }
    }

    /// <summary><c>NEWLINE_CHAR</c> becomes a line break and the spaces around line breaks go.</summary>
    private static string Unescape(string piece)
    {
        var text = piece.Replace(NewlineToken, "\n", StringComparison.Ordinal).Replace("\r", string.Empty, StringComparison.Ordinal);
        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text.AsSpan().Trim())
        {
            if (c is ' ' or '\t')
            {
                pendingSpace = true;
                continue;
            }

            if (c == '\n')
            {
                while (builder.Length > 0 && builder[^1] == ' ')
                {
                    builder.Length--;
                }

                builder.Append('\n');
                pendingSpace = false;
                continue;
            }

            if (pendingSpace && builder.Length > 0 && builder[^1] != '\n')
            {
                builder.Append(' ');
            }

            pendingSpace = false;
            builder.Append(c);
        }

        return builder.ToString().Trim();
    }
}
