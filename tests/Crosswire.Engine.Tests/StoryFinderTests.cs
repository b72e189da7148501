using Crosswire.Core.Errors;
using Crosswire.Engine.Ingestion;
using Crosswire.Engine.Stories;
using Crosswire.Ingest;
using Crosswire.Storage.Sqlite;
using Crosswire.TestKit;
using Crosswire.Text.Pipeline;
using Xunit;

namespace Crosswire.Engine.Tests;

public sealed class StoryFinderTests
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public void Finder_GroupsArticlesOfEachStory()
    {
        var articles = new[] { (5, 0), (6, 0), (5, 1), (6, 1), (5, 2) }
            .Select(pair => TextPipeline.Default.Analyze(ArticleKit.Article(
                InventedNews.Text(pair.Item1, pair.Item2), InventedNews.ArticleId(pair.Item1, pair.Item2), title: InventedNews.Title(pair.Item1, pair.Item2))))
            .ToArray();

        var stories = new StoryFinder().Find(articles);

        Assert.Equal(2, stories.Length);
        Assert.Equal(["story00005-0", "story00005-1", "story00005-2"], stories[0].Articles.Select(a => a.Article.Id));
        Assert.Equal(["story00006-0", "story00006-1"], stories[1].Articles.Select(a => a.Article.Id));
    }

    [Fact]
    public async Task Loader_GivesAStoredStoryAnalysedOrTheE186Error()
    {
        using var temp = new TempDirectory();
        await using var store = await SqliteStoryStore.OpenAsync(Path.Combine(temp.Path, "s.db"), cancellationToken: Cancellation);
        var report = await new StoryIngestor(store).IngestAsync(
            [.. Enumerable.Range(0, 2).Select(i => ReadOutcome.Accepted(ArticleKit.Article(InventedNews.Text(7, i), InventedNews.ArticleId(7, i))))],
            cancellationToken: Cancellation);
        var loader = new StoryLoader(store);

        var story = await loader.LoadAsync(Assert.Single(report.Stories).Id, Cancellation);

        Assert.Equal(2, story.Articles.Length);
        Assert.All(story.Articles, article => Assert.NotEmpty(article.Sentences));
        var error = await Assert.ThrowsAsync<CrosswireException>(() => loader.LoadAsync("s-unknown", Cancellation));
        Assert.Equal("E186", error.Code);
    }
}
