using Crosswire.Comparison.Claims;
using Crosswire.Summarization.Stories;
using Crosswire.TestKit;
using Crosswire.Text.Pipeline;
using Xunit;

namespace Crosswire.Comparison.Tests.Claims;

public sealed class ClaimGrouperTests
{
    private const string Wire =
        "The Larchmont ferry service will stop sailing on Friday after the operator ran out of money. "
        + "Brindle Ferries said its two boats would stay in port until a buyer was found. "
        + "The harbour master praised the crews for their years of service on the crossing.";

    private static StoryIndex Story(params (string Id, string Text)[] articles) =>
        new StoryIndexer().Index("story", [.. articles.Select(a => TextPipeline.Default.Analyze(ArticleKit.Article(a.Text, a.Id)))]);

    [Fact]
    public void ClaimGrouper_GroupsParaphrasesOfIndependentOutletsAsCorroborated()
    {
        var story = Story(
            ("a1", Wire),
            ("a2", "Brindle Ferries has run out of money, so the Larchmont ferry service will stop sailing on Friday. "
                + "Passengers on the island were told to book flights instead while the boats stay in port."));

        var claims = new ClaimGrouper().Group(story);

        var ferry = Assert.Single(claims, c => c.Text.Contains("stop sailing", StringComparison.Ordinal) && c.Sources.Length == 2);
        Assert.Equal(ClaimStatus.Corroborated, ferry.Status);
        Assert.Equal(["a1", "a2"], ferry.Sources.Select(s => s.ArticleId).Order());
        Assert.Contains(claims, c => c.Text.Contains("harbour master", StringComparison.Ordinal) && c.Status == ClaimStatus.SingleSource);
    }

    [Fact]
    public void ClaimGrouper_CountsAReprintOnce()
    {
        var story = Story(("a1", Wire), ("a2", Wire + " Reporting continues."));

        var claims = new ClaimGrouper().Group(story);

        Assert.All(claims, c => Assert.Equal(ClaimStatus.SingleSource, c.Status));
        Assert.Contains(claims, c => c.Sources.Length == 2 && c.IndependentSources == 1);
    }

    [Fact]
    public void ClaimGrouper_TakesAtMostOneSentencePerArticle()
    {
        var story = Story(
            ("a1", "The ferry will stop sailing on Friday. The ferry will stop sailing on Friday, the operator said."),
            ("a2", "The ferry service will stop sailing on Friday, its owner confirmed."));

        var claims = new ClaimGrouper().Group(story);

        Assert.All(claims, c => Assert.Equal(c.Sources.Length, c.Sources.Select(s => s.ArticleId).Distinct().Count()));
    }

    [Fact]
    public void ClaimGrouperOptions_RejectsAThresholdOutOfRange()
    {
        var error = Assert.Throws<Crosswire.Core.Errors.CrosswireException>(() => new ClaimGrouper(new ClaimGrouperOptions { SimilarityThreshold = 0 }));
        Assert.Equal("E220", error.Code);
    }
}
