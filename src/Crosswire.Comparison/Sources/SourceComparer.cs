using System.Collections.Immutable;
using Crosswire.Comparison.Claims;
using Crosswire.Comparison.Conflicts;
using Crosswire.Comparison.Entities;
using Crosswire.Comparison.Quotes;
using Crosswire.Comparison.Timeline;
using Crosswire.Core.Documents;
using Crosswire.Core.Errors;
using Crosswire.Summarization.Briefs;
using Crosswire.Summarization.Extractive;
using Crosswire.Summarization.Stories;

namespace Crosswire.Comparison.Sources;

/// <summary>
/// Compares the sources of one story: indexes its articles once (the summarizer's <see cref="StoryIndexer"/>:
/// terms, sentence similarity, copies), resolves entities, extracts quotes, tags dates and builds the
/// timeline, groups sentences into claims, detects conflicts among the numbers, quantities, dates, times and
/// participants the articles state, and marks the claims they touch. <see cref="Complete"/> adds the result
/// to a summarizer <see cref="StoryBrief"/> as its comparison sections. Thread-safe.
/// </summary>
public sealed class SourceComparer
{
    private readonly SourceComparerOptions _options;
    private readonly StoryIndexer _indexer;
    private readonly ClaimGrouper _claims;
    private readonly ConflictDetector _conflicts;

    /// <summary>Creates a comparer.</summary>
    public SourceComparer(SourceComparerOptions? options = null)
    {
        _options = options ?? SourceComparerOptions.Default;
        _options.Validate();
        _indexer = new StoryIndexer(_options.Index);
        _claims = new ClaimGrouper(_options.Claims);
        _conflicts = new ConflictDetector(_options.Conflicts);
    }

    /// <summary>Compares the articles of one story.</summary>
    /// <param name="storyId">The story's id, for error messages.</param>
    /// <param name="articles">Its analysed articles (distinct ids).</param>
    /// <exception cref="CrosswireException">E151 without articles, E156 when an article id repeats.</exception>
    public SourceComparison Compare(string storyId, IReadOnlyList<AnalyzedArticle> articles)
    {
        var story = _indexer.Index(storyId, articles);
        var rejections = ImmutableArray.CreateBuilder<Rejection>();
        var tagged = new List<(AnalyzedArticle Article, ImmutableArray<TemporalExpression> Expressions)>(articles.Count);
        foreach (var article in articles)
        {
            try
            {
                tagged.Add((article, TemporalTagger.Default.Tag(article)));
            }
            catch (CrosswireException error)
            {
                rejections.Add(error.ToRejection());
            }
        }

        var timeline = TimelineBuilder.Default.Build(tagged);
        var entities = EntityResolver.Default.Resolve(articles);
        var quotes = QuoteExtractor.Default.Extract(articles, entities);
        var values = new StatedValueReader().Read(story, [.. tagged.SelectMany(t => t.Expressions)], entities);
        var conflicts = _conflicts.Detect(story, values);
        var claims = ClaimGrouper.MarkConflicts(_claims.Group(story), conflicts);
        return new SourceComparison(
            storyId, claims, conflicts, QuoteExtractor.Default.Group(quotes), entities, timeline, story.Copies, rejections.ToImmutable());
    }

    /// <summary>
    /// The brief with the comparison's sections: conflicts as claims whose variants are the rival versions
    /// (with their values), then agreed facts and single-source claims (at most
    /// <see cref="SourceComparerOptions.BriefClaimsPerSection"/> of each per outlet), quotes, entities (people,
    /// organisations and places with mentions per article) and the timeline.
    /// </summary>
    public StoryBrief Complete(StoryBrief brief, SourceComparison comparison)
    {
        ArgumentNullException.ThrowIfNull(brief);
        ArgumentNullException.ThrowIfNull(comparison);
        var claims = ImmutableArray.CreateBuilder<BriefClaim>();
        foreach (var conflict in comparison.Conflicts)
        {
            claims.Add(new BriefClaim(
                conflict.Variants[0].Text,
                BriefClaimStatus.Conflict,
                [.. conflict.Variants.SelectMany(v => v.Sources).Select(s => s.ArticleId).Distinct(StringComparer.Ordinal)],
                [.. conflict.Variants.Select(v => new BriefVariant(v.Text, [.. v.Sources.Select(s => s.ArticleId)], v.Written))])
            {
                ConflictKind = KindName(conflict.Kind),
            });
        }

        // A sentence the summary traces to two independent sources is not "only in one source", even when
        // claim grouping (stricter than the summary's attribution) left it alone: the brief must not say both.
        var reported = Corroborated(brief);
        var promoted = new List<BriefClaim>();
        var single = new List<Claim>();
        foreach (var claim in comparison.Claims.Where(c => c.Status == ClaimStatus.SingleSource))
        {
            if (reported.TryGetValue(SummarySentence.SingleSpaced(claim.Text), out var sources))
            {
                promoted.Add(ToBrief(claim, BriefClaimStatus.Corroborated) with { Sources = sources });
            }
            else
            {
                single.Add(claim);
            }
        }

        claims.AddRange(comparison.Claims
            .Where(c => c.Status == ClaimStatus.Corroborated)
            .Select(c => ToBrief(c, BriefClaimStatus.Corroborated))
            .Concat(promoted)
            .Take(_options.BriefClaimsPerSection));
        claims.AddRange(single
            .GroupBy(c => c.Sources[0].ArticleId, StringComparer.Ordinal)
            .SelectMany(outlet => outlet.Take(_options.BriefClaimsPerSection))
            .Select(c => ToBrief(c, BriefClaimStatus.SingleSource)));

        return brief with
        {
            Claims = claims.ToImmutable(),
            Quotes = [.. comparison.Quotes.Select(q => new BriefQuote(q.Text, q.Speaker, [.. q.Sources.Select(s => s.ArticleId).Distinct(StringComparer.Ordinal)]))],
            Entities = [.. comparison.Entities.Select(e => new BriefEntity(
                e.Name,
                TypeName(e.Type),
                [.. e.Mentions.GroupBy(m => m.ArticleId, StringComparer.Ordinal).Select(g => new KeyValuePair<string, int>(g.Key, g.Count()))]))],
            Timeline = [.. comparison.Timeline.Select(e => new BriefTimelineEntry(
                e.Date.ToString(), e.Text, [.. e.Sources.Select(s => s.ArticleId).Distinct(StringComparer.Ordinal)]))],
            IsCompared = true,
        };
    }

    /// <summary>The summary's sentences reported by at least two independent articles (a copy counts as its
    /// original), by their text with single spaces, with their sources.</summary>
    private static Dictionary<string, ImmutableArray<string>> Corroborated(StoryBrief brief)
    {
        var reported = new Dictionary<string, ImmutableArray<string>>(StringComparer.Ordinal);
        foreach (var sentence in brief.Summary)
        {
            var originals = sentence.Sources
                .Select(id => brief.Source(id).CopyOf ?? id)
                .Distinct(StringComparer.Ordinal)
                .Count();
            if (originals >= 2)
            {
                reported.TryAdd(sentence.Text, sentence.Sources);
            }
        }

        return reported;
    }

    private static BriefClaim ToBrief(Claim claim, BriefClaimStatus status) => new(
        claim.Text,
        status,
        [.. claim.Sources.Select(s => s.ArticleId)],
        [.. claim.Variants.Select(v => new BriefVariant(v.Text, [.. v.Sources.Select(s => s.ArticleId)]))]);

    private static string KindName(ConflictKind kind) => kind switch
    {
        ConflictKind.Number => "number",
        ConflictKind.Quantity => "quantity",
        ConflictKind.Date => "date",
        ConflictKind.Time => "time",
        _ => "participant",
    };

    private static string TypeName(EntityType type) => type switch
    {
        EntityType.Person => "person",
        EntityType.Organization => "organization",
        _ => "place",
    };
}
