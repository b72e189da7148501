using System.Buffers;
using System.Collections.Immutable;
using Crosswire.Core.Documents;

namespace Crosswire.Text.Segmentation;

/// <summary>
/// Cuts news prose into sentences: one forward pass over the characters that may end a sentence
/// (<c>. ? ! …</c>, line breaks, bullets), deciding each with the words around it. Handles titles and
/// abbreviations (<c>Mr.</c>, <c>U.S.</c>, <c>Inc.</c>), initials, decimals and money, ellipses, sentences
/// that end inside quotes or brackets, list items, URLs and e-mail addresses, headlines on their own line,
/// hard-wrapped lines, and sentences glued together without a space by careless crawling
/// (<c>… the study.Researchers said</c>).
/// </summary>
/// <remarks>
/// Output sentences are trimmed of surrounding white space, in order, never overlap, and together cover
/// every non-space character of the range. A sentence longer than
/// <see cref="SegmenterOptions.MaxSentenceChars"/> is broken at the last clause punctuation or space before
/// the limit. Thread-safe: one instance can serve many threads.
/// </remarks>
public sealed partial class SentenceSegmenter
{
    /// <summary>Smallest accepted <see cref="SegmenterOptions.MaxSentenceChars"/>.</summary>
    public const int MinSentenceChars = 16;

    private static readonly SearchValues<char> s_candidates = SearchValues.Create(
        ".?!…‽⁇⁈⁉。！？｡\n\r\u0085\u2028\u2029\v\f" + TextChars.Bullets);

    private static readonly SearchValues<char> s_breaks = SearchValues.Create("\n\r\u0085\u2028\u2029\v\f");
    private static readonly SearchValues<char> s_clauseMarks = SearchValues.Create(";:");
    private static readonly SearchValues<char> s_phraseMarks = SearchValues.Create(",\u2013\u2014");

    private readonly WordSet _prefixes;
    private readonly WordSet _abbreviations;
    private readonly WordSet _numberPrefixes;
    private readonly WordSet _starters;
    private readonly WordSet _continuations;
    private readonly WordSet _speechVerbs;
    private readonly int _maxSentenceChars;

    /// <summary>Creates a segmenter.</summary>
    /// <param name="options">Options; <see cref="SegmenterOptions.Default"/> when null.</param>
    /// <exception cref="ArgumentOutOfRangeException"><see cref="SegmenterOptions.MaxSentenceChars"/> is below
    /// <see cref="MinSentenceChars"/>.</exception>
    public SentenceSegmenter(SegmenterOptions? options = null)
    {
        Options = options ?? SegmenterOptions.Default;
        ArgumentOutOfRangeException.ThrowIfLessThan(Options.MaxSentenceChars, MinSentenceChars, nameof(options));
        _prefixes = new WordSet(Options.PrefixAbbreviations, nameof(Options.PrefixAbbreviations));
        _abbreviations = new WordSet(Options.Abbreviations, nameof(Options.Abbreviations));
        _numberPrefixes = new WordSet(Options.NumberAbbreviations, nameof(Options.NumberAbbreviations));
        _starters = new WordSet(Options.SentenceStarters, nameof(Options.SentenceStarters));
        _continuations = new WordSet(Options.ContinuationWords, nameof(Options.ContinuationWords));
        _speechVerbs = new WordSet(Options.SpeechVerbs, nameof(Options.SpeechVerbs));
        _maxSentenceChars = Options.MaxSentenceChars;
    }

    /// <summary>The options in use.</summary>
    public SegmenterOptions Options { get; }

    /// <summary>The sentences of the whole of <paramref name="text"/>.</summary>
    public ImmutableArray<TextSpan> Segment(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Segment(text, new TextSpan(0, text.Length));
    }

    /// <summary>The sentences inside <paramref name="range"/> of <paramref name="text"/> (e.g. one paragraph).</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="range"/> is not inside the text.</exception>
    public ImmutableArray<TextSpan> Segment(string text, TextSpan range)
    {
        var sink = ImmutableArray.CreateBuilder<TextSpan>();
        Segment(text, range, sink);
        return sink.DrainToImmutable();
    }

    /// <summary>Appends the sentences inside <paramref name="range"/> of <paramref name="text"/> to
    /// <paramref name="sink"/>, so a caller can collect the sentences of many paragraphs in one array.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="range"/> is not inside the text.</exception>
    public void Segment(string text, TextSpan range, ImmutableArray<TextSpan>.Builder sink)
    {
        TextRange.ThrowIfInvalid(text, range);
        ArgumentNullException.ThrowIfNull(sink);

        var pass = new Pass(this, text, range, sink);
        pass.Run();
    }

    /// <summary>Where to cut a sentence that runs past <paramref name="limit"/>: after the last clause
    /// punctuation in the second half of the window, else after the last comma or dash, else at the last
    /// space, else at the limit itself (never between the halves of a surrogate pair).</summary>
    private static int ForcedBreak(string text, int start, int limit)
    {
        var half = start + ((limit - start) / 2);
        var window = text.AsSpan(half, limit - half);
        var cut = LastMarkBeforeSpace(text, half, window, s_clauseMarks);
        if (cut < 0)
        {
            cut = LastMarkBeforeSpace(text, half, window, s_phraseMarks);
        }

        if (cut > start)
        {
            return cut;
        }

        var space = text.AsSpan(start + 1, limit - start - 1).LastIndexOfAny(TextChars.WhiteSpace);
        if (space >= 0)
        {
            return start + 1 + space;
        }

        return char.IsLowSurrogate(text[limit]) ? limit - 1 : limit;
    }

    private static int LastMarkBeforeSpace(string text, int offset, ReadOnlySpan<char> window, SearchValues<char> marks)
    {
        var end = window.Length;
        while (end > 0)
        {
            var index = window[..end].LastIndexOfAny(marks);
            if (index < 0)
            {
                return -1;
            }

            var after = offset + index + 1;
            if (after < text.Length && char.IsWhiteSpace(text[after]))
            {
                return after;
            }

            end = index;
        }

        return -1;
    }
}
