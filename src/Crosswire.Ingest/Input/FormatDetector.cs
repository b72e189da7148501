using System.Buffers;
using Crosswire.Core.Errors;

namespace Crosswire.Ingest.Input;

/// <summary>
/// Decides the format of an input from its first non-space characters, with the file extension as a hint:
/// <c>&lt;</c> starts markup (a feed when the root element is <c>rss</c>, <c>feed</c> or <c>RDF</c>, else
/// HTML), <c>{"</c> or <c>[{</c> starts JSON, <c>|||||</c> or <c>NEWLINE_CHAR</c> marks Multi-News, anything
/// else is plain text. A file whose extension is not one of the supported ones is read only when its content
/// is clearly HTML, a feed, JSON or Multi-News; otherwise it is rejected (E005).
/// </summary>
internal static class FormatDetector
{
    /// <summary>The extensions read as articles, with the format each suggests.</summary>
    private static readonly Dictionary<string, InputFormat> s_extensions = new(StringComparer.OrdinalIgnoreCase)
    {
        [".txt"] = InputFormat.PlainText,
        [".text"] = InputFormat.PlainText,
        [".html"] = InputFormat.Html,
        [".htm"] = InputFormat.Html,
        [".xhtml"] = InputFormat.Html,
        [".shtml"] = InputFormat.Html,
        [".php"] = InputFormat.Html,
        [".asp"] = InputFormat.Html,
        [".aspx"] = InputFormat.Html,
        [".jsp"] = InputFormat.Html,
        [".json"] = InputFormat.JsonLines,
        [".jsonl"] = InputFormat.JsonLines,
        [".ndjson"] = InputFormat.JsonLines,
        [".rss"] = InputFormat.Feed,
        [".atom"] = InputFormat.Feed,
        [".xml"] = InputFormat.Feed,
        [".src"] = InputFormat.MultiNewsRaw,
    };

    /// <summary>True when <paramref name="extension"/> (with its dot, or empty) is one a reader claims.</summary>
    public static bool IsSupportedExtension(string extension) =>
        extension.Length == 0 || s_extensions.ContainsKey(extension);

    /// <summary>The format of <paramref name="input"/>; throws E005 when it cannot be read.</summary>
    public static InputFormat Detect(DecodedInput input, string name, string extension)
    {
        var head = input.Head(out var rented);
        try
        {
            return Detect(head.TrimStart(), name, extension);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<char>.Shared.Return(rented);
            }
        }
    }

    private static InputFormat Detect(ReadOnlySpan<char> head, string name, string extension)
    {
        s_extensions.TryGetValue(extension, out var hinted);
        var known = extension.Length == 0 || s_extensions.ContainsKey(extension);

        if (head.Length > 0 && head[0] == '<')
        {
            var root = RootElementName(head);
            if (root is null)
            {
                return known ? InputFormat.Html : throw Unsupported(name, extension);
            }

            if (IsFeedRoot(root))
            {
                return InputFormat.Feed;
            }

            var startsAsXml = head.StartsWith("<?xml", StringComparison.OrdinalIgnoreCase);
            if (!startsAsXml || root.Equals("html", StringComparison.OrdinalIgnoreCase) || hinted == InputFormat.Html)
            {
                return InputFormat.Html;
            }

            throw new CrosswireException(ErrorCatalogue.UnknownFormat, name, $"XML whose root element <{root}> is not rss, feed or RDF");
        }

        if (LooksLikeJson(head) || (hinted == InputFormat.JsonLines && head.Length > 0 && head[0] is '{' or '['))
        {
            return InputFormat.JsonLines;
        }

        if (head.Contains("|||||", StringComparison.Ordinal) || head.Contains("NEWLINE_CHAR", StringComparison.Ordinal))
        {
            return InputFormat.MultiNewsRaw;
        }

        if (!known)
        {
            throw Unsupported(name, extension);
        }

        return InputFormat.PlainText;
    }

    /// <summary>The error for a file whose type is not supported.</summary>
    public static CrosswireException Unsupported(string name, string extension) =>
        new(ErrorCatalogue.UnknownFormat, name, $"file type '{extension}' is not supported");

    private static bool IsFeedRoot(string root)
    {
        var local = root.AsSpan(root.IndexOf(':') + 1);
        return local.Equals("rss", StringComparison.OrdinalIgnoreCase)
            || local.Equals("feed", StringComparison.Ordinal)
            || local.Equals("RDF", StringComparison.Ordinal);
    }

    /// <summary><c>{</c> then a quote or <c>}</c>, or <c>[</c> then <c>{</c> or <c>]</c>: plain text seldom
    /// starts like that (a bracketed "[Updated]" does not).</summary>
    private static bool LooksLikeJson(ReadOnlySpan<char> head)
    {
        if (head.Length < 2 || head[0] is not ('{' or '['))
        {
            return false;
        }

        var next = head[1..].TrimStart();
        if (next.Length == 0)
        {
            return false;
        }

        return head[0] == '{' ? next[0] is '"' or '}' : next[0] is '{' or ']';
    }

    /// <summary>The name of the first element, skipping the XML declaration, processing instructions,
    /// comments and the doctype (whose name counts when there is no element yet, e.g. <c>&lt;!DOCTYPE html&gt;</c>).</summary>
    private static string? RootElementName(ReadOnlySpan<char> head)
    {
        var position = 0;
        while (true)
        {
            var open = head[position..].IndexOf('<');
            if (open < 0)
            {
                return null;
            }

            position += open;
            var rest = head[position..];
            if (rest.StartsWith("<?", StringComparison.Ordinal))
            {
                var end = rest.IndexOf("?>", StringComparison.Ordinal);
                if (end < 0)
                {
                    return null;
                }

                position += end + 2;
            }
            else if (rest.StartsWith("<!--", StringComparison.Ordinal))
            {
                var end = rest.IndexOf("-->", StringComparison.Ordinal);
                if (end < 0)
                {
                    return null;
                }

                position += end + 3;
            }
            else if (rest.StartsWith("<!doctype", StringComparison.OrdinalIgnoreCase))
            {
                var name = ReadName(rest[9..].TrimStart());
                if (name is not null && name.Equals("html", StringComparison.OrdinalIgnoreCase))
                {
                    return name;
                }

                // An internal subset ([ ... ]) holds declarations with their own angle brackets.
                var end = rest.IndexOf('>');
                var subset = rest.IndexOf('[');
                if (subset >= 0 && (end < 0 || subset < end))
                {
                    var close = rest.IndexOf("]>", StringComparison.Ordinal);
                    end = close < 0 ? -1 : close + 1;
                }

                if (end < 0)
                {
                    return null;
                }

                position += end + 1;
            }
            else if (rest.StartsWith("<!", StringComparison.Ordinal))
            {
                var end = rest.IndexOf('>');
                if (end < 0)
                {
                    return null;
                }

                position += end + 1;
            }
            else
            {
                return ReadName(rest[1..]);
            }
        }
    }

    private static string? ReadName(ReadOnlySpan<char> text)
    {
        var length = 0;
        while (length < text.Length && (char.IsLetterOrDigit(text[length]) || text[length] is ':' or '-' or '_' or '.'))
        {
            length++;
        }

        return length == 0 ? null : text[..length].ToString();
    }
}
