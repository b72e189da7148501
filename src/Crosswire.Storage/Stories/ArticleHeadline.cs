using Crosswire.Core.Documents;

namespace Crosswire.Storage.Stories;

/// <summary>
/// The headline stored for an article: its title (white space collapsed) when it has one; otherwise the
/// first sentence (or first paragraph, when shorter: an untitled text often starts with its headline line) of
/// its text, cut at a word boundary with an ellipsis when longer than
/// <see cref="MaxLength"/> characters.
/// </summary>
public static class ArticleHeadline
{
    /// <summary>Longest headline taken from the text, in characters.</summary>
    public const int MaxLength = 120;

    /// <summary>The headline of <paramref name="article"/>.</summary>
    public static string Of(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        if (!string.IsNullOrWhiteSpace(article.Title))
        {
            return Collapse(article.Title, int.MaxValue);
        }

        return Collapse(article.Text, MaxLength);
    }

    private static string Collapse(string text, int maxLength)
    {
        var builder = new System.Text.StringBuilder(Math.Min(text.Length, maxLength));
        var pendingSpace = false;
        var lineBreaks = 0;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = builder.Length > 0;
                lineBreaks += c == '\n' ? 1 : 0;
                continue;
            }

            if (pendingSpace)
            {
                // A sentence end followed by white space, or a blank line, ends a headline taken from the text.
                if (maxLength != int.MaxValue && (builder[^1] is '.' or '!' or '?' || lineBreaks >= 2))
                {
                    return builder.ToString();
                }

                builder.Append(' ');
                pendingSpace = false;
            }

            lineBreaks = 0;

            if (builder.Length >= maxLength)
            {
                var cut = builder.ToString().LastIndexOf(' ');
                return (cut > maxLength / 2 ? builder.ToString(0, cut) : builder.ToString()) + "…";
            }

            builder.Append(c);
        }

        return builder.ToString();
    }
}
