using System.Collections.Immutable;
using Crosswire.Core.Documents;

namespace Crosswire.Text.Boilerplate;

/// <summary>
/// Splits an article's text into paragraphs and removes the text that is not prose: captions and credits,
/// bylines and datelines, contributor notes, link, share and newsletter prompts, advertisement markers,
/// copyright lines, embedded social posts and other page furniture. What it removes is kept, with the rule
/// that removed it, so it can be counted and inspected.
/// </summary>
/// <remarks>
/// Paragraphs are blocks of lines separated by blank lines (lines of white space only; LF, CRLF and lone CR
/// all break lines). Each line of a block is judged on its own, so a caption line directly followed by prose
/// is removed alone. A few rules remove only part of a line: a dateline or byline opening it, an update label,
/// or a photo credit closing it. Every span points into the original text, which is never copied. When in
/// doubt a line is kept: the rules look at the form of a line (labels, credits, names, dates), not at
/// topics, and short prose is never removed for being short.
/// </remarks>
public sealed class BoilerplateFilter
{
    private readonly BoilerplateOptions _options;
    private readonly LineJudge _judge;
    private readonly bool[] _removesKind;

    /// <summary>Creates a filter with <paramref name="options"/>, or the defaults.</summary>
    public BoilerplateFilter(BoilerplateOptions? options = null)
    {
        _options = options ?? BoilerplateOptions.Default;
        ArgumentNullException.ThrowIfNull(_options.Kinds, nameof(options));
        ArgumentOutOfRangeException.ThrowIfNegative(_options.MaxFurnitureLineChars, nameof(options));
        ArgumentOutOfRangeException.ThrowIfNegative(_options.MaxCaptionChars, nameof(options));
        ArgumentOutOfRangeException.ThrowIfNegative(_options.MaxEmbeddedPostChars, nameof(options));
        ArgumentOutOfRangeException.ThrowIfNegative(_options.AuthorNoteTailLines, nameof(options));
        ArgumentOutOfRangeException.ThrowIfNegative(_options.RepeatedLabelCount, nameof(options));
        _judge = new LineJudge(_options);
        var kinds = Enum.GetValues<BoilerplateKind>();
        _removesKind = new bool[kinds.Length];
        foreach (var kind in kinds)
        {
            _removesKind[(int)kind] = _options.Kinds.Contains(kind);
        }
    }

    /// <summary>Cleans <paramref name="text"/>: its paragraphs of prose and the boilerplate removed.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public CleanedText Clean(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = LineSplitter.Split(text);
        for (var i = 0; i < lines.Length; i++)
        {
            ref var line = ref lines[i];
            line.Verdict = _judge.Judge(text.AsSpan(line.Start, line.End - line.Start), out line.AttributionOnly);
        }

        MarkEmbeddedPostBodies(text, lines);
        MarkRepeatedLabels(text, lines);
        MarkAuthorNotes(text, lines);
        return Assemble(text, lines);
    }

    private void MarkEmbeddedPostBodies(string text, Span<TextLine> lines)
    {
        for (var i = 1; i < lines.Length; i++)
        {
            if (!lines[i].AttributionOnly || !Removes(lines[i].Verdict.Whole))
            {
                continue;
            }

            ref var body = ref lines[i - 1];
            if (body.Verdict.IsKeep && body.End - body.Start <= _options.MaxEmbeddedPostChars
                && !TextShape.HasNoLetterOrDigit(text.AsSpan(body.Start, body.End - body.Start)))
            {
                body.Verdict = LineVerdict.RemoveLine(Rules.SocialPostBody);
            }
        }
    }

    private void MarkRepeatedLabels(string text, Span<TextLine> lines)
    {
        if (_options.RepeatedLabelCount == 0)
        {
            return;
        }

        Dictionary<string, int>? counts = null;
        foreach (ref var line in lines)
        {
            var content = text.AsSpan(line.Start, line.End - line.Start);
            if (line.Verdict.IsKeep && IsLabelShaped(content))
            {
                counts ??= new Dictionary<string, int>(StringComparer.Ordinal);
                var lookup = counts.GetAlternateLookup<ReadOnlySpan<char>>();
                lookup[content] = lookup.TryGetValue(content, out var count) ? count + 1 : 1;
            }
        }

        if (counts is null)
        {
            return;
        }

        var repeated = counts.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (ref var line in lines)
        {
            var content = text.AsSpan(line.Start, line.End - line.Start);
            if (line.Verdict.IsKeep && repeated.TryGetValue(content, out var count) && count >= _options.RepeatedLabelCount)
            {
                line.Verdict = LineVerdict.RemoveLine(Rules.RepeatedLabel);
            }
        }
    }

    private void MarkAuthorNotes(string text, Span<TextLine> lines)
    {
        var seen = 0;
        for (var i = lines.Length - 1; i >= 0 && seen < _options.AuthorNoteTailLines; i--)
        {
            ref var line = ref lines[i];
            if (line.Verdict.Whole is { } whole && Removes(whole))
            {
                continue;
            }

            seen++;
            var content = text.AsSpan(line.Start, line.End - line.Start);
            if (line.Verdict.IsKeep && AttributionRules.IsAuthorBio(content[TextShape.LeadingDecorationLength(content)..]))
            {
                line.Verdict = LineVerdict.RemoveLine(Rules.AuthorBio);
            }
        }
    }

    private CleanedText Assemble(string text, ReadOnlySpan<TextLine> lines)
    {
        var paragraphs = ImmutableArray.CreateBuilder<Paragraph>();
        var removed = ImmutableArray.CreateBuilder<RemovedText>();
        var paragraph = new ParagraphBuilder(paragraphs);
        foreach (var line in lines)
        {
            if (line.Block != paragraph.Block)
            {
                paragraph.Flush();
                paragraph.Block = line.Block;
            }

            var verdict = line.Verdict;
            if (Removes(verdict.Whole))
            {
                paragraph.Flush();
                removed.Add(new RemovedText(TextSpan.FromBounds(line.Start, line.End), verdict.Whole!.Kind, verdict.Whole.Name));
                continue;
            }

            var keepStart = line.Start;
            var keepEnd = line.End;
            var prefix = Removes(verdict.Prefix) ? verdict.Prefix : null;
            var suffix = Removes(verdict.Suffix) ? verdict.Suffix : null;
            if (prefix is not null)
            {
                keepStart = SkipWhiteSpace(text, line.Start + verdict.PrefixLength, line.End);
            }

            if (suffix is not null && line.Start + verdict.SuffixStart >= keepStart)
            {
                keepEnd = TrimEnd(text, keepStart, line.Start + verdict.SuffixStart);
            }
            else
            {
                suffix = null;
            }

            if (keepStart >= keepEnd)
            {
                // Nothing left between the pieces: the line is furniture as a whole.
                paragraph.Flush();
                var rule = (prefix ?? suffix)!;
                removed.Add(new RemovedText(TextSpan.FromBounds(line.Start, line.End), rule.Kind, rule.Name));
                continue;
            }

            if (prefix is not null)
            {
                paragraph.Flush();
                var prefixEnd = TrimEnd(text, line.Start, line.Start + verdict.PrefixLength);
                removed.Add(new RemovedText(TextSpan.FromBounds(line.Start, prefixEnd), prefix.Kind, prefix.Name));
            }

            paragraph.Add(keepStart, keepEnd);
            if (suffix is not null)
            {
                paragraph.Flush();
                var suffixStart = SkipWhiteSpace(text, line.Start + verdict.SuffixStart, line.End);
                removed.Add(new RemovedText(TextSpan.FromBounds(suffixStart, line.End), suffix.Kind, suffix.Name));
            }
        }

        paragraph.Flush();
        return new CleanedText(paragraphs.DrainToImmutable(), removed.DrainToImmutable());
    }

    private bool Removes(BoilerplateRule? rule) => rule is not null && _removesKind[(int)rule.Kind];

    private static bool IsLabelShaped(ReadOnlySpan<char> content) =>
        content.Length <= 40
        && TextShape.CountWords(content) <= 5
        && TextShape.LastSignificant(content) is not ('.' or '!' or '?' or ':' or ',' or ';' or '…')
        && !TextShape.HasNoLetterOrDigit(content);

    private static int SkipWhiteSpace(string text, int from, int end)
    {
        while (from < end && char.IsWhiteSpace(text[from]))
        {
            from++;
        }

        return from;
    }

    private static int TrimEnd(string text, int start, int end)
    {
        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return end;
    }

    /// <summary>Gathers consecutive kept pieces of one block into a paragraph.</summary>
    private struct ParagraphBuilder(ImmutableArray<Paragraph>.Builder paragraphs)
    {
        private int _start = -1;
        private int _end = -1;

        public int Block { get; set; } = -1;

        public void Add(int start, int end)
        {
            if (_start < 0)
            {
                _start = start;
            }

            _end = end;
        }

        public void Flush()
        {
            if (_start >= 0)
            {
                paragraphs.Add(new Paragraph(TextSpan.FromBounds(_start, _end)));
                _start = -1;
            }
        }
    }
}
