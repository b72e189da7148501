using Crosswire.Clustering;
using Crosswire.Ingest.Datasets;
using Crosswire.TestKit;
using Crosswire.Text.Pipeline;
using Xunit;

namespace Crosswire.Clustering.Tests;

/// <summary>
/// Pools the articles of the 100 Multi-News dev clusters (read at run time from the shared data) and clusters
/// them from scratch, as <c>crosswire cluster</c> does. The floors are what the default options reach today,
/// kept as regression guards: the targets (B-cubed F1 0.95 in file order, 0.93 on every shuffle) are
/// NOT reached; docs/architecture.md ("Clustering") explains why (junk pages that share no content with their
/// cluster, loosely related gold clusters).
/// </summary>
public sealed class PooledDevSetTests
{
    private const double FileOrderFloor = 0.86;
    private const double ShuffledFloor = 0.835;
    private const double ContentFileOrderFloor = 0.89;
    private const double ContentShuffledFloor = 0.88;

    [Fact]
    public void PooledDevSet_BCubedInFileOrderAndTenShufflesStaysAboveFloors()
    {
        var articles = Load(SharedData.Require("multinews-dev.jsonl"));
        Assert.InRange(articles.Count, 250, 400);
        Assert.Equal(100, articles.Select(article => article.GoldCluster).Distinct().Count());

        var fileOrder = PooledEvaluation.Run(articles);
        Assert.True(fileOrder.Score.F1 >= FileOrderFloor, $"file order: {fileOrder.Score}");
        Assert.True(fileOrder.ContentScore!.F1 >= ContentFileOrderFloor, $"file order, articles with content: {fileOrder.ContentScore}");
        for (var seed = 1; seed <= 10; seed++)
        {
            var shuffled = PooledEvaluation.Run(articles, seed);
            Assert.True(shuffled.Score.F1 >= ShuffledFloor, $"shuffle {seed}: {shuffled.Score}");
            Assert.True(shuffled.ContentScore!.F1 >= ContentShuffledFloor, $"shuffle {seed}, articles with content: {shuffled.ContentScore}");
        }
    }

    [Fact]
    public void PooledDevSet_SameOrderGivesTheSameStories()
    {
        var articles = Load(SharedData.Require("multinews-dev.jsonl"));
        var first = PooledEvaluation.Run(articles, 3);
        var second = PooledEvaluation.Run(articles, 3);
        Assert.Equal(first.Stories, second.Stories);
        Assert.Equal(first.Score, second.Score);
    }

    private static List<LabelledArticle> Load(string path)
    {
        var extractor = new FeatureExtractor();
        var articles = new List<LabelledArticle>();
        foreach (var outcome in new DatasetReader().Read(path))
        {
            var cluster = outcome.Cluster ?? throw new InvalidOperationException(outcome.Rejection!.Message);
            articles.AddRange(cluster.Articles.Select(article =>
                new LabelledArticle(extractor.Extract(TextPipeline.Default.Analyze(article)), cluster.Id)));
        }

        return articles;
    }
}
