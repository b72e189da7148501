using Crosswire.Core.Errors;
using Crosswire.Storage.Postgres;
using Crosswire.Storage.Stories;
using Crosswire.TestKit;
using Npgsql;
using Xunit;
using static Crosswire.Storage.Tests.StoreKit;

namespace Crosswire.Storage.Tests;

/// <summary>The PostgreSQL schema, its migrations and the errors of opening a database, on a real server.</summary>
public sealed class PostgresSchemaTests : IAsyncDisposable
{
    private TestDatabase? _database;

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }

    private async Task<TestDatabase> DatabaseAsync() => _database ??= await TestPostgres.CreateDatabaseAsync(Cancellation);

    private async Task<PostgresStoryStore> OpenAsync() => await PostgresStoryStore.OpenAsync((await DatabaseAsync()).Url, cancellationToken: Cancellation);

    private async Task<long> VersionAsync() =>
        Convert.ToInt64(await (await DatabaseAsync()).ScalarAsync($"SELECT max(version) FROM {PostgresSchema.VersionTable}", Cancellation));

    private async Task MigrateToVersion1Async(string sql)
    {
        var database = await DatabaseAsync();
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync(Cancellation);
        await PostgresSchema.MigrateAsync(connection, database.Name, TimeSpan.FromSeconds(10), targetVersion: 1, Cancellation);
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(Cancellation);
    }

    [Fact]
    public async Task PostgresSchema_FreshDatabaseIsAtTheLatestVersionAndMarkedAsCrosswires()
    {
        await using (var store = await OpenAsync())
        {
            Assert.Equal(new StoreCounts(0, 0, 0, 0), await store.CountAsync(Cancellation));
            Assert.StartsWith("postgres://crosswire@", store.Name, StringComparison.Ordinal);
            Assert.DoesNotContain(":crosswire@", store.Name, StringComparison.Ordinal);
        }

        var database = await DatabaseAsync();
        Assert.Equal(PostgresSchema.LatestVersion, await VersionAsync());
        Assert.Equal((long)PostgresSchema.Migrations.Length, await database.ScalarAsync($"SELECT count(*) FROM {PostgresSchema.VersionTable}", Cancellation));
        Assert.Equal("crosswire", await database.ScalarAsync($"SELECT obj_description('{PostgresSchema.VersionTable}'::regclass, 'pg_class')", Cancellation));
    }

    [Fact]
    public async Task PostgresSchema_OpeningAVersion1DatabaseMigratesItAndKeepsItsArticles()
    {
        await MigrateToVersion1Async("""
            INSERT INTO stories (id, headline, article_count, first_seen_ms, last_seen_ms, created_ms)
            VALUES ('s7', 'Ferry strike ends', 1, 1000, 1000, 1000);
            INSERT INTO articles (seq, id, content_hash, title, text, headline, seen_ms, ingested_ms, features, story_id,
                                  started_story, similarity)
            VALUES (1, 'old-1', decode(repeat('00', 32), 'hex'), 'Ferry strike ends', 'Crews at Lowport voted to return to work.',
                    'Ferry strike ends', 1000, 1000, '\x00', 's7', true, 0);
            """);
        Assert.Equal(1, await VersionAsync());

        await using (var store = await OpenAsync())
        {
            Assert.Equal(1, (await store.CountAsync(Cancellation)).Articles);
            var page = await store.ListStoriesAsync(new StoryQuery { Search = "lowport" }, Cancellation);
            Assert.Equal(["s7"], page.Stories.Select(s => s.Id));
            await using var transaction = await store.BeginAsync(Cancellation);
            Assert.Equal(1, transaction.LastSequence);
        }

        Assert.Equal(PostgresSchema.LatestVersion, await VersionAsync());
    }

    [Fact]
    public async Task PostgresSchema_NewerDatabaseIsRefusedWithE180()
    {
        await (await OpenAsync()).DisposeAsync();
        var database = await DatabaseAsync();
        await database.ScalarAsync($"INSERT INTO {PostgresSchema.VersionTable} (version, description) VALUES ({PostgresSchema.LatestVersion + 1}, 'from the future')", Cancellation);

        var error = await Assert.ThrowsAsync<CrosswireException>(OpenAsync);
        Assert.Equal("E180", error.Code);
        Assert.Contains(database.Name, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostgresSchema_AnotherApplicationsTablesAreRefusedWithE244()
    {
        await (await DatabaseAsync()).ScalarAsync("CREATE TABLE recipes (name text)", Cancellation);
        var error = await Assert.ThrowsAsync<CrosswireException>(OpenAsync);
        Assert.Equal("E244", error.Code);
    }

    [Fact]
    public async Task PostgresSchema_AFailedMigrationLeavesThePreviousVersion()
    {
        // A column in the way of migration 2 makes it fail after its first statement.
        await MigrateToVersion1Async("ALTER TABLE articles ADD COLUMN search text");

        var error = await Assert.ThrowsAsync<CrosswireException>(OpenAsync);
        Assert.Equal("E183", error.Code);
        Assert.Equal(1, await VersionAsync());
        Assert.Equal(0L, await (await DatabaseAsync()).ScalarAsync($"SELECT count(*) FROM pg_proc WHERE proname = '{PostgresSchema.FoldFunction}'", Cancellation));
    }

    [Fact]
    public async Task PostgresSchema_SeveralProcessesOpeningAFreshDatabaseCreateItOnce()
    {
        var url = (await DatabaseAsync()).Url;
        var stores = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => PostgresStoryStore.OpenAsync(url, cancellationToken: Cancellation))));
        foreach (var store in stores)
        {
            await IngestAsync(store, "s1", Article("a-" + Array.IndexOf(stores, store), "Opened at once number " + Array.IndexOf(stores, store)));
            await store.DisposeAsync();
        }

        Assert.Equal((long)PostgresSchema.Migrations.Length, await (await DatabaseAsync()).ScalarAsync($"SELECT count(*) FROM {PostgresSchema.VersionTable}", Cancellation));
    }

    [Fact]
    public async Task PostgresSchema_AWrongPasswordIsE241NamingTheServerNotThePassword()
    {
        var builder = new NpgsqlConnectionStringBuilder((await DatabaseAsync()).ConnectionString) { Password = "not-the-password" };
        var error = await Assert.ThrowsAsync<CrosswireException>(() => PostgresStoryStore.OpenAsync(builder.ConnectionString, cancellationToken: Cancellation));
        Assert.Equal("E241", error.Code);
        Assert.Contains(builder.Database!, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("not-the-password", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostgresSchema_AMissingDatabaseIsE242()
    {
        var builder = new NpgsqlConnectionStringBuilder((await DatabaseAsync()).ConnectionString) { Database = "no_such_archive" };
        var error = await Assert.ThrowsAsync<CrosswireException>(() => PostgresStoryStore.OpenAsync(builder.ConnectionString, cancellationToken: Cancellation));
        Assert.Equal("E242", error.Code);
        Assert.Contains("no_such_archive", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostgresSchema_NoServerOnThePortIsE240()
    {
        // Port 1 on loopback: nothing listens there, the connection is refused at once.
        var error = await Assert.ThrowsAsync<CrosswireException>(() =>
            PostgresStoryStore.OpenAsync("postgres://ann:secret@127.0.0.1:1/news", cancellationToken: Cancellation));
        Assert.Equal("E240", error.Code);
        Assert.StartsWith("postgres://ann@127.0.0.1:1/news: ", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("secret", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostgresSchema_FastAccentFoldingFoldsEveryCharacterAsTheFirstOne()
    {
        var database = await DatabaseAsync();
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync(Cancellation);
        await PostgresSchema.MigrateAsync(connection, database.Name, TimeSpan.FromSeconds(10), targetVersion: 2, Cancellation);
        // Every code point but the surrogates, alone and inside a word, folded by version 2's function.
        const string Characters = "SELECT chr(c) AS ch FROM generate_series(1, 70000) c WHERE c NOT BETWEEN 55296 AND 57343";
        await using (var keep = new NpgsqlCommand(
            $"CREATE TABLE folded AS SELECT ch, {PostgresSchema.FoldFunction}(ch) AS alone, {PostgresSchema.FoldFunction}('Ab' || ch || 'cd') AS inside FROM ({Characters}) x",
            connection))
        {
            await keep.ExecuteNonQueryAsync(Cancellation);
        }

        await PostgresSchema.MigrateAsync(connection, database.Name, TimeSpan.FromSeconds(10), cancellationToken: Cancellation);

        Assert.Equal(PostgresSchema.LatestVersion, await VersionAsync());
        Assert.Equal(0L, await database.ScalarAsync(
            $"SELECT count(*) FROM folded WHERE alone IS DISTINCT FROM {PostgresSchema.FoldFunction}(ch) OR inside IS DISTINCT FROM {PostgresSchema.FoldFunction}('Ab' || ch || 'cd')",
            Cancellation));
        Assert.Equal("Sao Tome, Zurich, Łodz", await database.ScalarAsync($"SELECT {PostgresSchema.FoldFunction}('São Tomé, Zürich, Łódź')", Cancellation));
    }
}
