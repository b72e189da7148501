using System.Collections.Frozen;
using System.Text;
using Crosswire.Text.Stemming;

namespace Crosswire.Summarization.Rouge;

/// <summary>The tokens of one summary as ROUGE-1.5.5 sees them, as ids of a <see cref="RougeTokenizer"/>.</summary>
/// <param name="Tokens">All tokens, after the length limit (the script's <c>readText</c>): ROUGE-N and the
/// unigram clipping of ROUGE-L use these.</param>
/// <param name="Sentences">Tokens of each sentence line, after the length limit (<c>readText_LCS</c>): ROUGE-L
/// uses these.</param>
internal sealed record RougeTokens(int[] Tokens, int[][] Sentences);

/// <summary>
/// Turns summaries into token ids the way the ROUGE-1.5.5 script does: one sentence a line, ASCII
/// upper case lowered, the length limit cut on white-space separated words (or UTF-8 bytes), every run of
/// ASCII letters and digits a token, tokens over three characters stemmed with the script's Porter variant.
/// One tokenizer serves the summary and the references of one scoring, so equal tokens get equal ids.
/// </summary>
internal sealed class RougeTokenizer
{
    private const int MaxStackToken = 128;
    private readonly RougeOptions _options;
    private readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>>? _exceptions;
    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _idLookup;
    private readonly List<int> _buffer = [];

    /// <summary>Creates a tokenizer with an empty vocabulary.</summary>
    public RougeTokenizer(RougeOptions options, FrozenDictionary<string, string>? exceptions)
    {
        _options = options;
        _exceptions = exceptions?.GetAlternateLookup<ReadOnlySpan<char>>();
        _idLookup = _ids.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Number of distinct tokens seen so far (ids are <c>0 .. Count - 1</c>).</summary>
    public int Count => _ids.Count;

    /// <summary>Tokenizes one summary given as sentences (each is a line; embedded line breaks start new ones).</summary>
    public RougeTokens Tokenize(IEnumerable<string> sentences)
    {
        var lines = new List<string>();
        foreach (var sentence in sentences)
        {
            ArgumentNullException.ThrowIfNull(sentence, nameof(sentences));
            foreach (var line in sentence.Split('\n'))
            {
                // The script keeps every non-empty line, even one of white space only.
                if (line.Length > 0)
                {
                    lines.Add(line);
                }
            }
        }

        var kept = Truncate(lines, lcsBug: false);
        _buffer.Clear();
        foreach (var (line, length) in kept)
        {
            AddTokens(lines[line].AsSpan(0, length));
        }

        var tokens = _buffer.ToArray();
        if (!_options.ComputeL)
        {
            return new RougeTokens(tokens, []);
        }

        var sentenceTokens = new List<int[]>();
        foreach (var (line, length) in _options.ByteLimit is null ? kept : Truncate(lines, lcsBug: true))
        {
            _buffer.Clear();
            AddTokens(lines[line].AsSpan(0, length));
            sentenceTokens.Add(_buffer.ToArray());
        }

        return new RougeTokens(tokens, [.. sentenceTokens]);
    }

    /// <summary>The lines (and how many characters of each) that the length limit keeps. With
    /// <paramref name="lcsBug"/> the byte limit is compared with each line alone, as the script's
    /// <c>readText_LCS</c> does.</summary>
    private List<(int Line, int Length)> Truncate(List<string> lines, bool lcsBug)
    {
        var kept = new List<(int Line, int Length)>(lines.Count);
        var total = 0;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (_options.WordLimit is int wordLimit)
            {
                var words = PerlWhitespace.FieldCount(line);
                if (total + words < wordLimit)
                {
                    kept.Add((i, line.Length));
                    total += words;
                    continue;
                }

                kept.Add((i, PerlWhitespace.FieldsEnd(line, wordLimit - total)));
                break;
            }

            if (_options.ByteLimit is int byteLimit)
            {
                var bytes = Encoding.UTF8.GetByteCount(line);
                if (total + bytes < byteLimit)
                {
                    kept.Add((i, line.Length));
                    total += lcsBug ? 0 : bytes;
                    continue;
                }

                kept.Add((i, Utf8PrefixLength(line, byteLimit - total)));
                break;
            }

            kept.Add((i, line.Length));
        }

        return kept;
    }

    /// <summary>The characters of <paramref name="line"/> whose UTF-8 bytes all fit in <paramref name="bytes"/>:
    /// the bytes of a character cut in two are not letters or digits, so they never form a token.</summary>
    private static int Utf8PrefixLength(string line, int bytes)
    {
        var used = 0;
        var i = 0;
        while (i < line.Length)
        {
            var width = char.IsSurrogatePair(line, i) ? 2 : 1;
            var size = Encoding.UTF8.GetByteCount(line.AsSpan(i, width));
            if (used + size > bytes)
            {
                break;
            }

            used += size;
            i += width;
        }

        return i;
    }

    private void AddTokens(ReadOnlySpan<char> text)
    {
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsAsciiLetterOrDigit(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && char.IsAsciiLetterOrDigit(text[i]))
            {
                i++;
            }

            _buffer.Add(Id(text[start..i]));
        }
    }

    private int Id(ReadOnlySpan<char> token)
    {
        Span<char> buffer = token.Length <= MaxStackToken ? stackalloc char[MaxStackToken] : new char[token.Length];
        Ascii.ToLower(token, buffer, out var length);
        ReadOnlySpan<char> form = buffer[..length];
        if (_options.Stem && length > 3)
        {
            form = _exceptions is { } exceptions && exceptions.TryGetValue(form, out var exception)
                ? exception
                : buffer[..PorterStemmer.Rouge155.Stem(form, buffer)];
        }

        if (!_idLookup.TryGetValue(form, out var id))
        {
            id = _ids.Count;
            _idLookup[form] = id;
        }

        return id;
    }
}

/// <summary>Perl's <c>split(/\s+/, $line)</c> on a byte string, which the script uses to count words: ASCII
/// white space separates; a line that starts with white space has an empty first field; empty fields at the
/// end are dropped.</summary>
internal static class PerlWhitespace
{
    /// <summary>True for the characters Perl's <c>\s</c> matches in a byte string.</summary>
    public static bool IsSpace(char c) => c is ' ' or '\t' or '\n' or '\r' or '\f' or '\v';

    /// <summary>The number of fields of <paramref name="line"/>.</summary>
    public static int FieldCount(string line)
    {
        var count = 0;
        var inField = false;
        foreach (var c in line)
        {
            var space = IsSpace(c);
            if (!space && !inField)
            {
                count++;
            }

            inField = !space;
        }

        return count > 0 && line.Length > 0 && IsSpace(line[0]) ? count + 1 : count;
    }

    /// <summary>The index just past the <paramref name="fields"/>-th field (1-based) of <paramref name="line"/>.</summary>
    public static int FieldsEnd(string line, int fields)
    {
        if (line.Length > 0 && IsSpace(line[0]))
        {
            // The empty first field ends where the line starts.
            fields--;
        }

        var i = 0;
        while (fields > 0 && i < line.Length)
        {
            while (i < line.Length && IsSpace(line[i]))
            {
                i++;
            }

            while (i < line.Length && !IsSpace(line[i]))
            {
                i++;
            }

            fields--;
        }

        return i;
    }
}
