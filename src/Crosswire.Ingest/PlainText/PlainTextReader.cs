using Crosswire.Core.Documents;
using Crosswire.Core.Errors;
using Crosswire.Ingest.Dates;
using Crosswire.Ingest.Input;

namespace Crosswire.Ingest.PlainText;

/// <summary>
/// Reads a plain-text article: optional header lines at the top (<c>Title:</c>, <c>Source:</c>,
/// <c>Published:</c>, <c>URL:</c>, any order, keys case-insensitive), then the body. The header ends at the
/// first line that is not one of them; a blank line after it is skipped. The body is kept as read (line
/// endings normalised, surrounding white space trimmed).
/// </summary>
internal static class PlainTextReader
{
    /// <summary>The article of <paramref name="document"/>, id <see cref="InputDocument.IdStem"/>.</summary>
    public static IEnumerable<ReadOutcome> Read(InputDocument document)
    {
        var text = LineEndings.Normalise(document.Content.Text);
        string? title = null, source = null, url = null;
        DateTimeOffset? published = null;
        var position = 0;
        while (position < text.Length)
        {
            var end = text.IndexOf('\n', position);
            var line = end < 0 ? text.AsSpan(position) : text.AsSpan(position, end - position);
            var field = HeaderField(line, out var value);
            if (field is null)
            {
                break;
            }

            switch (field)
            {
                case "title": title = value; break;
                case "source": source = value; break;
                case "url": url = value; break;
                default: published = PublishedDateParser.Parse(value); break;
            }

            position = end < 0 ? text.Length : end + 1;
        }

        var body = text.AsSpan(position).Trim();
        if (body.IsEmpty)
        {
            yield return ReadOutcome.Rejected(ErrorCatalogue.NoArticleText, document.Name, "no body text after the header");
            yield break;
        }

        yield return ReadOutcome.Accepted(new Article
        {
            Id = document.IdStem,
            Text = body.ToString(),
            Title = title,
            Source = source,
            Url = url,
            Published = published,
            Origin = document.Name,
        });
    }

    /// <summary>The lower-case key when <paramref name="line"/> is a header line, else null.</summary>
    private static string? HeaderField(ReadOnlySpan<char> line, out string? value)
    {
        value = null;
        var colon = line.IndexOf(':');
        if (colon < 3 || colon > 9)
        {
            return null;
        }

        var key = line[..colon].Trim();
        string? field = key.Equals("title", StringComparison.OrdinalIgnoreCase) ? "title"
            : key.Equals("source", StringComparison.OrdinalIgnoreCase) ? "source"
            : key.Equals("published", StringComparison.OrdinalIgnoreCase) ? "published"
            : key.Equals("url", StringComparison.OrdinalIgnoreCase) ? "url"
            : null;
        if (field is null)
        {
            return null;
        }

        var rest = line[(colon + 1)..].Trim();
        value = rest.IsEmpty ? null : rest.ToString();
        return field;
    }
}
