using System.Collections.Immutable;
using Crosswire.Core.Documents;
using Crosswire.Core.Errors;

namespace Crosswire.Comparison.Timeline;

/// <summary>
/// Places the dated events of a story's articles on one timeline. Each sentence with a resolved date
/// expression is an event on that date (when a sentence holds a day and a clock time on it, only the finer
/// value is kept); events of different articles with the same date and similar sentences (content-word
/// overlap) are merged into one with several sources. Publication dates are not events: only what the
/// text dates is placed. Thread-safe.
/// </summary>
public sealed class TimelineBuilder
{
    private readonly TimelineBuilderOptions _options;
    private readonly TemporalTagger _tagger;

    /// <summary>Creates a builder.</summary>
    public TimelineBuilder(TimelineBuilderOptions? options = null)
    {
        _options = options ?? TimelineBuilderOptions.Default;
        ArgumentOutOfRangeException.ThrowIfNegative(_options.MergeSimilarity, nameof(options));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(_options.MergeSimilarity, 1.0, nameof(options));
        _tagger = new TemporalTagger(_options.Tagger);
    }

    /// <summary>A shared builder with the default options.</summary>
    public static TimelineBuilder Default { get; } = new();

    /// <summary>Tags the articles of one story and builds its timeline. An article whose publication date
    /// cannot be used is reported in <see cref="StoryTimeline.Rejections"/> and the others go on.</summary>
    public StoryTimeline Build(IReadOnlyList<AnalyzedArticle> articles)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var tagged = new List<(AnalyzedArticle, ImmutableArray<TemporalExpression>)>(articles.Count);
        var rejections = ImmutableArray.CreateBuilder<Rejection>();
        foreach (var article in articles)
        {
            try
            {
                tagged.Add((article, _tagger.Tag(article)));
            }
            catch (CrosswireException error)
            {
                rejections.Add(error.ToRejection());
            }
        }

        return new StoryTimeline(Build(tagged), rejections.ToImmutable());
    }

    /// <summary>Builds the timeline from articles already tagged (each with its own expressions).</summary>
    public ImmutableArray<TimelineEvent> Build(IReadOnlyList<(AnalyzedArticle Article, ImmutableArray<TemporalExpression> Expressions)> tagged)
    {
        ArgumentNullException.ThrowIfNull(tagged);
        var candidates = new List<Candidate>();
        foreach (var (article, expressions) in tagged)
        {
            AddCandidates(article.Article, expressions, candidates);
        }

        var events = new List<Draft>();
        foreach (var candidate in candidates)
        {
            var match = events.FirstOrDefault(e => e.Date == candidate.Date
                && !e.Sources.Exists(s => s.ArticleId == candidate.Source.ArticleId)
                && Similarity(e.Words, candidate.Words) >= _options.MergeSimilarity);
            if (match is null)
            {
                events.Add(new Draft(candidate.Date, candidate.Text, [candidate.Source], candidate.Words));
            }
            else
            {
                match.Sources.Add(candidate.Source);
            }
        }

        return
        [
            .. events
                .Select((draft, order) => (draft, order))
                .OrderBy(e => e.draft.Date)
                .ThenBy(e => e.order)
                .Select(e => new TimelineEvent(e.draft.Date, e.draft.Text, [.. e.draft.Sources])),
        ];
    }

    private static void AddCandidates(Article article, ImmutableArray<TemporalExpression> expressions, List<Candidate> candidates)
    {
        foreach (var sentence in expressions.Where(e => e.Value is not null).GroupBy(e => e.Sentence))
        {
            var values = sentence.Select(e => e.Value!).Distinct().ToList();
            var span = Trim(article.Text, sentence.Key);
            var text = article.Slice(span);
            var words = ContentWords(text);
            foreach (var value in values)
            {
                // A day and a clock time on it in one sentence are one event, at the clock time.
                if (values.Exists(other => other != value && value.Contains(other) && other.Granularity > value.Granularity))
                {
                    continue;
                }

                candidates.Add(new Candidate(value, text, new TimelineSource(article.Id, span), words));
            }
        }
    }

    private static TextSpan Trim(string text, TextSpan span)
    {
        var start = span.Start;
        var end = span.End;
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

    private static HashSet<string> ContentWords(string text)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && char.IsLetterOrDigit(text[i]))
            {
                if (start < 0)
                {
                    start = i;
                }

                continue;
            }

            if (start >= 0 && i - start >= 3)
            {
                var word = text[start..i].ToLowerInvariant();
                if (!Crosswire.Text.Stopwords.English.IsStopword(word))
                {
                    words.Add(word);
                }
            }

            start = -1;
        }

        return words;
    }

    private static double Similarity(HashSet<string> first, HashSet<string> second)
    {
        if (first.Count == 0 || second.Count == 0)
        {
            return 0;
        }

        var shared = first.Count(second.Contains);
        return (double)shared / (first.Count + second.Count - shared);
    }

    private sealed record Candidate(TemporalValue Date, string Text, TimelineSource Source, HashSet<string> Words);

    private sealed record Draft(TemporalValue Date, string Text, List<TimelineSource> Sources, HashSet<string> Words);
}
