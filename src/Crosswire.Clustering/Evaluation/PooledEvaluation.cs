using System.Collections.Immutable;

namespace Crosswire.Clustering;

/// <summary>An article's features with the gold cluster it belongs to, for <see cref="PooledEvaluation"/>.</summary>
/// <param name="Features">The article's features.</param>
/// <param name="GoldCluster">The id of its cluster in the gold data.</param>
public sealed record LabelledArticle(ArticleFeatures Features, string GoldCluster);

/// <summary>The outcome of <see cref="PooledEvaluation.Run"/>.</summary>
/// <param name="Stories">Every article's final story (after all merges), in arrival order.</param>
/// <param name="Score">B-cubed score of the final stories against the gold clusters.</param>
/// <param name="StoryCount">Live stories at the end.</param>
/// <param name="NearDuplicates">Articles linked to an earlier one as near-duplicates.</param>
/// <param name="Contentless">Articles too short to compare (see <see cref="ClusterDecision.Contentless"/>).</param>
/// <param name="ContentScore">B-cubed over the articles with content only (contentless ones left out of the
/// measure, the stories found unchanged); null when every article is contentless.</param>
/// <param name="ContentBound">B-cubed of the best any clusterer can do from content: every article with content
/// in its gold cluster and every contentless one alone.</param>
public sealed record PooledResult(
    ImmutableArray<KeyValuePair<string, string>> Stories,
    BCubedScore Score,
    int StoryCount,
    int NearDuplicates,
    int Contentless,
    BCubedScore? ContentScore,
    BCubedScore ContentBound);

/// <summary>
/// Clusters the pooled articles of a labelled dataset from scratch, in the given order or a seeded shuffle
/// of it, and scores the stories found against the gold clusters with <see cref="BCubed"/>.
/// </summary>
public static class PooledEvaluation
{
    /// <summary>Clusters <paramref name="articles"/> with a new <see cref="StoryClusterer"/>: in their order,
    /// or shuffled with <paramref name="shuffleSeed"/> (a Fisher–Yates shuffle with a seeded
    /// <see cref="Random"/>, the same on every run).</summary>
    /// <exception cref="Core.Errors.CrosswireException">E170 for a repeated article id; E173 when there are
    /// no articles.</exception>
    public static PooledResult Run(IReadOnlyList<LabelledArticle> articles, int? shuffleSeed = null, ClusteringOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var order = articles.ToArray();
        if (shuffleSeed is { } seed)
        {
            new Random(seed).Shuffle(order);
        }

        var clusterer = new StoryClusterer(options);
        var nearDuplicates = 0;
        var contentless = new HashSet<string>(StringComparer.Ordinal);
        foreach (var article in order)
        {
            var decision = clusterer.Add(article.Features);
            nearDuplicates += decision.NearDuplicateOf is null ? 0 : 1;
            if (decision.Contentless)
            {
                contentless.Add(decision.ArticleId);
            }
        }

        var gold = new Dictionary<string, string>(order.Length, StringComparer.Ordinal);
        var predicted = new Dictionary<string, string>(order.Length, StringComparer.Ordinal);
        var stories = ImmutableArray.CreateBuilder<KeyValuePair<string, string>>(order.Length);
        foreach (var article in order)
        {
            var id = article.Features.ArticleId;
            var story = clusterer.StoryOf(id)!;
            gold.Add(id, article.GoldCluster);
            predicted.Add(id, story);
            stories.Add(new(id, story));
        }

        return new PooledResult(
            stories.MoveToImmutable(),
            BCubed.Score(gold, predicted),
            clusterer.StoryCount,
            nearDuplicates,
            contentless.Count,
            ContentScore(gold, predicted, contentless),
            ContentBound(gold, contentless));
    }

    private static BCubedScore? ContentScore(Dictionary<string, string> gold, Dictionary<string, string> predicted, HashSet<string> contentless)
    {
        if (contentless.Count == gold.Count)
        {
            return null;
        }

        var keep = gold.Keys.Where(id => !contentless.Contains(id)).ToList();
        return BCubed.Score(
            keep.ToDictionary(id => id, id => gold[id], StringComparer.Ordinal),
            keep.ToDictionary(id => id, id => predicted[id], StringComparer.Ordinal));
    }

    /// <summary>Articles with content are predicted in their gold cluster, each contentless one alone (the
    /// prefixes keep the two kinds of predicted ids apart).</summary>
    private static BCubedScore ContentBound(Dictionary<string, string> gold, HashSet<string> contentless) =>
        BCubed.Score(gold, gold.ToDictionary(
            pair => pair.Key,
            pair => contentless.Contains(pair.Key) ? "alone/" + pair.Key : "gold/" + pair.Value,
            StringComparer.Ordinal));
}
