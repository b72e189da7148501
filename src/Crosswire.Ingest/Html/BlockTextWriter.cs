using System.Buffers;
using System.Text;
using AngleSharp.Dom;

namespace Crosswire.Ingest.Html;

/// <summary>
/// Writes the text of HTML content as paragraphs: one paragraph per block element (<c>p</c>, headings,
/// <c>li</c>, <c>blockquote</c>, table rows …), white space collapsed inside a block, paragraphs separated by
/// a blank line. Two or more <c>&lt;br&gt;</c> in a row also end a paragraph. Blocks that are (nearly) all
/// link text are link lists and are dropped, and so is an <c>&lt;h1&gt;</c> that repeats the title.
/// </summary>
internal sealed class BlockTextWriter
{
    private static readonly HashSet<string> s_blocks = new(StringComparer.Ordinal)
    {
        "address", "article", "aside", "blockquote", "body", "center", "dd", "details", "dialog", "dir", "div", "dl",
        "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header",
        "hgroup", "hr", "li", "main", "menu", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody",
        "thead", "tfoot", "tr", "ul", "caption", "legend", "option", "html",
    };

    private static readonly SearchValues<char> s_whiteSpace = SearchValues.Create(
        "\t\n\v\f\r \u0085\u00A0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u2028\u2029\u202F\u205F\u3000");

    private readonly StringBuilder _output = new();
    private readonly StringBuilder _block = new();
    private readonly double _maxLinkDensity;
    private readonly string? _title;
    private int _blockChars;
    private int _linkChars;
    private int _breaks;
    private bool _pendingSpace;

    /// <summary>Creates a writer; <paramref name="title"/> is the page title, whose repetition as an
    /// <c>&lt;h1&gt;</c> is dropped.</summary>
    public BlockTextWriter(double maxLinkDensity, string? title)
    {
        _maxLinkDensity = maxLinkDensity;
        _title = title;
    }

    /// <summary>True for elements that start a new block of text.</summary>
    public static bool IsBlock(string tag) => s_blocks.Contains(tag);

    /// <summary>The paragraphs of <paramref name="roots"/> (in document order).</summary>
    public string Write(IEnumerable<IElement> roots)
    {
        foreach (var root in roots)
        {
            Visit(root, inLink: false);
            Flush(heading: false);
        }

        return _output.ToString();
    }

    /// <summary>Letters in <paramref name="text"/>, to decide whether a page holds prose.</summary>
    public static int CountLetters(string text)
    {
        var count = 0;
        foreach (var c in text)
        {
            if (char.IsLetter(c))
            {
                count++;
            }
        }

        return count;
    }

    private void Visit(INode node, bool inLink)
    {
        if (node.NodeType == NodeType.Text)
        {
            Append(node.TextContent, inLink);
            return;
        }

        if (node is not IElement element)
        {
            return;
        }

        var tag = element.LocalName;
        if (tag == "br")
        {
            if (++_breaks >= 2)
            {
                Flush(heading: false);
            }

            _pendingSpace = true;
            return;
        }

        var block = s_blocks.Contains(tag);
        if (block)
        {
            Flush(heading: false);
        }
        else if (tag is "td" or "th")
        {
            _pendingSpace = true;
        }

        var link = inLink || tag == "a";
        for (var child = element.FirstChild; child is not null; child = child.NextSibling)
        {
            Visit(child, link);
        }

        if (block)
        {
            Flush(heading: tag == "h1");
        }
        else if (tag is "td" or "th")
        {
            _pendingSpace = true;
        }
    }

    private void Append(string text, bool inLink)
    {
        var rest = text.AsSpan();
        while (!rest.IsEmpty)
        {
            var space = rest.IndexOfAny(s_whiteSpace);
            var word = space < 0 ? rest : rest[..space];
            if (!word.IsEmpty)
            {
                if (_pendingSpace && _block.Length > 0)
                {
                    _block.Append(' ');
                }

                _pendingSpace = false;
                _breaks = 0;
                _block.Append(word);
                _blockChars += word.Length;
                if (inLink)
                {
                    _linkChars += word.Length;
                }
            }

            if (space < 0)
            {
                break;
            }

            _pendingSpace = true;
            rest = rest[(space + 1)..];
        }
    }

    private void Flush(bool heading)
    {
        if (_block.Length > 0)
        {
            var linkList = _linkChars >= _blockChars * _maxLinkDensity;
            var repeatsTitle = heading && _title is not null && _block.Equals(_title.AsSpan());
            if (!linkList && !repeatsTitle)
            {
                if (_output.Length > 0)
                {
                    _output.Append("\n\n");
                }

                _output.Append(_block);
            }
        }

        _block.Clear();
        _blockChars = 0;
        _linkChars = 0;
        _pendingSpace = false;
    }
}
