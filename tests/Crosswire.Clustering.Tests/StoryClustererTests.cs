using Crosswire.Clustering;
using Crosswire.Core.Errors;
using Xunit;
using static Crosswire.Clustering.Tests.ClusteringKit;

namespace Crosswire.Clustering.Tests;

public sealed class StoryClustererTests
{
    private const string NewOpening =
        "Thousands of travellers were left stuck at the Velmora harbour on Tuesday when ferry crews began an open-ended strike over pay.";

    private const string UpdateParagraphs =
        "\n\nUpdate: Late on Tuesday the Velmora district court set a hearing for Friday morning, and the union said pickets would stay at the terminal overnight. " +
        "The regional council opened a school hall for passengers who could not find rooms in town.\n\n" +
        "Meridian Ferry Company said a skeleton service to the largest island would run on Wednesday with managers at the helm.";

    [Fact]
    public void StoryClusterer_ExactCopyIsNearDuplicate()
    {
        var clusterer = new StoryClusterer();
        var first = clusterer.Add(Features(FerryStrike, "outlet-a/1"));
        var copy = clusterer.Add(Features(FerryStrike, "outlet-b/7"));
        Assert.True(first.StartedStory);
        Assert.False(copy.StartedStory);
        Assert.Equal("outlet-a/1", copy.NearDuplicateOf);
        Assert.Equal(1.0, copy.Similarity);
        Assert.Equal(first.StoryId, copy.StoryId);
    }

    [Fact]
    public void StoryClusterer_CopyWithNewHeadlineAndOpeningIsNearDuplicate()
    {
        // A wire lede is one sentence: the reprint rewrites it and keeps the rest.
        var edited = NewOpening + FerryStrike[FerryStrike.IndexOf(" The Harbour", StringComparison.Ordinal)..];
        var clusterer = new StoryClusterer();
        var first = clusterer.Add(Features(FerryStrike, "wire/1", title: "Ferry crews strike"));
        var reprint = clusterer.Add(Features(edited, "paper/3", title: "Islanders stranded as ferry crews walk out"));
        Assert.Equal("wire/1", reprint.NearDuplicateOf);
        Assert.Equal(first.StoryId, reprint.StoryId);
    }

    [Fact]
    public void StoryClusterer_UpdateAddingParagraphsIsNearDuplicate()
    {
        var clusterer = new StoryClusterer();
        var first = clusterer.Add(Features(FerryStrike, "wire/1"));
        var update = clusterer.Add(Features(FerryStrike + UpdateParagraphs, "wire/1-update"));
        Assert.Equal("wire/1", update.NearDuplicateOf);
        Assert.True(update.Similarity >= 0.5);
        Assert.Equal(first.StoryId, update.StoryId);
    }

    [Fact]
    public void StoryClusterer_DifferentReportsAreNotNearDuplicates()
    {
        var clusterer = new StoryClusterer();
        var strike = clusterer.Add(Features(FerryStrike, "a/1"));
        var followUp = clusterer.Add(Features(FerryStrikeFollowUp, "b/1"));
        var rail = clusterer.Add(Features(RailTimetable, "c/1"));
        Assert.Null(followUp.NearDuplicateOf);
        Assert.Null(rail.NearDuplicateOf);
        Assert.Equal(strike.StoryId, followUp.StoryId);
        Assert.True(rail.StartedStory);
        Assert.NotEqual(strike.StoryId, rail.StoryId);
    }

    [Fact]
    public void StoryClusterer_ArticleBridgingTwoStoriesMergesThem()
    {
        var clusterer = new StoryClusterer();
        var strike = clusterer.Add(Features(FerryStrike, "a/1"));
        var comet = clusterer.Add(Features(Comet, "b/1"));
        Assert.NotEqual(strike.StoryId, comet.StoryId);
        Assert.Equal(2, clusterer.StoryCount);

        var bridge = clusterer.Add(Features(FerryStrike + "\n\n" + Comet, "c/1"));
        Assert.Equal(strike.StoryId, bridge.StoryId);
        Assert.Equal([new StoryMerge(comet.StoryId, strike.StoryId)], bridge.Merges);
        Assert.Equal(1, clusterer.StoryCount);
        Assert.Equal(strike.StoryId, clusterer.StoryOf("b/1"));
        Assert.Equal(strike.StoryId, clusterer.CurrentStoryId(comet.StoryId));
        Assert.Equal(["a/1", "b/1", "c/1"], clusterer.ArticlesOf(comet.StoryId).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void StoryClusterer_PartitionDoesNotDependOnArrivalOrder()
    {
        string[] texts = [FerryStrike, FerryStrikeFollowUp, Comet, CometFollowUp, RailTimetable];
        var features = texts.Select((text, i) => Features(text, $"x/{i}")).ToArray();
        string[] expected = ["x/0 x/1", "x/2 x/3", "x/4"];
        foreach (var order in Permutations(Enumerable.Range(0, texts.Length).ToList()))
        {
            var clusterer = new StoryClusterer();
            foreach (var i in order)
            {
                clusterer.Add(features[i]);
            }

            var partition = clusterer.StoryIds
                .Select(story => string.Join(' ', clusterer.ArticlesOf(story).Order(StringComparer.Ordinal)))
                .Order(StringComparer.Ordinal);
            Assert.Equal(expected, partition);
        }
    }

    [Fact]
    public void StoryClusterer_ReplayGivesTheSameDecisionsAndStoryIds()
    {
        var features = new[]
        {
            Features(Comet, "k/1"), Features(FerryStrike, "k/2"), Features("Page not found.", "k/3"),
            Features(FerryStrike, "k/4"), Features(CometFollowUp, "k/5"), Features(RailTimetable, "k/6"),
        };
        var first = new StoryClusterer();
        var decisions = features.Select(first.Add).ToList();
        var stored = features.Select(item => item.Serialize()).ToList();

        var second = new StoryClusterer();
        var replayed = stored.Select(bytes => second.Add(ArticleFeatures.Deserialize(bytes))).ToList();
        Assert.Equal(decisions, replayed, DecisionComparer.Instance);
        var rebuilt = StoryClusterer.Replay(features);
        Assert.Equal(first.StoryIds, rebuilt.StoryIds);
        Assert.All(features, item => Assert.Equal(first.StoryOf(item.ArticleId), rebuilt.StoryOf(item.ArticleId)));
        Assert.StartsWith("s-", decisions[0].StoryId, StringComparison.Ordinal);
    }

    [Fact]
    public void StoryClusterer_EmptyAndOneWordArticlesStartTheirOwnStories()
    {
        var clusterer = new StoryClusterer(new ClusteringOptions { PlaceContentlessByArrival = false });
        var strike = clusterer.Add(Features(FerryStrike, "a/1"));
        var empty = clusterer.Add(Features("   .", "a/2"));
        var word = clusterer.Add(Features("Strike", "a/3"));
        Assert.True(empty.Contentless);
        Assert.True(word.Contentless);
        Assert.True(empty.StartedStory);
        Assert.NotEqual(strike.StoryId, empty.StoryId);
        Assert.NotEqual(empty.StoryId, word.StoryId);
        Assert.Equal(3, clusterer.StoryCount);
    }

    [Fact]
    public void StoryClusterer_ContentlessRunBetweenOneStoryJoinsIt()
    {
        var clusterer = new StoryClusterer();
        var strike = clusterer.Add(Features(FerryStrike, "a/1"));
        var notice = clusterer.Add(Features("Access denied.", "a/2"));
        var followUp = clusterer.Add(Features(FerryStrikeFollowUp, "a/3"));
        Assert.True(notice.Contentless);
        Assert.Equal(strike.StoryId, followUp.StoryId);
        Assert.Equal([new StoryMerge(notice.StoryId, strike.StoryId)], followUp.Merges);
        Assert.Equal(strike.StoryId, clusterer.StoryOf("a/2"));
    }

    [Fact]
    public void StoryClusterer_RepeatedArticleIdIsE170()
    {
        var clusterer = new StoryClusterer();
        clusterer.Add(Features(FerryStrike, "a/1"));
        var error = Assert.Throws<CrosswireException>(() => clusterer.Add(Features(Comet, "a/1")));
        Assert.Equal("E170", error.Code);
        Assert.Equal(1, clusterer.ArticleCount);
    }

    [Fact]
    public void StoryClusterer_DistantDatesKeepSimilarReportsApart()
    {
        var day = new DateTimeOffset(2031, 3, 1, 9, 0, 0, TimeSpan.Zero);
        var near = new StoryClusterer();
        var spring = near.Add(Features(FerryStrike, "a/1", published: day));
        Assert.Equal(spring.StoryId, near.Add(Features(FerryStrikeFollowUp, "a/2", published: day.AddDays(2))).StoryId);

        var far = new StoryClusterer();
        far.Add(Features(FerryStrike, "a/1", published: day));
        Assert.True(far.Add(Features(FerryStrikeFollowUp, "a/2", published: day.AddDays(400))).StartedStory);
    }

    private static IEnumerable<List<int>> Permutations(List<int> items)
    {
        if (items.Count <= 1)
        {
            yield return items;
            yield break;
        }

        foreach (var head in items)
        {
            foreach (var tail in Permutations(items.Where(item => item != head).ToList()))
            {
                yield return [head, .. tail];
            }
        }
    }

    private sealed class DecisionComparer : IEqualityComparer<ClusterDecision>
    {
        public static DecisionComparer Instance { get; } = new();

        public bool Equals(ClusterDecision? x, ClusterDecision? y) =>
            x is not null && y is not null && x.ArticleId == y.ArticleId && x.StoryId == y.StoryId
            && x.StartedStory == y.StartedStory && x.NearDuplicateOf == y.NearDuplicateOf
            && x.Similarity == y.Similarity && x.Contentless == y.Contentless && x.Merges.SequenceEqual(y.Merges);

        public int GetHashCode(ClusterDecision obj) => obj.ArticleId.GetHashCode(StringComparison.Ordinal);
    }
}
