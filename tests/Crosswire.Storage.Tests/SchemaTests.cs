using Crosswire.Core.Errors;
using Crosswire.Storage.Sqlite;
using Crosswire.Storage.Stories;
using Crosswire.TestKit;
using Microsoft.Data.Sqlite;
using Xunit;
using static Crosswire.Storage.Tests.StoreKit;

namespace Crosswire.Storage.Tests;

public sealed class SchemaTests
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    private static async Task<T> WithConnectionAsync<T>(string path, Func<SqliteConnection, Task<T>> use)
    {
        var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        await using (connection)
        {
            await connection.OpenAsync(Cancellation);
            return await use(connection);
        }
    }

    private static Task<object?> ScalarAsync(string path, string sql) =>
        WithConnectionAsync(path, async connection =>
        {
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            return await command.ExecuteScalarAsync(Cancellation);
        });

    /// <summary>Creates a database at schema version 1 and runs <paramref name="sql"/> on it.</summary>
    private static Task<int> CreateVersion1Async(string path, string sql) =>
        WithConnectionAsync(path, async connection =>
        {
            await SqliteSchema.MigrateAsync(connection, path, targetVersion: 1, Cancellation);
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            return await command.ExecuteNonQueryAsync(Cancellation);
        });

    [Fact]
    public async Task Schema_FreshDatabaseIsAtTheLatestVersionInWalMode()
    {
        using var temp = new TempDirectory();
        var path = Path.Combine(temp.Path, "fresh.db");
        await using (var store = await SqliteStoryStore.OpenAsync(path, cancellationToken: Cancellation))
        {
            Assert.True(store.UsesFullTextSearch);
            Assert.Equal(new StoreCounts(0, 0, 0, 0), await store.CountAsync(Cancellation));
        }

        Assert.Equal((long)SqliteSchema.LatestVersion, await ScalarAsync(path, "PRAGMA user_version"));
        Assert.Equal((long)SqliteSchema.ApplicationId, await ScalarAsync(path, "PRAGMA application_id"));
        Assert.Equal("wal", await ScalarAsync(path, "PRAGMA journal_mode"));
    }

    [Fact]
    public async Task Schema_OpeningAVersion1DatabaseMigratesItAndKeepsItsArticles()
    {
        using var temp = new TempDirectory();
        var path = Path.Combine(temp.Path, "v1.db");
        await CreateVersion1Async(path, """
                INSERT INTO stories (id, headline, article_count, first_seen_ms, last_seen_ms, created_ms)
                VALUES ('s7', 'Ferry strike ends', 1, 1000, 1000, 1000);
                INSERT INTO articles (id, content_hash, title, text, headline, seen_ms, ingested_ms, features, story_id,
                                      started_story, similarity)
                VALUES ('old-1', zeroblob(32), 'Ferry strike ends', 'Crews at Lowport voted to return to work.',
                        'Ferry strike ends', 1000, 1000, x'00', 's7', 1, 0);
                """);
        Assert.Equal(1L, await ScalarAsync(path, "PRAGMA user_version"));

        await using (var store = await SqliteStoryStore.OpenAsync(path, cancellationToken: Cancellation))
        {
            Assert.Equal(1, (await store.CountAsync(Cancellation)).Articles);
            var page = await store.ListStoriesAsync(new StoryQuery { Search = "lowport" }, Cancellation);
            Assert.Equal(["s7"], page.Stories.Select(s => s.Id));
            Assert.Equal("old-1", (await store.FindArticleAsync("old-1", Cancellation))!.Article.Id);
        }

        Assert.Equal((long)SqliteSchema.LatestVersion, await ScalarAsync(path, "PRAGMA user_version"));
    }

    [Fact]
    public async Task Schema_NewerDatabaseIsRefusedWithE180()
    {
        using var temp = new TempDirectory();
        var path = Path.Combine(temp.Path, "newer.db");
        await (await SqliteStoryStore.OpenAsync(path, cancellationToken: Cancellation)).DisposeAsync();
        await ScalarAsync(path, $"PRAGMA user_version = {SqliteSchema.LatestVersion + 1}");

        var error = await Assert.ThrowsAsync<CrosswireException>(() => SqliteStoryStore.OpenAsync(path, cancellationToken: Cancellation));
        Assert.Equal("E180", error.Code);
        Assert.StartsWith(path, error.Message, StringComparison.Ordinal);
        Assert.Equal((long)SqliteSchema.LatestVersion + 1, await ScalarAsync(path, "PRAGMA user_version"));
    }

    [Fact]
    public async Task Schema_AnotherApplicationsDatabaseIsRefusedWithE182()
    {
        using var temp = new TempDirectory();
        var path = Path.Combine(temp.Path, "other.db");
        await ScalarAsync(path, "CREATE TABLE recipes (name TEXT)");
        var error = await Assert.ThrowsAsync<CrosswireException>(() => SqliteStoryStore.OpenAsync(path, cancellationToken: Cancellation));
        Assert.Equal("E182", error.Code);
    }

    [Fact]
    public async Task Schema_AFileThatIsNotADatabaseIsRefusedWithE181()
    {
        using var temp = new TempDirectory();
        var path = temp.Write("notes.db", "These are plain notes, not a database file. " + new string('x', 200));
        var error = await Assert.ThrowsAsync<CrosswireException>(() => SqliteStoryStore.OpenAsync(path, cancellationToken: Cancellation));
        Assert.Equal("E181", error.Code);
        Assert.StartsWith(path, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Schema_AMissingFolderIsRefusedWithE181()
    {
        using var temp = new TempDirectory();
        var path = Path.Combine(temp.Path, "no", "such", "folder", "x.db");
        var error = await Assert.ThrowsAsync<CrosswireException>(() => SqliteStoryStore.OpenAsync(path, cancellationToken: Cancellation));
        Assert.Equal("E181", error.Code);
    }

    [Fact]
    public async Task Schema_AFailedMigrationLeavesThePreviousVersion()
    {
        using var temp = new TempDirectory();
        var path = Path.Combine(temp.Path, "broken.db");
        // A trigger in the way of migration 2 makes it fail after its first statement.
        await CreateVersion1Async(path, "CREATE TABLE dummy (x); CREATE TRIGGER articles_search_insert AFTER INSERT ON dummy BEGIN SELECT 1; END;");

        var error = await Assert.ThrowsAsync<CrosswireException>(() => SqliteStoryStore.OpenAsync(path, cancellationToken: Cancellation));
        Assert.Equal("E183", error.Code);
        Assert.Equal(1L, await ScalarAsync(path, "PRAGMA user_version"));
        Assert.Equal(0L, await ScalarAsync(path, "SELECT count(*) FROM sqlite_master WHERE name = 'article_search'"));
    }

    [Fact]
    public async Task Schema_OpeningTwiceIsHarmless()
    {
        using var temp = new TempDirectory();
        await using (var first = await OpenAsync(temp))
        {
            await IngestAsync(first, "s1", Article("a", "One article about the bridge."));
        }

        await using var second = await OpenAsync(temp);
        Assert.Equal(1, (await second.CountAsync(Cancellation)).Articles);
    }
}
