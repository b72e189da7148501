namespace Crosswire.Ingest.Html;

/// <summary>
/// Estimates how deeply an HTML text nests before it is parsed, because the parser spends time in proportion
/// to the depth on every tag (a few hundred kilobytes of nested <c>&lt;div&gt;</c> take seconds). Counts start
/// tags minus end tags of elements that must be closed explicitly; void elements, elements whose end tag is
/// implied (<c>p</c>, <c>li</c>, <c>td</c> …) and the content of raw-text elements and comments are ignored.
/// </summary>
internal static class HtmlDepthScanner
{
    private static readonly HashSet<string> s_notNesting = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
        "p", "li", "dt", "dd", "tr", "td", "th", "thead", "tbody", "tfoot", "option", "optgroup", "colgroup",
        "caption", "rb", "rt", "rp", "rtc", "html", "head", "body",
    };

    private static readonly HashSet<string> s_rawText = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "plaintext",
    };

    /// <summary>True when <paramref name="html"/> nests deeper than <paramref name="maxDepth"/>.</summary>
    public static bool Exceeds(string html, int maxDepth)
    {
        var text = html.AsSpan();
        var depth = 0;
        var position = 0;
        while (true)
        {
            var open = text[position..].IndexOf('<');
            if (open < 0)
            {
                return false;
            }

            position += open + 1;
            if (position >= text.Length)
            {
                return false;
            }

            var rest = text[position..];
            if (rest.StartsWith("!--", StringComparison.Ordinal))
            {
                var end = rest.IndexOf("-->", StringComparison.Ordinal);
                if (end < 0)
                {
                    return false;
                }

                position += end + 3;
                continue;
            }

            var closing = rest[0] == '/';
            var nameStart = closing ? 1 : 0;
            var nameLength = 0;
            while (nameStart + nameLength < rest.Length && IsNameChar(rest[nameStart + nameLength]))
            {
                nameLength++;
            }

            if (nameLength == 0 || !char.IsAsciiLetter(rest[nameStart]))
            {
                continue;
            }

            var name = rest.Slice(nameStart, nameLength);
            var tagEnd = rest.IndexOf('>');
            if (tagEnd < 0)
            {
                return false;
            }

            position += tagEnd + 1;
            var lookup = s_notNesting.GetAlternateLookup<ReadOnlySpan<char>>();
            if (closing)
            {
                if (!lookup.Contains(name) && depth > 0)
                {
                    depth--;
                }

                continue;
            }

            if (rest[tagEnd - 1] == '/' || lookup.Contains(name))
            {
                continue;
            }

            if (s_rawText.GetAlternateLookup<ReadOnlySpan<char>>().Contains(name))
            {
                position = SkipRawText(text, position, name);
                continue;
            }

            if (++depth > maxDepth)
            {
                return true;
            }
        }
    }

    private static bool IsNameChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '-' or ':' or '_';

    private static int SkipRawText(ReadOnlySpan<char> text, int position, ReadOnlySpan<char> name)
    {
        var search = position;
        while (true)
        {
            var close = text[search..].IndexOf("</", StringComparison.Ordinal);
            if (close < 0)
            {
                return text.Length;
            }

            search += close + 2;
            if (text[search..].StartsWith(name, StringComparison.OrdinalIgnoreCase))
            {
                return search;
            }
        }
    }
}
