using System.Buffers;

namespace Crosswire.Text.Boilerplate;

/// <summary>One non-blank line of the text, trimmed, with the block (paragraph) it belongs to.</summary>
internal struct TextLine
{
    /// <summary>Index of the first character that is not white space.</summary>
    public int Start;

    /// <summary>Index one past the last character that is not white space.</summary>
    public int End;

    /// <summary>Number of the block: lines of one block have no blank line between them.</summary>
    public int Block;

    /// <summary>What the judge decided.</summary>
    public LineVerdict Verdict;

    /// <summary>True when the line is only the attribution of an embedded post.</summary>
    public bool AttributionOnly;
}

/// <summary>Splits text into trimmed non-blank lines grouped in blocks separated by blank lines.</summary>
internal static class LineSplitter
{
    private static readonly SearchValues<char> Breaks = SearchValues.Create("\r\n\u2028\u2029\u0085");

    /// <summary>The non-blank lines of <paramref name="text"/>, in order.</summary>
    public static TextLine[] Split(string text)
    {
        var lines = new List<TextLine>(Math.Max(4, text.Length / 128));
        var block = 0;
        var blankSinceLast = false;
        var position = 0;
        while (position <= text.Length)
        {
            var rest = text.AsSpan(position);
            var length = rest.IndexOfAny(Breaks);
            var lineEnd = length < 0 ? text.Length : position + length;
            var start = position;
            var end = lineEnd;
            while (start < end && char.IsWhiteSpace(text[start]))
            {
                start++;
            }

            while (end > start && char.IsWhiteSpace(text[end - 1]))
            {
                end--;
            }

            if (start == end)
            {
                blankSinceLast = true;
            }
            else
            {
                if (blankSinceLast && lines.Count > 0)
                {
                    block++;
                }

                blankSinceLast = false;
                lines.Add(new TextLine { Start = start, End = end, Block = block });
            }

            if (length < 0)
            {
                break;
            }

            // A paragraph separator ends a block even without an empty line after it.
            blankSinceLast |= text[lineEnd] == '\u2029';
            position = lineEnd + (text[lineEnd] == '\r' && lineEnd + 1 < text.Length && text[lineEnd + 1] == '\n' ? 2 : 1);
        }

        return [.. lines];
    }
}
