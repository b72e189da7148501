using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using Crosswire.Core.Errors;
using Crosswire.Storage.Hashing;
using Crosswire.Storage.Relational;
using Crosswire.Storage.Stories;
using Microsoft.Data.Sqlite;

namespace Crosswire.Storage.Sqlite;

/// <summary>
/// The SQLite <see cref="IStoryStore"/>: one database file (default <see cref="DefaultPath"/>) in WAL mode
/// with foreign keys on, a versioned schema (<see cref="SqliteSchema"/>) and FTS5 search. Write transactions
/// take SQLite's write lock at once (<c>BEGIN IMMEDIATE</c>), so writers from several processes take turns,
/// waiting up to <see cref="SqliteStoryStoreOptions.BusyTimeout"/>; readers never wait. A transaction killed
/// before its commit leaves no trace. Failures are <see cref="CrosswireException"/>s naming the file
/// (E180–E185).
/// </summary>
public sealed class SqliteStoryStore : IStoryStore
{
    /// <summary>The database file used when none is given.</summary>
    public const string DefaultPath = "crosswire.db";

    private readonly string _connectionString;
    private readonly SqliteStoryStoreOptions _options;
    private readonly bool _fullTextSearch;

    private SqliteStoryStore(string path, string connectionString, SqliteStoryStoreOptions options, bool fullTextSearch)
    {
        Name = path;
        _connectionString = connectionString;
        _options = options;
        _fullTextSearch = fullTextSearch;
    }

    /// <inheritdoc />
    public string Name { get; }

    /// <summary>True when search uses the FTS5 index (else <c>LIKE</c>).</summary>
    public bool UsesFullTextSearch => _fullTextSearch;

    /// <summary>
    /// Opens the database at <paramref name="path"/>, creating it when missing and migrating it when older.
    /// Throws E181 when it cannot be opened or is not a database, E182 when it is another application's,
    /// E180 when its schema is newer than this build, E183 when a migration fails.
    /// </summary>
    public static async Task<SqliteStoryStore> OpenAsync(string path, SqliteStoryStoreOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        options ??= SqliteStoryStoreOptions.Default;
        var builder = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Cache = SqliteCacheMode.Private,
            Pooling = true,
            ForeignKeys = true,
            DefaultTimeout = Math.Max(1, (int)Math.Ceiling(options.BusyTimeout.TotalSeconds)),
        };
        var connectionString = builder.ToString();
        try
        {
            await using var connection = await OpenConnectionAsync(connectionString, options, cancellationToken);
            await CheckOwnerAsync(connection, path, cancellationToken);
            var mode = await SqliteSchema.ScalarAsync(connection, null, "PRAGMA journal_mode = WAL", cancellationToken) as string;
            if (!string.Equals(mode, "wal", StringComparison.OrdinalIgnoreCase))
            {
                throw new CrosswireException(ErrorCatalogue.StoreUnopenable, path, $"cannot switch to WAL journal mode (got '{mode}')");
            }

            await SqliteSchema.MigrateAsync(connection, path, null, cancellationToken);
            var hasIndex = Convert.ToInt64(await SqliteSchema.ScalarAsync(
                connection, null, $"SELECT count(*) FROM sqlite_master WHERE name = '{SqliteSchema.SearchTable}'", cancellationToken)) > 0;
            return new SqliteStoryStore(path, connectionString, options, hasIndex && options.UseFullTextSearch);
        }
        catch (SqliteException error)
        {
            SqliteConnection.ClearPool(new SqliteConnection(connectionString));
            throw error.SqliteErrorCode is SqliteErrorCodes.NotADatabase or SqliteErrorCodes.CantOpen
                ? new CrosswireException(ErrorCatalogue.StoreUnopenable, path, error, error.Message)
                : Translate(error, path, options.BusyTimeout);
        }
        catch (CrosswireException)
        {
            SqliteConnection.ClearPool(new SqliteConnection(connectionString));
            throw;
        }
    }

    /// <inheritdoc />
    public async Task<IStoreTransaction> BeginAsync(CancellationToken cancellationToken = default)
    {
        SqliteConnection? connection = null;
        try
        {
            connection = await OpenAsync(cancellationToken);
            var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
            return await SqliteStoreTransaction.StartAsync(this, connection, transaction, cancellationToken);
        }
        catch (SqliteException error)
        {
            if (connection is not null)
            {
                await connection.DisposeAsync();
            }

            throw Translate(error);
        }
    }

    /// <inheritdoc />
    public Task<StoredArticle?> FindArticleAsync(string articleId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(articleId);
        return ReadAsync(
            async connection => await FirstArticleAsync(connection, "id = @key", articleId, cancellationToken),
            cancellationToken);
    }

    /// <inheritdoc />
    public Task<StoredArticle?> FindByHashAsync(ContentHash hash, CancellationToken cancellationToken = default) =>
        ReadAsync(
            async connection => await FirstArticleAsync(connection, "content_hash = @key", hash.ToBytes(), cancellationToken),
            cancellationToken);

    /// <inheritdoc />
    public Task<StoryPage> ListStoriesAsync(StoryQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfNegative(query.Limit);
        ArgumentOutOfRangeException.ThrowIfNegative(query.Offset);
        return ReadAsync(
            async connection =>
            {
                await using var command = connection.CreateCommand();
                var filter = "s.merged_into IS NULL AND s.article_count > 0";
                if (query.Since is { } since)
                {
                    filter += " AND s.last_seen_ms >= @since";
                    command.Parameters.AddWithValue("@since", since.ToUnixTimeMilliseconds());
                }

                if (!string.IsNullOrWhiteSpace(query.Search))
                {
                    filter += " AND s.id IN (" + StorySearch.Subquery(query.Search, _fullTextSearch, command) + ")";
                }

                command.CommandText = $"SELECT count(*) FROM stories s WHERE {filter}";
                var total = Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken));
                command.CommandText = $"""
                    SELECT {StoreSql.StoryColumns} FROM stories s WHERE {filter}
                    ORDER BY s.last_seen_ms DESC, s.id DESC LIMIT @limit OFFSET @offset
                    """;
                command.Parameters.AddWithValue("@limit", query.Limit);
                command.Parameters.AddWithValue("@offset", query.Offset);
                var stories = await ReadStoriesAsync(connection, command, cancellationToken);
                return new StoryPage(stories, total);
            },
            cancellationToken);
    }

    /// <inheritdoc />
    public Task<ImmutableArray<StorySummary>> GetStoriesAsync(IReadOnlyCollection<string> storyIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(storyIds);
        return ReadAsync(
            async connection =>
            {
                var result = ImmutableArray.CreateBuilder<StorySummary>(storyIds.Count);
                var seen = new HashSet<string>(StringComparer.Ordinal);
                foreach (var requested in storyIds)
                {
                    if (await ResolveAsync(connection, null, requested, cancellationToken) is { } id && seen.Add(id)
                        && await SummaryAsync(connection, id, cancellationToken) is { } summary)
                    {
                        result.Add(summary);
                    }
                }

                return result.ToImmutable();
            },
            cancellationToken);
    }

    /// <inheritdoc />
    public Task<StoryDetail?> GetStoryAsync(string storyId, CancellationToken cancellationToken = default) =>
        ReadAsync(
            async connection =>
            {
                // One read transaction, so the story and its articles are one snapshot.
                await using var transaction = connection.BeginTransaction(deferred: true);
                if (await ResolveAsync(connection, transaction, storyId, cancellationToken) is not { } id
                    || await SummaryAsync(connection, id, cancellationToken, transaction) is not { } summary)
                {
                    return null;
                }

                await using var command = connection.CreateCommand();
                command.Transaction = transaction;
                command.CommandText = $"SELECT {StoreSql.ArticleColumns} FROM articles WHERE story_id = @id ORDER BY seen_ms, seq";
                command.Parameters.AddWithValue("@id", id);
                var articles = ImmutableArray.CreateBuilder<StoredArticle>(summary.ArticleCount);
                await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
                {
                    while (await reader.ReadAsync(cancellationToken))
                    {
                        articles.Add(StoreSql.ReadArticle(reader));
                    }
                }

                return new StoryDetail(summary, articles.ToImmutable());
            },
            cancellationToken);

    /// <inheritdoc />
    public IAsyncEnumerable<StoredFeatures> ReadFeaturesAsync(long afterSequence = 0, CancellationToken cancellationToken = default) =>
        StoreSql.ReadFeaturesAsync(
            last => ReadAsync(
                async connection =>
                {
                    await using var command = connection.CreateCommand();
                    command.CommandText = StoreSql.FeaturesPage;
                    return await StoreSql.ReadFeaturesPageAsync(command, last, cancellationToken);
                },
                cancellationToken),
            afterSequence);

    /// <inheritdoc />
    public Task<StoreCounts> CountAsync(CancellationToken cancellationToken = default) =>
        ReadAsync(
            async connection =>
            {
                await using var command = connection.CreateCommand();
                command.CommandText = StoreSql.Counts;
                return await StoreSql.ReadCountsAsync(command, cancellationToken);
            },
            cancellationToken);

    /// <summary>Runs SQLite's <c>PRAGMA integrity_check</c> and <c>foreign_key_check</c>, and checks that the
    /// stories agree with their articles (no article in a merged story, article counts right, merges
    /// flattened); returns the problems found (empty when the database is sound).</summary>
    public Task<ImmutableArray<string>> CheckIntegrityAsync(CancellationToken cancellationToken = default) =>
        ReadAsync(
            async connection =>
            {
                var problems = ImmutableArray.CreateBuilder<string>();
                await using var command = connection.CreateCommand();
                command.CommandText = "PRAGMA integrity_check";
                await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
                {
                    while (await reader.ReadAsync(cancellationToken))
                    {
                        if (reader.GetString(0) is var line && line != "ok")
                        {
                            problems.Add(line);
                        }
                    }
                }

                command.CommandText = "PRAGMA foreign_key_check";
                await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
                {
                    while (await reader.ReadAsync(cancellationToken))
                    {
                        problems.Add($"foreign key: {reader.GetString(0)} row {reader.GetValue(1)} refers to a missing {reader.GetString(2)}");
                    }
                }

                command.CommandText = StoreSql.StoryProblems;
                await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
                {
                    while (await reader.ReadAsync(cancellationToken))
                    {
                        problems.Add(reader.GetString(0));
                    }
                }

                return problems.ToImmutable();
            },
            cancellationToken);

    /// <summary>Releases pooled connections, so the file can be moved or deleted.</summary>
    public ValueTask DisposeAsync()
    {
        using var connection = new SqliteConnection(_connectionString);
        SqliteConnection.ClearPool(connection);
        return ValueTask.CompletedTask;
    }

    internal SqliteStoryStoreOptions Options => _options;

    internal CrosswireException Translate(SqliteException error) => Translate(error, Name, _options.BusyTimeout);

    /// <summary>The live story <paramref name="storyId"/> ends up in, following merges; null when unknown.</summary>
    internal static async Task<string?> ResolveAsync(SqliteConnection connection, SqliteTransaction? transaction, string storyId, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT merged_into FROM stories WHERE id = @id";
        var parameter = command.Parameters.Add("@id", SqliteType.Text);
        var id = storyId;
        // Merges are flattened when recorded, so this takes one step; the bound guards against a corrupt cycle.
        for (var step = 0; step < 64; step++)
        {
            parameter.Value = id;
            var value = await command.ExecuteScalarAsync(cancellationToken);
            if (value is null)
            {
                return null;
            }

            if (value is DBNull)
            {
                return id;
            }

            id = (string)value;
        }

        throw new InvalidOperationException($"story {storyId}: merge chain does not end");
    }

    private static async Task<StorySummary?> SummaryAsync(SqliteConnection connection, string id, CancellationToken cancellationToken, SqliteTransaction? transaction = null)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"SELECT {StoreSql.StoryColumns} FROM stories s WHERE s.id = @id AND s.article_count > 0";
        command.Parameters.AddWithValue("@id", id);
        var stories = await ReadStoriesAsync(connection, command, cancellationToken);
        return stories.IsEmpty ? null : stories[0];
    }

    private static async Task<ImmutableArray<StorySummary>> ReadStoriesAsync(SqliteConnection connection, SqliteCommand command, CancellationToken cancellationToken)
    {
        var rows = new List<(string Id, string Headline, int Count, long First, long Last)>();
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                rows.Add((reader.GetString(0), reader.GetString(1), reader.GetInt32(2), reader.GetInt64(3), reader.GetInt64(4)));
            }
        }

        await using var outlets = connection.CreateCommand();
        outlets.Transaction = command.Transaction;
        outlets.CommandText = """
            SELECT source FROM articles WHERE story_id = @id AND source IS NOT NULL AND source <> ''
            GROUP BY source ORDER BY count(*) DESC, source
            """;
        var parameter = outlets.Parameters.Add("@id", SqliteType.Text);
        var result = ImmutableArray.CreateBuilder<StorySummary>(rows.Count);
        foreach (var row in rows)
        {
            parameter.Value = row.Id;
            var names = ImmutableArray.CreateBuilder<string>();
            await using (var reader = await outlets.ExecuteReaderAsync(cancellationToken))
            {
                while (await reader.ReadAsync(cancellationToken))
                {
                    names.Add(reader.GetString(0));
                }
            }

            result.Add(new StorySummary(
                row.Id,
                row.Headline,
                row.Count,
                names.ToImmutable(),
                DateTimeOffset.FromUnixTimeMilliseconds(row.First),
                DateTimeOffset.FromUnixTimeMilliseconds(row.Last)));
        }

        return result.MoveToImmutable();
    }

    private static async Task<StoredArticle?> FirstArticleAsync(SqliteConnection connection, string condition, object key, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {StoreSql.ArticleColumns} FROM articles WHERE {condition}";
        command.Parameters.AddWithValue("@key", key);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? StoreSql.ReadArticle(reader) : null;
    }

    private async Task<T> ReadAsync<T>(Func<SqliteConnection, Task<T>> read, CancellationToken cancellationToken)
    {
        try
        {
            await using var connection = await OpenAsync(cancellationToken);
            return await read(connection);
        }
        catch (SqliteException error)
        {
            throw Translate(error);
        }
    }

    private Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken) =>
        OpenConnectionAsync(_connectionString, _options, cancellationToken);

    private static async Task<SqliteConnection> OpenConnectionAsync(string connectionString, SqliteStoryStoreOptions options, CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            var busy = (long)options.BusyTimeout.TotalMilliseconds;
            await SqliteSchema.ExecuteAsync(connection, null, $"PRAGMA busy_timeout = {busy}; PRAGMA synchronous = NORMAL", cancellationToken);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    private static async Task CheckOwnerAsync(SqliteConnection connection, string path, CancellationToken cancellationToken)
    {
        var version = await SqliteSchema.VersionAsync(connection, cancellationToken);
        var application = Convert.ToInt32(await SqliteSchema.ScalarAsync(connection, null, "PRAGMA application_id", cancellationToken));
        var tables = Convert.ToInt64(await SqliteSchema.ScalarAsync(connection, null, "SELECT count(*) FROM sqlite_master", cancellationToken));
        if (application != SqliteSchema.ApplicationId && (application != 0 || version != 0 || tables != 0))
        {
            throw new CrosswireException(ErrorCatalogue.StoreForeign, path, $"0x{application:X8}");
        }

        if (version > SqliteSchema.LatestVersion)
        {
            throw new CrosswireException(ErrorCatalogue.StoreTooNew, path, version, SqliteSchema.LatestVersion);
        }
    }

    private static CrosswireException Translate(SqliteException error, string path, TimeSpan busyTimeout) =>
        error.SqliteErrorCode is SqliteErrorCodes.Busy or SqliteErrorCodes.Locked
            ? new CrosswireException(ErrorCatalogue.StoreBusy, path, error, busyTimeout)
            : new CrosswireException(ErrorCatalogue.StoreFailure, path, error, error.Message);
}
