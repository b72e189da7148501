using System.Collections.Immutable;
using Crosswire.Core.Documents;

namespace Crosswire.Comparison.Quotes;

/// <summary>
/// One stretch of text between quotation marks, inside one paragraph.
/// </summary>
/// <param name="Content">The characters between the marks (to the end of the paragraph, trimmed, when the
/// quotation is not closed there).</param>
/// <param name="OpenMark">Index of the opening mark.</param>
/// <param name="CloseMark">Index of the closing mark, or -1 when the quotation runs to the paragraph end.</param>
/// <param name="Paragraph">Index of the paragraph.</param>
/// <param name="ContinuesPrevious">True when this paragraph opens with a mark while the previous paragraph's
/// quotation was left open: the same quotation goes on (news style for quotes over several paragraphs).</param>
internal readonly record struct QuotedText(TextSpan Content, int OpenMark, int CloseMark, int Paragraph, bool ContinuesPrevious)
{
    /// <summary>True when the paragraph ends before a closing mark.</summary>
    public bool RunsOn => CloseMark < 0;

    /// <summary>The span from the opening mark to the closing mark inclusive (or to the content end).</summary>
    public TextSpan Outer => TextSpan.FromBounds(OpenMark, CloseMark < 0 ? Content.End : CloseMark + 1);
}

/// <summary>
/// Pairs quotation marks paragraph by paragraph: curly double marks by their shape, straight double marks by
/// the characters around them, curly single marks only when a paragraph has no double marks and they stand
/// at word boundaries (so apostrophes are never taken for quotes). A mark left open at a paragraph's end is
/// closed there.
/// </summary>
internal static class QuotationMarks
{
    /// <summary>All quoted stretches of the paragraphs of <paramref name="article"/>, in text order.</summary>
    public static ImmutableArray<QuotedText> Find(AnalyzedArticle article)
    {
        var text = article.Article.Text;
        var result = ImmutableArray.CreateBuilder<QuotedText>();
        var previousRanOn = false;
        for (var p = 0; p < article.Paragraphs.Length; p++)
        {
            var paragraph = article.Paragraphs[p].Span;
            var before = result.Count;
            var ranOn = Scan(text, paragraph, p, previousRanOn, result, single: false);
            if (result.Count == before)
            {
                ranOn = Scan(text, paragraph, p, previousRanOn, result, single: true);
            }

            previousRanOn = ranOn;
        }

        return result.ToImmutable();
    }

    /// <summary>True when <paramref name="position"/> is inside the content of one of <paramref name="quotes"/>.</summary>
    public static bool IsInside(ImmutableArray<QuotedText> quotes, int position) => IndexAt(quotes, position) >= 0;

    /// <summary>The index of the quotation whose content holds <paramref name="position"/>, or -1.</summary>
    public static int IndexAt(ImmutableArray<QuotedText> quotes, int position)
    {
        int low = 0, high = quotes.Length - 1;
        while (low <= high)
        {
            var mid = (low + high) >>> 1;
            var content = quotes[mid].Content;
            if (position < content.Start)
            {
                high = mid - 1;
            }
            else if (position >= content.End)
            {
                low = mid + 1;
            }
            else
            {
                return mid;
            }
        }

        return -1;
    }

    private static bool Scan(string text, TextSpan paragraph, int index, bool previousRanOn, ImmutableArray<QuotedText>.Builder sink, bool single)
    {
        var open = -1;
        var firstInParagraph = true;
        for (var i = paragraph.Start; i < paragraph.End; i++)
        {
            var role = single ? SingleRole(text, i, paragraph) : DoubleRole(text, i, paragraph, open >= 0);
            if (role == MarkRole.None)
            {
                continue;
            }

            if (role == MarkRole.Open && open < 0)
            {
                open = i;
            }
            else if (role == MarkRole.Close && open >= 0)
            {
                var content = Trim(text, open + 1, i);
                if (!content.IsEmpty)
                {
                    var continues = firstInParagraph && previousRanOn && IsParagraphStart(text, paragraph, open);
                    sink.Add(new QuotedText(content, open, i, index, continues));
                    firstInParagraph = false;
                }

                open = -1;
            }
        }

        if (open < 0)
        {
            return false;
        }

        var rest = Trim(text, open + 1, paragraph.End);
        if (rest.IsEmpty)
        {
            return false;
        }

        sink.Add(new QuotedText(rest, open, -1, index, firstInParagraph && previousRanOn && IsParagraphStart(text, paragraph, open)));
        return true;
    }

    private static bool IsParagraphStart(string text, TextSpan paragraph, int position)
    {
        for (var i = paragraph.Start; i < position; i++)
        {
            if (!char.IsWhiteSpace(text[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static TextSpan Trim(string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return TextSpan.FromBounds(start, end);
    }

    private enum MarkRole
    {
        None,
        Open,
        Close,
    }

    private static MarkRole DoubleRole(string text, int i, TextSpan paragraph, bool isOpen)
    {
        switch (text[i])
        {
            case '\u201C' or '\u201E' or '\u00AB':
                return MarkRole.Open;
            case '\u201D' or '\u00BB':
                return MarkRole.Close;
            case '"':
                var before = i > paragraph.Start ? text[i - 1] : ' ';
                var after = i + 1 < paragraph.End ? text[i + 1] : ' ';
                var spaceBefore = char.IsWhiteSpace(before) || before is '(' or '[' or '\u2014' or '\u2013' or '-' or ':';
                var spaceAfter = char.IsWhiteSpace(after) || char.IsPunctuation(after);
                if (spaceBefore && !spaceAfter)
                {
                    return MarkRole.Open;
                }

                if (!spaceBefore && spaceAfter)
                {
                    return MarkRole.Close;
                }

                return isOpen ? MarkRole.Close : MarkRole.Open;
            default:
                return MarkRole.None;
        }
    }

    private static MarkRole SingleRole(string text, int i, TextSpan paragraph)
    {
        var c = text[i];
        if (c != '\u2018' && c != '\u2019')
        {
            return MarkRole.None;
        }

        var before = i > paragraph.Start ? text[i - 1] : ' ';
        var after = i + 1 < paragraph.End ? text[i + 1] : ' ';
        if (c == '\u2018')
        {
            return (char.IsWhiteSpace(before) || before is '(' or '[' or '"' or '\u201C') && char.IsLetterOrDigit(after)
                ? MarkRole.Open
                : MarkRole.None;
        }

        // A closing single mark follows a non-space and is followed by a space or punctuation, but a plural
        // possessive ("players’ ") looks the same: only a letter-free follower that is not another letter
        // closes, and the caller pairs it with an opening mark or drops it.
        return !char.IsWhiteSpace(before) && !char.IsLetterOrDigit(after) && before != 's'
            ? MarkRole.Close
            : MarkRole.None;
    }
}
