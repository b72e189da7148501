using Crosswire.Core.Errors;
using Crosswire.Storage.Hashing;
using Crosswire.Storage.Stories;
using Xunit;
using static Crosswire.Storage.Tests.StoreKit;

namespace Crosswire.Storage.Tests;

/// <summary>The store contract, run against every store implementation.</summary>
public abstract class StoreTests(StoreBackend backend) : IAsyncDisposable
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    /// <inheritdoc />
    public ValueTask DisposeAsync()
    {
        GC.SuppressFinalize(this);
        return backend.DisposeAsync();
    }

    [Fact]
    public async Task Store_RoundTripsAnArticleWithItsDecisionAndFeatures()
    {
        await using var store = await backend.OpenAsync();
        var article = Article("gazette/quay", "The quay at Fenmouth reopened.\n\nTraders welcomed it.", "Fenmouth Gazette", "Quay reopens", Day(4))
            with { Url = "https://gazette.example/quay", Language = "en", Origin = "in/gazette/quay.txt" };
        await AddAsync(store, Record(article, "s3", started: true) with { Assignment = new StoryAssignment("s3", true, "wire/quay", 0.93, []) });

        var stored = await store.FindArticleAsync("gazette/quay", Cancellation);
        Assert.NotNull(stored);
        Assert.Equal(article, stored.Article);
        Assert.Equal(ContentHasher.Hash(article.Text), stored.Hash);
        Assert.Equal("Quay reopens", stored.Headline);
        Assert.Equal(("s3", true, "wire/quay", 0.93), (stored.StoryId, stored.StartedStory, stored.NearDuplicateOf, stored.Similarity));
        Assert.Equal((null, 1), (stored.VersionOf, stored.Version));
        Assert.Equal(Day(4), stored.Seen);
        Assert.Equal(stored, await store.FindByHashAsync(ContentHasher.Hash(article.Text.ToUpperInvariant()), Cancellation));
        Assert.Null(await store.FindArticleAsync("nope", Cancellation));

        var features = new List<StoredFeatures>();
        await foreach (var row in store.ReadFeaturesAsync(0, Cancellation))
        {
            features.Add(row);
        }

        Assert.Equal("features:gazette/quay"u8.ToArray(), Assert.Single(features).Features.ToArray());
    }

    [Fact]
    public async Task Store_SameTextTwiceIsStoredOnceAndReportedAsDuplicate()
    {
        await using var store = await backend.OpenAsync();
        var first = await IngestAsync(store, "s1",
            Article("a", "Snow closed the Carrick pass."),
            Article("b", "SNOW closed the  Carrick\npass."),
            Article("c", "A different story about the mill."));
        Assert.Equal([AdmissionKind.New, AdmissionKind.Duplicate, AdmissionKind.New], first.Select(a => a.Kind));

        var again = await IngestAsync(store, "s1", Article("a", "Snow closed the Carrick pass."), Article("z", "Snow closed the Carrick pass."));
        Assert.Equal([AdmissionKind.Duplicate, AdmissionKind.Duplicate], again.Select(a => a.Kind));
        Assert.All(again, a => Assert.Equal("a", a.ExistingId));
        Assert.Equal(2, (await store.CountAsync(Cancellation)).Articles);
    }

    [Fact]
    public async Task Store_SameIdWithNewContentIsStoredAsTheNextVersion()
    {
        await using var store = await backend.OpenAsync();
        await IngestAsync(store, "s1", Article("feed/item-9", "Early report: the dam is holding."));
        var admissions = await IngestAsync(store, "s1", Article("feed/item-9", "Update: the dam is holding and the river is falling."));

        Assert.Equal(new Admission(AdmissionKind.NewVersion, "feed/item-9@v2", "feed/item-9", 2), admissions[0]);
        var version = await store.FindArticleAsync("feed/item-9@v2", Cancellation);
        Assert.Equal(("feed/item-9", 2), (version!.VersionOf, version.Version));
        Assert.Equal(new StoreCounts(2, 1, 0, 1), await store.CountAsync(Cancellation));
    }

    [Fact]
    public async Task Store_TransactionNotCommittedLeavesNothing()
    {
        await using var store = await backend.OpenAsync();
        await IngestAsync(store, "s1", Article("kept", "This one is committed."));
        await using (var transaction = await store.BeginAsync(Cancellation))
        {
            await transaction.AddAsync([Record(Article("lost", "This one is never committed."), "s2")], Cancellation);
        }

        Assert.Equal(new StoreCounts(1, 1, 0, 0), await store.CountAsync(Cancellation));
        Assert.Null(await store.FindArticleAsync("lost", Cancellation));
        Assert.Null(await store.GetStoryAsync("s2", Cancellation));
    }

    [Fact]
    public async Task Store_FailureInTheMiddleOfABatchRollsTheWholeBatchBack()
    {
        await using var store = await backend.OpenAsync();
        await IngestAsync(store, "s1", Article("kept", "This one is committed."));

        await using (var transaction = await store.BeginAsync(Cancellation))
        {
            var batch = new[]
            {
                Record(Article("n1", "First new article of the failing batch."), "s5", started: true),
                Record(Article("n2", "Second new article of the failing batch."), "s5"),
                // Merging a story nobody created breaks the contract half-way through the batch.
                Record(Article("n3", "Third new article of the failing batch."), "s5", false, new StoryMergeRecord("s99", "s5")),
            };
            await Assert.ThrowsAsync<InvalidOperationException>(() => transaction.AddAsync(batch, Cancellation));
        }

        Assert.Equal(new StoreCounts(1, 1, 0, 0), await store.CountAsync(Cancellation));
        Assert.Null(await store.FindArticleAsync("n1", Cancellation));
        Assert.Empty(await store.CheckIntegrityAsync(Cancellation));
    }

    [Fact]
    public async Task Store_AddingStoredContentAgainBreaksTheContractAndRollsBack()
    {
        await using var store = await backend.OpenAsync();
        await IngestAsync(store, "s1", Article("a", "Stored once."));
        await using (var transaction = await store.BeginAsync(Cancellation))
        {
            var error = await Assert.ThrowsAsync<InvalidOperationException>(() =>
                transaction.AddAsync([Record(Article("b", "Fresh text."), "s1"), Record(Article("c", "stored ONCE."), "s1")], Cancellation));
            Assert.Contains("contract", error.Message, StringComparison.Ordinal);
        }

        Assert.Equal(1, (await store.CountAsync(Cancellation)).Articles);
    }

    [Fact]
    public async Task Store_MergeMovesArticlesAndOldIdsResolveToTheSurvivor()
    {
        await using var store = await backend.OpenAsync();
        await AddAsync(store,
            Record(Article("a1", "Wildfire near Osk spreads east.", "Osk Courier", "Wildfire spreads", Day(2)), "s1", started: true),
            Record(Article("b1", "Evacuations ordered in Tarn valley.", "Valley Post", null, Day(3)), "s2", started: true),
            Record(Article("c1", "Crews contain part of the fire.", "Valley Post", null, Day(4)), "s3", started: true));
        await AddAsync(store, Record(Article("d1", "The Osk fire reached the Tarn valley.", "Osk Courier", null, Day(5)), "s1", false,
            new StoryMergeRecord("s2", "s1")));
        await AddAsync(store, Record(Article("e1", "Rain helped firefighters.", "Osk Courier", null, Day(6)), "s3", false,
            new StoryMergeRecord("s1", "s3")));

        var story = await store.GetStoryAsync("s2", Cancellation);
        Assert.NotNull(story);
        Assert.Equal("s3", story.Summary.Id);
        Assert.Equal(["a1", "b1", "c1", "d1", "e1"], story.Articles.Select(a => a.Article.Id));
        Assert.All(story.Articles, a => Assert.Equal("s3", a.StoryId));
        Assert.Equal("Wildfire spreads", story.Summary.Headline);
        Assert.Equal(["Osk Courier", "Valley Post"], story.Summary.Outlets);
        Assert.Equal((Day(2), Day(6)), (story.Summary.FirstSeen, story.Summary.LastSeen));
        Assert.Equal(new StoreCounts(5, 1, 2, 0), await store.CountAsync(Cancellation));
        Assert.Equal(["s3"], (await store.GetStoriesAsync(["s1", "s2", "s3", "s42"], Cancellation)).Select(s => s.Id));
        Assert.Empty(await store.CheckIntegrityAsync(Cancellation));
    }

    [Fact]
    public async Task Store_JoiningAMergedStoryBreaksTheContract()
    {
        await using var store = await backend.OpenAsync();
        await AddAsync(store, Record(Article("a", "Story one."), "s1", true), Record(Article("b", "Story two."), "s2", true, new StoryMergeRecord("s1", "s2")));
        await using var transaction = await store.BeginAsync(Cancellation);
        await Assert.ThrowsAsync<InvalidOperationException>(() => transaction.AddAsync([Record(Article("c", "Late."), "s1")], Cancellation));
    }

    [Fact]
    public async Task Store_ArticleAfterAMergeInTheSameBatchSeesTheMerge()
    {
        await using var store = await backend.OpenAsync();
        await AddAsync(store,
            Record(Article("a", "Bridge at Osk closes.", "Osk Courier", "Osk bridge closes", Day(2)), "s1", true),
            Record(Article("b", "Tarn road blocked.", "Valley Post", "Tarn road blocked", Day(3)), "s2", true),
            Record(Article("c", "Osk bridge and Tarn road: one storm.", "Valley Post", null, Day(4)), "s1", false, new StoryMergeRecord("s2", "s1")),
            Record(Article("d", "Storm damage counted in Osk.", "Osk Courier", null, Day(5)), "s1"),
            Record(Article("e", "A fair opens in Lund.", "Lund Herald", "Lund fair opens", Day(6)), "s3", true));
        await using (var transaction = await store.BeginAsync(Cancellation))
        {
            var error = await Assert.ThrowsAsync<InvalidOperationException>(() => transaction.AddAsync(
                [
                    Record(Article("f", "More on the Lund fair."), "s3"),
                    Record(Article("g", "Late report on the Tarn road."), "s2"),
                ],
                Cancellation));
            Assert.Contains("'g' joins story s2, which was merged into story s1", error.Message, StringComparison.Ordinal);
        }

        var story = await store.GetStoryAsync("s2", Cancellation);
        Assert.Equal("s1", story!.Summary.Id);
        Assert.Equal(["a", "b", "c", "d"], story.Articles.Select(a => a.Article.Id));
        Assert.Equal([1L, 2, 3, 4], story.Articles.Select(a => a.Sequence));
        Assert.Equal((Day(2), Day(5)), (story.Summary.FirstSeen, story.Summary.LastSeen));
        Assert.Equal(new StoreCounts(5, 2, 1, 0), await store.CountAsync(Cancellation));
        Assert.Empty(await store.CheckIntegrityAsync(Cancellation));
    }

    [Fact]
    public async Task Store_BatchOfManyStoriesKeepsEachStorysCountTimesAndHeadline()
    {
        await using var store = await backend.OpenAsync();
        await AddAsync(store, Record(Article("old", "An earlier report on the Osk ferry.", "Osk Courier", "Osk ferry delayed", Day(1)), "s0", true));
        var records = new List<ArticleRecord>();
        for (var i = 0; i < 30; i++)
        {
            var story = "s" + (i % 3);
            var title = i % 3 == 0 ? $"Osk ferry delayed again {i}" : null;
            records.Add(Record(Article($"n{i}", $"Report {i} on story {story}.", "Valley Post", title, Day(2 + i % 20)), story, i < 3));
        }

        await AddAsync(store, [.. records]);

        Assert.Equal(["s2", "s0", "s1"], (await store.GetStoriesAsync(["s2", "s0", "s9", "s1", "s0"], Cancellation)).Select(s => s.Id));
        var stories = await store.GetStoriesAsync(["s0", "s1", "s2"], Cancellation);
        Assert.Equal([11, 10, 10], stories.Select(s => s.ArticleCount));
        Assert.Equal((Day(1), Day(20)), (stories[0].FirstSeen, stories[0].LastSeen));
        Assert.Equal((Day(3), Day(21)), (stories[1].FirstSeen, stories[1].LastSeen));
        Assert.Equal("Osk ferry delayed again 0", stories[0].Headline);
        Assert.Equal("Report 1 on story s1.", stories[1].Headline);
        Assert.Equal(31, (await store.FindArticleAsync("n29", Cancellation))!.Sequence);
        Assert.Empty(await store.CheckIntegrityAsync(Cancellation));
    }

    [Fact]
    public async Task Store_HeadlineWithoutAnyTitleIsTheEarliestArticlesFirstSentence()
    {
        await using var store = await backend.OpenAsync();
        await AddAsync(store,
            Record(Article("late", "Later coverage of the landslide. More detail.", published: Day(9)), "s4", true),
            Record(Article("early", "A landslide blocked the coast road. Drivers were stranded.", published: Day(8)), "s4"));
        var story = await store.GetStoryAsync("s4", Cancellation);
        Assert.Equal("A landslide blocked the coast road.", story!.Summary.Headline);
        Assert.Equal(["early", "late"], story.Articles.Select(a => a.Article.Id));
    }

    [Fact]
    public async Task Store_UnknownArticleDateUsesTheIngestionTime()
    {
        var clock = new FixedClock(Day(20, 15));
        await using var store = await backend.OpenAsync(new StoreSettings(Clock: clock));
        await IngestAsync(store, "s1", Article("undated", "No date is known for this one."));
        var stored = await store.FindArticleAsync("undated", Cancellation);
        Assert.Equal((Day(20, 15), Day(20, 15)), (stored!.Ingested, stored.Seen));
    }

    [Fact]
    public async Task Store_WriterBlockedPastTheBusyTimeoutGetsE184()
    {
        await using var holder = await backend.OpenAsync();
        await using var waiter = await backend.OpenAsync(new StoreSettings(BusyTimeout: TimeSpan.FromMilliseconds(300)));
        await using var held = await holder.BeginAsync(Cancellation);
        var error = await Assert.ThrowsAsync<CrosswireException>(() => waiter.BeginAsync(Cancellation));
        Assert.Equal("E184", error.Code);
        Assert.Equal(0, (await waiter.CountAsync(Cancellation)).Articles);
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}

/// <summary>The store contract on SQLite.</summary>
public sealed class SqliteStoreTests() : StoreTests(new SqliteBackend());

/// <summary>The store contract on PostgreSQL.</summary>
public sealed class PostgresStoreTests() : StoreTests(new PostgresBackend());
