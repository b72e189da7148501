using Crosswire.Core.Documents;
using Crosswire.Core.Errors;
using Crosswire.Engine.Ingestion;
using Crosswire.Ingest;
using Crosswire.Storage.Sqlite;
using Crosswire.TestKit;
using Xunit;

namespace Crosswire.Engine.Tests;

public sealed class StoryIngestorTests
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Ingestor_StoresEachContentOnceAndReportsDuplicates()
    {
        using var temp = new TempDirectory();
        await using var store = await OpenAsync(temp);
        var ingestor = new StoryIngestor(store);
        var first = Story(0, 0);
        var second = Story(0, 1);

        var report = await ingestor.IngestAsync(Outcomes(first, second, first with { Id = "copy-of-first" }), cancellationToken: Cancellation);

        Assert.Equal(2, report.Stored);
        var duplicate = Assert.Single(report.Duplicates);
        Assert.Equal(("copy-of-first", first.Id), (duplicate.ArticleId, duplicate.StoredAs));

        var again = await new StoryIngestor(store).IngestAsync(Outcomes(first, second), cancellationToken: Cancellation);
        Assert.Equal(0, again.Stored);
        Assert.Equal([first.Id, second.Id], again.Duplicates.Select(d => d.StoredAs).Order(StringComparer.Ordinal));
        Assert.Equal(2, (await store.CountAsync(Cancellation)).Articles);
    }

    [Fact]
    public async Task Ingestor_PutsArticlesOfOneStoryTogetherAcrossIngests()
    {
        using var temp = new TempDirectory();
        await using var store = await OpenAsync(temp);
        var report = await new StoryIngestor(store, new StoryIngestorOptions { ChunkSize = 2 })
            .IngestAsync(Outcomes(Story(1, 0), Story(2, 0), Story(1, 1), Story(2, 1)), cancellationToken: Cancellation);
        Assert.Equal(2, report.Stories.Length);
        Assert.All(report.Stories, story => Assert.Equal(2, story.ArticleCount));

        // A fresh ingestor (a later run) rebuilds the clusterer from the stored features.
        var later = await new StoryIngestor(store).IngestAsync(Outcomes(Story(1, 2)), cancellationToken: Cancellation);
        var story = Assert.Single(later.Stories);
        Assert.Equal((await store.FindArticleAsync(Story(1, 0).Id, Cancellation))!.StoryId, story.Id);
        Assert.Equal(3, story.ArticleCount);
        Assert.Empty(await store.CheckIntegrityAsync(Cancellation));
    }

    [Fact]
    public async Task Ingestor_ReportsBadInputsAndStoresTheRest()
    {
        using var temp = new TempDirectory();
        await using var store = await OpenAsync(temp);
        var unreadable = ReadOutcome.Rejected(ErrorCatalogue.Empty, "in/blank.txt");
        var onlyBoilerplate = ArticleKit.Article("Advertisement", "ad-only");

        var report = await new StoryIngestor(store).IngestAsync(
            [ReadOutcome.Accepted(Story(3, 0)), unreadable, ReadOutcome.Accepted(onlyBoilerplate), ReadOutcome.Accepted(Story(3, 1))],
            cancellationToken: Cancellation);

        Assert.Equal(2, report.Stored);
        Assert.Equal(["E002", "E187"], report.Rejections.Select(r => r.Code));
        Assert.Contains("ad-only", report.Rejections[1].Input, StringComparison.Ordinal);
        Assert.Null(await store.FindArticleAsync("ad-only", Cancellation));
        Assert.Equal(2, (await store.CountAsync(Cancellation)).Articles);
    }

    [Fact]
    public async Task Ingestor_StoresChangedContentUnderAnUsedIdAsANewVersion()
    {
        using var temp = new TempDirectory();
        await using var store = await OpenAsync(temp);
        var original = Story(4, 0);
        await new StoryIngestor(store).IngestAsync(Outcomes(original), cancellationToken: Cancellation);

        var report = await new StoryIngestor(store).IngestAsync(
            Outcomes(original with { Text = original.Text + " Updated at noon with a correction." }), cancellationToken: Cancellation);

        Assert.Equal((1, 1), (report.Stored, report.NewVersions));
        var version = await store.FindArticleAsync(original.Id + "@v2", Cancellation);
        Assert.NotNull(version);
        Assert.Equal(original.Id, version.VersionOf);
    }

    [Fact]
    public async Task Ingestor_TwoIngestorsOnOneDatabaseAtOnceKeepItConsistent()
    {
        using var temp = new TempDirectory();
        var path = Path.Combine(temp.Path, "shared.db");
        var left = Enumerable.Range(10, 12).SelectMany(s => new[] { Story(s, 0), Story(s, 1) }).ToArray();
        var right = Enumerable.Range(16, 12).SelectMany(s => new[] { Story(s, 1), Story(s, 2) }).ToArray();

        async Task<IngestReport> Run(Article[] articles)
        {
            await using var store = await SqliteStoryStore.OpenAsync(path, cancellationToken: Cancellation);
            return await new StoryIngestor(store, new StoryIngestorOptions { ChunkSize = 3, Parallelism = 1 })
                .IngestAsync(Outcomes(articles), cancellationToken: Cancellation);
        }

        var reports = await Task.WhenAll(Task.Run(() => Run(left), Cancellation), Task.Run(() => Run(right), Cancellation));

        await using var check = await SqliteStoryStore.OpenAsync(path, cancellationToken: Cancellation);
        var distinct = left.Concat(right).DistinctBy(article => article.Id).ToArray();
        Assert.Equal(distinct.Length, reports.Sum(report => report.Stored));
        Assert.Equal(left.Length + right.Length - distinct.Length, reports.Sum(report => report.Duplicates.Length));
        Assert.Equal(distinct.Length, (await check.CountAsync(Cancellation)).Articles);
        foreach (var article in distinct)
        {
            Assert.NotNull(await check.FindArticleAsync(article.Id, Cancellation));
        }

        Assert.Empty(await check.CheckIntegrityAsync(Cancellation));
    }

    private static Task<SqliteStoryStore> OpenAsync(TempDirectory temp) =>
        SqliteStoryStore.OpenAsync(Path.Combine(temp.Path, "stories.db"), cancellationToken: Cancellation);

    private static IEnumerable<ReadOutcome> Outcomes(params Article[] articles) => articles.Select(ReadOutcome.Accepted);

    /// <summary>An invented article <paramref name="article"/> of story <paramref name="story"/>.</summary>
    private static Article Story(int story, int article)
    {
        var id = InventedNews.ArticleId(story, article);
        return ArticleKit.Article(InventedNews.Text(story, article), id, "Fenmouth Gazette", InventedNews.Title(story, article));
    }
}
