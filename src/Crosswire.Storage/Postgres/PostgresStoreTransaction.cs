using System.Collections.Immutable;
using Crosswire.Storage.Hashing;
using Crosswire.Storage.Relational;
using Crosswire.Storage.Stories;
using Npgsql;
using NpgsqlTypes;

namespace Crosswire.Storage.Postgres;

/// <summary>A write transaction of <see cref="PostgresStoryStore"/>: one connection in a transaction holding
/// the store's advisory lock until commit or disposal. Holding the lock, it numbers the articles it adds
/// itself (after the newest stored), so arrival sequences have no gaps, as in the SQLite store.</summary>
internal sealed class PostgresStoreTransaction : IStoreTransaction
{
    private readonly PostgresStoryStore _store;
    private readonly NpgsqlConnection _connection;
    private readonly NpgsqlTransaction _transaction;
    private long _sequence;
    private bool _done;

    private PostgresStoreTransaction(PostgresStoryStore store, NpgsqlConnection connection, NpgsqlTransaction transaction, long lastSequence)
    {
        _store = store;
        _connection = connection;
        _transaction = transaction;
        LastSequence = lastSequence;
        _sequence = lastSequence;
    }

    public long LastSequence { get; }

    public static async Task<PostgresStoreTransaction> StartAsync(PostgresStoryStore store, NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        var transaction = await connection.BeginTransactionAsync(cancellationToken);
        try
        {
            await PostgresSchema.LockAsync(connection, store.Options.BusyTimeout, cancellationToken);
            // Read committed: this statement starts after the lock was granted, so it sees every earlier writer's commit.
            var last = Convert.ToInt64(await PostgresSchema.ScalarAsync(connection, "SELECT coalesce(max(seq), 0) FROM articles", cancellationToken));
            return new PostgresStoreTransaction(store, connection, transaction, last);
        }
        catch
        {
            await transaction.DisposeAsync();
            throw;
        }
    }

    public async Task<ImmutableArray<Admission>> AdmitAsync(IReadOnlyList<ArticleKey> candidates, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        ThrowIfDone();
        try
        {
            var storedIds = await StoredIdsAsync(candidates, cancellationToken);
            var latestVersions = await LatestVersionsAsync(candidates, cancellationToken);
            await using var taken = Command("SELECT EXISTS (SELECT 1 FROM articles WHERE id = @key)");
            return AdmissionRule.Apply(
                candidates,
                hash => storedIds.GetValueOrDefault(hash),
                id => latestVersions.GetValueOrDefault(id),
                id =>
                {
                    // Only asked for a version id (id@vN) of an updated article: rare enough for a round trip each.
                    taken.Parameters["key"].Value = id;
                    return taken.ExecuteScalar() is true;
                });
        }
        catch (NpgsqlException error)
        {
            throw _store.Translate(error);
        }
    }

    public async Task AddAsync(IReadOnlyList<ArticleRecord> articles, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(articles);
        ThrowIfDone();
        try
        {
            await AddCoreAsync(articles, cancellationToken);
        }
        catch (PostgresException error) when (PostgresFailures.IsConstraint(error))
        {
            throw new InvalidOperationException($"{_store.Name}: broken store contract: {error.MessageText}", error);
        }
        catch (NpgsqlException error)
        {
            throw _store.Translate(error);
        }
    }

    public async Task CommitAsync(CancellationToken cancellationToken = default)
    {
        ThrowIfDone();
        try
        {
            await _transaction.CommitAsync(cancellationToken);
            _done = true;
        }
        catch (NpgsqlException error)
        {
            throw _store.Translate(error);
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            // Disposing an uncommitted NpgsqlTransaction rolls it back (and releases the advisory lock).
            await _transaction.DisposeAsync();
        }
        catch (NpgsqlException)
        {
            // The connection is gone, and with it the server's transaction and lock: nothing left to roll back.
        }
        finally
        {
            await _connection.DisposeAsync();
            _done = true;
        }
    }

    private async Task<Dictionary<ContentHash, string>> StoredIdsAsync(IReadOnlyList<ArticleKey> candidates, CancellationToken cancellationToken)
    {
        await using var command = Command("SELECT content_hash, id FROM articles WHERE content_hash = ANY(@hashes)");
        command.Parameters.Add(new NpgsqlParameter("hashes", NpgsqlDbType.Array | NpgsqlDbType.Bytea)
        {
            Value = candidates.Select(candidate => candidate.Hash).Distinct().Select(hash => hash.ToBytes()).ToArray(),
        });
        var result = new Dictionary<ContentHash, string>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            result[ContentHash.FromBytes(reader.GetFieldValue<byte[]>(0))] = reader.GetString(1);
        }

        return result;
    }

    /// <summary>The highest stored version of each candidate id (absent: not stored).</summary>
    private async Task<Dictionary<string, int>> LatestVersionsAsync(IReadOnlyList<ArticleKey> candidates, CancellationToken cancellationToken)
    {
        await using var command = Command("""
            SELECT key, max(version) FROM (
                SELECT id AS key, version FROM articles WHERE id = ANY(@ids)
                UNION ALL
                SELECT version_of, version FROM articles WHERE version_of = ANY(@ids)) versions
            GROUP BY key
            """);
        command.Parameters.Add(new NpgsqlParameter("ids", NpgsqlDbType.Array | NpgsqlDbType.Text)
        {
            Value = candidates.Select(candidate => candidate.Id).Distinct(StringComparer.Ordinal).ToArray(),
        });
        var result = new Dictionary<string, int>(StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            result[reader.GetString(0)] = reader.GetInt32(1);
        }

        return result;
    }

    private async Task AddCoreAsync(IReadOnlyList<ArticleRecord> articles, CancellationToken cancellationToken)
    {
        var now = _store.Options.Clock.GetUtcNow().ToUnixTimeMilliseconds();
        await using var storyState = Command("SELECT merged_into FROM stories WHERE id = @key");
        await using var newStory = Command("INSERT INTO stories (id, created_ms) VALUES (@key, @now)");
        newStory.Parameters.AddWithValue("now", now);
        await using var insert = Command($"INSERT INTO articles (seq, {StoreSql.InsertColumns}) VALUES (@seq, {StoreSql.InsertValues})");
        var touched = new HashSet<string>(StringComparer.Ordinal);
        foreach (var record in articles)
        {
            ArgumentNullException.ThrowIfNull(record);
            cancellationToken.ThrowIfCancellationRequested();
            var storyId = record.Assignment.StoryId;
            switch (await ScalarAsync(storyState, storyId, cancellationToken))
            {
                case null:
                    await ScalarAsync(newStory, storyId, cancellationToken);
                    break;
                case DBNull:
                    break;
                case var into:
                    throw new InvalidOperationException(
                        $"{_store.Name}: broken store contract: article '{record.Article.Id}' joins story {storyId}, which was merged into story {into}");
            }

            StoreSql.BindArticle(insert, record, now);
            var sequence = _sequence + 1;
            StoreSql.Bind(insert, "@seq", System.Data.DbType.Int64, sequence);
            await insert.ExecuteNonQueryAsync(cancellationToken);
            _sequence = sequence;
            touched.Add(storyId);
            foreach (var merge in record.Assignment.Merges)
            {
                await MergeAsync(merge, sequence, storyState, cancellationToken);
                touched.Remove(merge.From);
                touched.Add(merge.Into);
            }
        }

        await using var refresh = Command(StoreSql.RefreshStory);
        await using var headlines = new NpgsqlCommand(StoreSql.StoryHeadlines, _connection, _transaction);
        await using var setHeadline = new NpgsqlCommand(StoreSql.SetHeadline, _connection, _transaction);
        foreach (var id in touched)
        {
            await ScalarAsync(refresh, id, cancellationToken);
            await StoreSql.RefreshHeadlineAsync(headlines, setHeadline, id, cancellationToken);
        }
    }

    private async Task MergeAsync(StoryMergeRecord merge, long sequence, NpgsqlCommand storyState, CancellationToken cancellationToken)
    {
        foreach (var id in (string[])[merge.From, merge.Into])
        {
            if (await ScalarAsync(storyState, id, cancellationToken) is not DBNull)
            {
                throw new InvalidOperationException(
                    $"{_store.Name}: broken store contract: merge of story {merge.From} into {merge.Into}: story {id} is unknown or already merged");
            }
        }

        await using var command = Command(StoreSql.MergeStories);
        command.Parameters.AddWithValue("from", merge.From);
        command.Parameters.AddWithValue("into", merge.Into);
        command.Parameters.AddWithValue("sequence", sequence);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private NpgsqlCommand Command(string sql)
    {
        var command = new NpgsqlCommand(sql, _connection, _transaction);
        if (sql.Contains("@key", StringComparison.Ordinal))
        {
            command.Parameters.Add(new NpgsqlParameter("key", NpgsqlDbType.Text));
        }

        return command;
    }

    private static Task<object?> ScalarAsync(NpgsqlCommand command, string key, CancellationToken cancellationToken)
    {
        command.Parameters["key"].Value = key;
        return command.ExecuteScalarAsync(cancellationToken);
    }

    private void ThrowIfDone() => ObjectDisposedException.ThrowIf(_done, this);
}
