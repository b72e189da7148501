using Crosswire.Storage.Postgres;
using Crosswire.Storage.Sqlite;
using Crosswire.TestKit;
using Xunit;

namespace Crosswire.Storage.Tests;

/// <summary>The options both stores have that the contract tests vary (null: the store's default).</summary>
public sealed record StoreSettings(TimeProvider? Clock = null, TimeSpan? BusyTimeout = null, bool FullTextSearch = true);

/// <summary>One empty store per test, of one implementation; every <see cref="OpenAsync"/> of a test opens the
/// same database. The contract tests run once per backend.</summary>
public abstract class StoreBackend : IAsyncDisposable
{
    /// <summary>Opens the test's database with <paramref name="settings"/>.</summary>
    public abstract Task<IStoryStore> OpenAsync(StoreSettings? settings = null);

    /// <summary>True when <paramref name="store"/> searches with its full-text index.</summary>
    public static bool UsesFullTextSearch(IStoryStore store) => store switch
    {
        SqliteStoryStore sqlite => sqlite.UsesFullTextSearch,
        PostgresStoryStore postgres => postgres.UsesFullTextSearch,
        _ => throw new ArgumentException("unknown store", nameof(store)),
    };

    /// <summary>Removes the test's database.</summary>
    public abstract ValueTask DisposeAsync();
}

/// <summary>A SQLite file in a temporary folder.</summary>
public sealed class SqliteBackend : StoreBackend
{
    private readonly TempDirectory _temp = new();

    /// <inheritdoc />
    public override async Task<IStoryStore> OpenAsync(StoreSettings? settings = null)
    {
        settings ??= new StoreSettings();
        var defaults = SqliteStoryStoreOptions.Default;
        var options = new SqliteStoryStoreOptions
        {
            Clock = settings.Clock ?? defaults.Clock,
            BusyTimeout = settings.BusyTimeout ?? defaults.BusyTimeout,
            UseFullTextSearch = settings.FullTextSearch,
        };
        return await SqliteStoryStore.OpenAsync(Path.Combine(_temp.Path, "test.db"), options, TestContext.Current.CancellationToken);
    }

    /// <inheritdoc />
    public override ValueTask DisposeAsync()
    {
        _temp.Dispose();
        return ValueTask.CompletedTask;
    }
}

/// <summary>A fresh database on the test PostgreSQL server (see <see cref="TestPostgres"/>), created on first use.</summary>
public sealed class PostgresBackend : StoreBackend
{
    private TestDatabase? _database;

    /// <inheritdoc />
    public override async Task<IStoryStore> OpenAsync(StoreSettings? settings = null)
    {
        settings ??= new StoreSettings();
        var cancellation = TestContext.Current.CancellationToken;
        _database ??= await TestPostgres.CreateDatabaseAsync(cancellation);
        var defaults = PostgresStoryStoreOptions.Default;
        var options = new PostgresStoryStoreOptions
        {
            Clock = settings.Clock ?? defaults.Clock,
            BusyTimeout = settings.BusyTimeout ?? defaults.BusyTimeout,
            UseFullTextSearch = settings.FullTextSearch,
        };
        return await PostgresStoryStore.OpenAsync(_database.Url, options, cancellation);
    }

    /// <inheritdoc />
    public override async ValueTask DisposeAsync()
    {
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }
}
