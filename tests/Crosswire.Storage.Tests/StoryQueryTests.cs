using Crosswire.Storage.Stories;
using Xunit;
using static Crosswire.Storage.Tests.StoreKit;

namespace Crosswire.Storage.Tests;

/// <summary>Story listing, paging and search, run against every store implementation.</summary>
public abstract class StoryQueryTests(StoreBackend backend) : IAsyncDisposable
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    /// <inheritdoc />
    public ValueTask DisposeAsync()
    {
        GC.SuppressFinalize(this);
        return backend.DisposeAsync();
    }

    /// <summary>Six stories, story n last seen on day n + 1.</summary>
    private async Task<IStoryStore> SixStoriesAsync(bool fullText = true)
    {
        var store = await backend.OpenAsync(new StoreSettings(FullTextSearch: fullText));
        await AddAsync(store,
            Record(Article("s1", "The Kestrel bridge reopened after repairs.", "Mere Times", "Bridge reopens", Day(2)), "s1", true),
            Record(Article("s2", "Voters in Hollin elected a new mayor.", "Hollin Echo", "Hollin's new mayor", Day(3)), "s2", true),
            Record(Article("s3", "A café in Brandle won a national award.", "Brandle Post", null, Day(4)), "s3", true),
            Record(Article("s4", "The 50% rise in ferry fares angered islanders.", "Isle News", "Fares_up", Day(5)), "s4", true),
            Record(Article("s5", "Storm damage closed the Kestrel ferry terminal.", "Isle News", null, Day(6)), "s5", true),
            Record(Article("s6", "Library hours extended in Hollin.", "Hollin Echo", null, Day(7)), "s6", true));
        return store;
    }

    [Fact]
    public async Task StoryQuery_ListsNewestFirstWithTotals()
    {
        await using var store = await SixStoriesAsync();
        var page = await store.ListStoriesAsync(new StoryQuery(), Cancellation);
        Assert.Equal(["s6", "s5", "s4", "s3", "s2", "s1"], page.Stories.Select(s => s.Id));
        Assert.Equal(6, page.Total);
        var mayor = page.Stories[4];
        Assert.Equal(("s2", "Hollin's new mayor", 1, Day(3), Day(3)), (mayor.Id, mayor.Headline, mayor.ArticleCount, mayor.FirstSeen, mayor.LastSeen));
        Assert.Equal(["Hollin Echo"], mayor.Outlets);
    }

    [Fact]
    public async Task StoryQuery_HeadlineIsTheTitleMostReportsShare_NotTheEarliestDocument()
    {
        await using var store = await backend.OpenAsync(new StoreSettings(FullTextSearch: true));
        await AddAsync(store,
            Record(Article("a1", "Text of the communique.", "Velmora Council", "Full text: communique of the harbour talks", Day(2)), "s1", true),
            Record(Article("a2", "The strike is over.", "Mere Times", "Velmora ferry strike ends as union accepts overtime deal", Day(3)), "s1"));
        var twoTitles = (await store.ListStoriesAsync(new StoryQuery(), Cancellation)).Stories.Single();
        Assert.Equal("Full text: communique of the harbour talks", twoTitles.Headline);

        await AddAsync(store,
            Record(Article("a3", "Crews are back.", "Isle News", "Ferry crews return to work in Velmora after overtime deal", Day(4)), "s1"));
        var threeTitles = (await store.ListStoriesAsync(new StoryQuery(), Cancellation)).Stories.Single();
        Assert.Equal("Velmora ferry strike ends as union accepts overtime deal", threeTitles.Headline);
    }

    [Fact]
    public async Task StoryQuery_PagesWithLimitAndOffset()
    {
        await using var store = await SixStoriesAsync();
        var pages = new List<string>();
        for (var offset = 0; offset < 8; offset += 4)
        {
            var page = await store.ListStoriesAsync(new StoryQuery { Limit = 4, Offset = offset }, Cancellation);
            Assert.Equal(6, page.Total);
            pages.AddRange(page.Stories.Select(s => s.Id));
        }

        Assert.Equal(["s6", "s5", "s4", "s3", "s2", "s1"], pages);
        Assert.Empty((await store.ListStoriesAsync(new StoryQuery { Offset = 6 }, Cancellation)).Stories);
    }

    [Fact]
    public async Task StoryQuery_SinceKeepsStoriesSeenOnOrAfterIt()
    {
        await using var store = await SixStoriesAsync();
        var page = await store.ListStoriesAsync(new StoryQuery { Since = Day(5) }, Cancellation);
        Assert.Equal(["s6", "s5", "s4"], page.Stories.Select(s => s.Id));
        Assert.Equal(3, page.Total);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task StoryQuery_SearchMatchesEveryWordOfTitleOrText(bool fullText)
    {
        await using var store = await SixStoriesAsync(fullText);
        Assert.Equal(fullText, StoreBackend.UsesFullTextSearch(store));
        async Task<string[]> Search(string text, DateTimeOffset? since = null) =>
            [.. (await store.ListStoriesAsync(new StoryQuery { Search = text, Since = since }, Cancellation)).Stories.Select(s => s.Id)];

        Assert.Equal(new[] { "s5", "s1" }, await Search("kestrel"));
        Assert.Equal(new[] { "s5" }, await Search("KESTREL ferry"));
        Assert.Equal(new[] { "s6", "s2" }, await Search("Hollin"));
        Assert.Equal(new[] { "s6" }, await Search("hollin", Day(7)));
        Assert.Equal(new[] { "s2" }, await Search("mayor"));
        Assert.Empty(await Search("kestrel mayor"));
        Assert.Equal(6, (await Search("  ")).Length);
        Assert.Empty(await Search("-- ;"));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task StoryQuery_SearchTreatsQuerySyntaxAsPlainWords(bool fullText)
    {
        await using var store = await SixStoriesAsync(fullText);
        foreach (var hostile in new[] { "\"ferry", "ferry\" OR \"mayor", "NEAR(ferry", "fer*", "' OR 1=1 --", "%", "_", "ferry AND" })
        {
            var page = await store.ListStoriesAsync(new StoryQuery { Search = hostile }, Cancellation);
            Assert.True(page.Stories.Length <= 2, hostile);
        }
    }

    [Fact]
    public async Task StoryQuery_FullTextSearchIgnoresAccents()
    {
        await using var store = await SixStoriesAsync();
        var page = await store.ListStoriesAsync(new StoryQuery { Search = "cafe" }, Cancellation);
        Assert.Equal(["s3"], page.Stories.Select(s => s.Id));
    }
}

/// <summary>Story queries on SQLite.</summary>
public sealed class SqliteStoryQueryTests() : StoryQueryTests(new SqliteBackend());

/// <summary>Story queries on PostgreSQL.</summary>
public sealed class PostgresStoryQueryTests() : StoryQueryTests(new PostgresBackend());
