using Crosswire.Summarization.Attribution;
using Crosswire.Summarization.Stories;
using Crosswire.Summarization.Tests.Extractive;
using Xunit;

namespace Crosswire.Summarization.Tests.Attribution;

/// <summary>The similarity threshold (<see cref="AttributionOptions.SimilarityThreshold"/>) on invented
/// paraphrase pairs and on pairs that share the story's names but not the fact.</summary>
public sealed class SourceAttributorTests
{
    private const string Filler =
        "Wenlow is a market town on the river Ossel with a population of about twelve thousand people.";

    [Theory]
    [InlineData(
        "Two hundred residents of Wenlow left their homes after the river Ossel flooded the town centre on Sunday night.",
        "The river Ossel flooded the centre of Wenlow on Sunday night, forcing two hundred residents from their homes.")]
    [InlineData(
        "The regional water board said its engineers would inspect the Ossel flood wall this week.",
        "Engineers from the regional water board will inspect the Ossel flood wall later this week.")]
    [InlineData(
        "An emergency shelter opened in the Wenlow sports hall on Monday, the town council said.",
        "The town council opened an emergency shelter in the Wenlow sports hall on Monday morning.")]
    public void Attributor_MatchesParaphrases(string first, string second)
    {
        var (attributor, story) = Build(first, second);

        var matches = attributor.Attribute(0);

        var match = Assert.Single(matches);
        Assert.Equal("a2", match.ArticleId);
        Assert.Equal(SourceMatchKind.Corroboration, match.Kind);
        Assert.True(match.Similarity >= AttributionOptions.Default.SimilarityThreshold);
        Assert.Equal(story.Articles[1].Sentences[0].Span, match.Span);
    }

    [Theory]
    [InlineData(
        "Two hundred residents of Wenlow left their homes after the river Ossel flooded the town centre on Sunday night.",
        "Football fixtures at the Wenlow ground have been postponed until the pitch on the Ossel has dried out.")]
    [InlineData(
        "The regional water board said its engineers would inspect the Ossel flood wall this week.",
        "A collection in Wenlow for families who lost belongings in the flood has raised three thousand pounds.")]
    public void Attributor_DoesNotMatchDifferentFactsAboutTheSameStory(string first, string second)
    {
        var (attributor, _) = Build(first, second);

        Assert.Empty(attributor.Attribute(0));
    }

    /// <summary>Regression: with the first threshold, 0.4, a reworded lead (similarity 0.36) was credited to
    /// the article it was taken from only, although every outlet reported it.</summary>
    [Fact]
    public void Attributor_RewordedLeadBelowOldThreshold_IsStillAttributed()
    {
        var (attributor, _) = Build(
            "The river Ossel burst its banks in Wenlow on Sunday night and two hundred residents had to leave their homes.",
            "Flood water from the river Ossel swept through the centre of Wenlow on Sunday night, forcing two hundred residents from their homes.");

        var match = Assert.Single(attributor.Attribute(0));
        Assert.InRange(match.Similarity, AttributionOptions.Default.SimilarityThreshold, 0.4);
    }

    [Fact]
    public void Attributor_IsSymmetric()
    {
        var (attributor, _) = Build(
            "The river Ossel flooded the centre of Wenlow on Sunday night, forcing two hundred residents from their homes.",
            "Two hundred residents of Wenlow left their homes after the river Ossel flooded the town centre on Sunday night.");

        Assert.Equal(attributor.Similarity(0, 2), attributor.Similarity(2, 0), 12);
    }

    private static (SourceAttributor Attributor, StoryIndex Story) Build(string first, string second)
    {
        // Each article also holds an unrelated sentence, so idf has something to compare against.
        var story = new StoryIndexer().Index("pairs", StoryKit.Story(first + " " + Filler, second + " " + Filler));
        return (new SourceAttributor(story), story);
    }
}
