using System.Collections.Immutable;
using Crosswire.Clustering;
using Crosswire.Core.Documents;

namespace Crosswire.Engine.Stories;

/// <summary>A story found among articles in memory.</summary>
/// <param name="Id">The clusterer's story id.</param>
/// <param name="Articles">Its articles, in the order they were placed.</param>
public sealed record FoundStory(string Id, ImmutableArray<AnalyzedArticle> Articles);

/// <summary>
/// Finds the stories among a set of analysed articles, in memory and without a store (for
/// <c>crosswire brief PATH...</c> on articles of many stories): the articles are placed with a fresh
/// <see cref="StoryClusterer"/> in publication order (undated ones after, in input order). Thread-safe.
/// </summary>
public sealed class StoryFinder
{
    private readonly FeatureExtractor _extractor;
    private readonly ClusteringOptions _clustering;

    /// <summary>Creates a finder with the given options (defaults when null).</summary>
    /// <exception cref="Core.Errors.CrosswireException">E172 when an option is out of range.</exception>
    public StoryFinder(FeatureOptions? features = null, ClusteringOptions? clustering = null)
    {
        _extractor = new FeatureExtractor(features);
        _clustering = clustering ?? ClusteringOptions.Default;
        _clustering.Validate();
    }

    /// <summary>The stories of <paramref name="articles"/> (ids must be distinct), ordered by their first
    /// placed article.</summary>
    /// <exception cref="Core.Errors.CrosswireException">E170 when two articles share an id.</exception>
    public ImmutableArray<FoundStory> Find(IReadOnlyList<AnalyzedArticle> articles)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var features = articles.AsParallel().AsOrdered().Select(_extractor.Extract).ToArray();
        var order = Enumerable.Range(0, articles.Count)
            .OrderBy(index => articles[index].Article.Published ?? DateTimeOffset.MaxValue)
            .ToArray();
        var clusterer = new StoryClusterer(_clustering);
        foreach (var index in order)
        {
            clusterer.Add(features[index]);
        }

        var byId = new Dictionary<string, AnalyzedArticle>(articles.Count, StringComparer.Ordinal);
        foreach (var article in articles)
        {
            byId[article.Article.Id] = article;
        }

        return [.. clusterer.StoryIds.Select(id => new FoundStory(id, [.. clusterer.ArticlesOf(id).Select(articleId => byId[articleId])]))];
    }
}
