using System.Collections.Immutable;
using Crosswire.Comparison.Claims;
using Crosswire.Comparison.Conflicts;
using Crosswire.Comparison.Entities;
using Crosswire.Comparison.Timeline;
using Crosswire.Comparison.Tests.Kit;
using Crosswire.Core.Documents;
using Crosswire.Summarization.Stories;
using Crosswire.Text.Pipeline;

namespace Crosswire.Comparison.Tests.Conflicts;

/// <summary>Conflict precision/recall and claim-status accuracy of one set of fixture stories.</summary>
/// <remarks>
/// Matching: a predicted conflict matches a gold one when both have the same kind and the prediction holds two
/// variants of different articles with different values whose sentences overlap the gold variants' sentences
/// of those articles, and the gold values of those two articles differ too. Precision = predicted conflicts
/// that match some gold conflict / predicted; recall = gold conflicts matched by some prediction / gold.
/// Claim status: each gold claim is paired with the predicted claim holding most of its evidence sentences
/// (earliest on ties); it is right when that claim has the gold status.
/// </remarks>
internal sealed record ComparisonMeasure(int Predicted, int PredictedMatched, int Gold, int GoldMatched, int Claims, int ClaimsRight, ImmutableArray<string> Misses)
{
    public double Precision => Predicted == 0 ? 0 : (double)PredictedMatched / Predicted;

    public double Recall => Gold == 0 ? 0 : (double)GoldMatched / Gold;

    public double StatusAccuracy => Claims == 0 ? 0 : (double)ClaimsRight / Claims;

    public static IReadOnlyList<FixtureStory> Development => [.. FixtureStory.All.Take(7)];

    public static IReadOnlyList<FixtureStory> HeldOut => [.. FixtureStory.All.Skip(7)];

    public override string ToString() =>
        $"conflicts P={Precision:F3} ({PredictedMatched}/{Predicted}) R={Recall:F3} ({GoldMatched}/{Gold}); claim status accuracy={StatusAccuracy:F3} ({ClaimsRight}/{Claims})";

    public static ComparisonMeasure Of(IEnumerable<FixtureStory> stories, ConflictDetectorOptions? options = null)
    {
        int predicted = 0, predictedMatched = 0, gold = 0, goldMatched = 0, claims = 0, claimsRight = 0;
        var misses = ImmutableArray.CreateBuilder<string>();
        foreach (var story in stories)
        {
            var (conflicts, claimList) = Compare(story, options);
            var goldConflicts = story.Expected.Conflicts;
            predicted += conflicts.Length;
            gold += goldConflicts.Count;
            foreach (var conflict in conflicts)
            {
                if (goldConflicts.Any(g => Matches(story, conflict, g)))
                {
                    predictedMatched++;
                }
                else
                {
                    misses.Add($"{story.Slug} FP {conflict.Kind} [{conflict.About}]: " + string.Join(" | ", conflict.Variants.Select(v => $"{v.Sources[0].ArticleId}={v.Value} ({v.Written})")));
                }
            }

            foreach (var g in goldConflicts)
            {
                if (conflicts.Any(p => Matches(story, p, g)))
                {
                    goldMatched++;
                }
                else
                {
                    misses.Add($"{story.Slug} FN {g.Kind} [{g.About}]: " + string.Join(" | ", g.Variants.Select(v => $"{v.Article}={v.Value}")));
                }
            }

            foreach (var g in story.Expected.Claims)
            {
                claims++;
                var evidence = g.Evidence.Select(e => (Article: e.Key, Span: SpanOf(story, e.Key, e.Value))).ToList();
                var best = claimList
                    .Select(c => (Claim: c, Overlap: evidence.Count(e => c.Sources.Any(s => s.ArticleId == e.Article && s.Span.Overlaps(e.Span)))))
                    .Where(x => x.Overlap > 0)
                    .OrderByDescending(x => x.Overlap)
                    .Select(x => x.Claim)
                    .FirstOrDefault();
                if (best is not null && StatusName(best.Status) == g.Status)
                {
                    claimsRight++;
                }
            }
        }

        return new ComparisonMeasure(predicted, predictedMatched, gold, goldMatched, claims, claimsRight, misses.ToImmutable());
    }

    public static (ImmutableArray<Conflict> Conflicts, ImmutableArray<Claim> Claims) Compare(FixtureStory story, ConflictDetectorOptions? options = null)
    {
        var analyzed = story.Articles.Select(TextPipeline.Default.Analyze).ToList();
        var index = new StoryIndexer().Index(story.Slug, analyzed);
        var dates = analyzed.SelectMany(a => TemporalTagger.Default.Tag(a)).ToList();
        var entities = EntityResolver.Default.Resolve(analyzed);
        var conflicts = new ConflictDetector(options).Detect(index, new StatedValueReader().Read(index, dates, entities));
        var claims = ClaimGrouper.MarkConflicts(new ClaimGrouper().Group(index), conflicts);
        return (conflicts, claims);
    }

    private static string StatusName(ClaimStatus status) => status switch
    {
        ClaimStatus.Corroborated => "corroborated",
        ClaimStatus.SingleSource => "single-source",
        _ => "conflict",
    };

    private static TextSpan SpanOf(FixtureStory story, string article, string sentence)
    {
        var start = story.Article(article).Text.IndexOf(sentence, StringComparison.Ordinal);
        return start < 0 ? default : new TextSpan(start, sentence.Length);
    }

    private static bool Matches(FixtureStory story, Conflict predicted, GoldConflict gold)
    {
        if (!string.Equals(predicted.Kind.ToString(), gold.Kind, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var aligned = predicted.Variants
            .Select(v => (Variant: v, Gold: gold.Variants.FirstOrDefault(g =>
                g.Article == v.Sources[0].ArticleId && SpanOf(story, g.Article, g.Sentence).Overlaps(v.Sources[0].Span))))
            .Where(x => x.Gold is not null)
            .ToList();
        for (var i = 0; i < aligned.Count; i++)
        {
            for (var j = i + 1; j < aligned.Count; j++)
            {
                if (aligned[i].Variant.Sources[0].ArticleId != aligned[j].Variant.Sources[0].ArticleId
                    && aligned[i].Variant.Value != aligned[j].Variant.Value
                    && aligned[i].Gold!.Value != aligned[j].Gold!.Value)
                {
                    return true;
                }
            }
        }

        return false;
    }
}
