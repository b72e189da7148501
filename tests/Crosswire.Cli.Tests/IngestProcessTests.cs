using System.Diagnostics;
using System.Text.Json;
using Crosswire.Storage;
using Crosswire.Storage.Postgres;
using Crosswire.TestKit;
using Xunit;

namespace Crosswire.Cli.Tests;

/// <summary>The built <c>crosswire ingest</c> run as real child processes: killed in the middle, and two at
/// once, against each kind of store.</summary>
public abstract class IngestProcessTests : IAsyncDisposable
{
    private const int Chunk = 100;

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    /// <inheritdoc />
    public virtual ValueTask DisposeAsync()
    {
        GC.SuppressFinalize(this);
        return ValueTask.CompletedTask;
    }

    /// <summary>The <c>--db</c> of an empty store for this test (a file goes in <paramref name="temp"/>).</summary>
    protected abstract Task<string> NewDatabaseAsync(TempDirectory temp);

    [Fact]
    public async Task Ingest_KilledMidwayThenRunAgain_StoresEveryArticleOnce()
    {
        using var temp = new TempDirectory();
        var input = Path.Combine(temp.Path, "in");
        var ids = InventedNews.WriteFolder(input, stories: 1000, articlesPerStory: 3);
        var database = await NewDatabaseAsync(temp);

        using (var child = Start("ingest", input, "--db", database, "--chunk", $"{Chunk}", "--format", "json"))
        {
            var stored = await WaitForArticlesAsync(database, atLeast: 3 * Chunk, child);
            child.Kill(entireProcessTree: true); // SIGKILL: no clean-up runs.
            await child.WaitForExitAsync(Cancellation);
            Assert.True(stored < ids.Count, "the ingest finished before it could be killed");
        }

        long afterKill;
        await using (var store = await StoryStores.OpenAsync(database, Cancellation))
        {
            Assert.Empty(await store.CheckIntegrityAsync(Cancellation));
            afterKill = (await store.CountAsync(Cancellation)).Articles;
            Assert.InRange(afterKill, 3 * Chunk, ids.Count - 1);
            Assert.Equal(0, afterKill % Chunk); // whole chunks only
        }

        var (exit, output, error) = await RunAsync("ingest", input, "--db", database, "--chunk", $"{Chunk}", "--format", "json");
        Assert.True(exit == 0, $"exit {exit}: {error}");
        using (var report = JsonDocument.Parse(output))
        {
            Assert.Equal(afterKill, report.RootElement.GetProperty("duplicates").GetInt64());
            Assert.Equal(ids.Count - afterKill, report.RootElement.GetProperty("new").GetInt64());
            Assert.Equal(0, report.RootElement.GetProperty("rejected").GetInt32());
        }

        await using (var store = await StoryStores.OpenAsync(database, Cancellation))
        {
            Assert.Empty(await store.CheckIntegrityAsync(Cancellation));
            var counts = await store.CountAsync(Cancellation);
            Assert.Equal(ids.Count, counts.Articles);
            Assert.Equal(0, counts.Versions);
            foreach (var id in ids)
            {
                Assert.NotNull(await store.FindArticleAsync(id, Cancellation));
            }

            // Stories hold every article once: their sizes add up to the article count.
            var page = await store.ListStoriesAsync(new Storage.Stories.StoryQuery { Limit = 10_000 }, Cancellation);
            Assert.Equal(ids.Count, page.Stories.Sum(story => story.ArticleCount));
        }
    }

    [Fact]
    public async Task Ingest_TwoProcessesIntoOneDatabase_TakeTurnsWithoutCorruptingIt()
    {
        using var temp = new TempDirectory();
        var left = Path.Combine(temp.Path, "left");
        var right = Path.Combine(temp.Path, "right");
        var ids = InventedNews.WriteFolder(left, stories: 200, articlesPerStory: 3);
        InventedNews.WriteFolder(right, stories: 200, articlesPerStory: 3);
        var database = await NewDatabaseAsync(temp);

        var runs = await Task.WhenAll(
            RunAsync("ingest", left, "--db", database, "--chunk", "25", "--format", "json"),
            RunAsync("ingest", right, "--db", database, "--chunk", "25", "--format", "json"));

        var stored = 0L;
        var duplicates = 0L;
        foreach (var (exit, output, error) in runs)
        {
            Assert.True(exit == 0, $"exit {exit}: {error}");
            using var report = JsonDocument.Parse(output);
            stored += report.RootElement.GetProperty("new").GetInt64();
            duplicates += report.RootElement.GetProperty("duplicates").GetInt64();
        }

        // The two folders hold the same articles: each is stored by one process, a duplicate for the other.
        Assert.Equal((ids.Count, ids.Count), (stored, duplicates));
        await using var store = await StoryStores.OpenAsync(database, Cancellation);
        Assert.Empty(await store.CheckIntegrityAsync(Cancellation));
        Assert.Equal(ids.Count, (await store.CountAsync(Cancellation)).Articles);

        // Each article is in exactly one live story, reached from the story it joined through any merges.
        var page = await store.ListStoriesAsync(new Storage.Stories.StoryQuery { Limit = 10_000 }, Cancellation);
        Assert.Equal(ids.Count, page.Stories.Sum(story => story.ArticleCount));
        foreach (var id in ids)
        {
            var article = await store.FindArticleAsync(id, Cancellation);
            var story = await store.GetStoryAsync(article!.StoryId, Cancellation);
            Assert.Contains(story!.Articles, member => member.Article.Id == id);
        }
    }

    private static Process Start(params string[] arguments)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "crosswire.dll"));
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        info.Environment["CI"] = "true"; // no progress bar
        return Process.Start(info) ?? throw new InvalidOperationException("crosswire did not start");
    }

    /// <summary>Runs the CLI to the end; its exit code, standard output and standard error.</summary>
    protected static async Task<(int Exit, string Output, string Error)> RunAsync(params string[] arguments)
    {
        using var child = Start(arguments);
        var output = child.StandardOutput.ReadToEndAsync(Cancellation);
        var error = child.StandardError.ReadToEndAsync(Cancellation);
        await child.WaitForExitAsync(Cancellation);
        return (child.ExitCode, await output, await error);
    }

    /// <summary>Polls the database until it holds <paramref name="atLeast"/> articles; returns the count seen.</summary>
    private static async Task<long> WaitForArticlesAsync(string database, int atLeast, Process child)
    {
        // Drain the pipes so the child never blocks on a full one.
        _ = child.StandardOutput.ReadToEndAsync(Cancellation);
        var error = child.StandardError.ReadToEndAsync(Cancellation);
        var deadline = DateTime.UtcNow.AddMinutes(3);
        while (DateTime.UtcNow < deadline)
        {
            if (child.HasExited)
            {
                throw new InvalidOperationException($"crosswire exited ({child.ExitCode}) before it was killed: {await error}");
            }

            if (PostgresAddress.IsPostgres(database) || File.Exists(database))
            {
                try
                {
                    await using var store = await StoryStores.OpenAsync(database, Cancellation);
                    var count = (await store.CountAsync(Cancellation)).Articles;
                    if (count >= atLeast)
                    {
                        return count;
                    }
                }
                catch (Core.Errors.CrosswireException)
                {
                    // The child is still creating the schema.
                }
            }

            await Task.Delay(20, Cancellation);
        }

        throw new TimeoutException($"fewer than {atLeast} articles stored after 3 minutes");
    }
}

/// <summary>Ingest processes on a SQLite file.</summary>
public sealed class SqliteIngestProcessTests : IngestProcessTests
{
    /// <inheritdoc />
    protected override Task<string> NewDatabaseAsync(TempDirectory temp) => Task.FromResult(Path.Combine(temp.Path, "stories.db"));
}

/// <summary>Ingest processes on a PostgreSQL database of the test server.</summary>
public sealed class PostgresIngestProcessTests : IngestProcessTests
{
    private TestDatabase? _database;

    /// <inheritdoc />
    public override async ValueTask DisposeAsync()
    {
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }

        await base.DisposeAsync();
    }

    /// <inheritdoc />
    protected override async Task<string> NewDatabaseAsync(TempDirectory temp)
    {
        _database = await TestPostgres.CreateDatabaseAsync(TestContext.Current.CancellationToken);
        return _database.Url;
    }

    [Fact]
    public async Task Ingest_WrongPasswordOrNoServer_ReportsTheCatalogueErrorWithoutAStackTrace()
    {
        using var temp = new TempDirectory();
        var input = Path.Combine(temp.Path, "in");
        InventedNews.WriteFolder(input, stories: 2, articlesPerStory: 1);
        var server = PostgresAddress.Parse(await NewDatabaseAsync(temp));
        foreach (var (database, code) in new[]
        {
            ($"postgres://{server.Username}:not-the-password@{server.Host}:{server.Port}/{server.Database}", "E241"),
            ($"postgres://{server.Username}:not-the-password@127.0.0.1:1/{server.Database}", "E240"),
        })
        {
            var (exit, output, error) = await RunAsync("ingest", input, "--db", database);
            Assert.Equal(2, exit);
            Assert.Empty(output);
            Assert.StartsWith("crosswire: postgres://", error, StringComparison.Ordinal);
            Assert.Contains($"[{code}]", error, StringComparison.Ordinal);
            Assert.DoesNotContain("not-the-password", error, StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
        }
    }
}
