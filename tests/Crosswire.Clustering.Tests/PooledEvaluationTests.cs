using Crosswire.Clustering;
using Xunit;
using static Crosswire.Clustering.Tests.ClusteringKit;

namespace Crosswire.Clustering.Tests;

/// <summary><see cref="PooledEvaluation"/> on invented articles: the overall score, the score over articles
/// with content, and the bound a clustering of content can reach when contentless pages stay alone.</summary>
public sealed class PooledEvaluationTests
{
    [Fact]
    public void PooledEvaluation_ContentlessPageOfAGoldClusterLowersTheBoundButNotTheContentScore()
    {
        // The notice arrives first, so no arrival context places it: it stays alone.
        LabelledArticle[] articles =
        [
            new(Features("Access denied.", "strike/a0"), "strike"),
            new(Features(FerryStrike, "strike/a1"), "strike"),
            new(Features(FerryStrikeFollowUp, "strike/a2"), "strike"),
            new(Features(Comet, "comet/a1"), "comet"),
            new(Features(CometFollowUp, "comet/a2"), "comet"),
        ];

        var result = PooledEvaluation.Run(articles);

        Assert.Equal(1, result.Contentless);
        Assert.Equal(3, result.StoryCount);
        var content = Assert.IsType<BCubedScore>(result.ContentScore);
        Assert.Equal(4, content.Items);
        Assert.Equal(1.0, content.F1, 9);

        // Strike articles with content: recall 2/3 each; the notice 1/3; comet articles 1. Precision 1.
        var recall = ((2 * 2.0 / 3) + (1.0 / 3) + 2) / 5;
        Assert.Equal(1.0, result.ContentBound.Precision, 9);
        Assert.Equal(recall, result.ContentBound.Recall, 9);
        Assert.Equal(result.Score, result.ContentBound);
    }

    [Fact]
    public void PooledEvaluation_OnlyContentlessArticles_HasNoContentScore()
    {
        LabelledArticle[] articles = [new(Features("Access denied.", "x/a1"), "x"), new(Features("Page not found.", "x/a2"), "x")];

        var result = PooledEvaluation.Run(articles);

        Assert.Null(result.ContentScore);
        Assert.Equal(2, result.Contentless);
        Assert.Equal(0.5, result.ContentBound.Recall, 9);
    }
}
