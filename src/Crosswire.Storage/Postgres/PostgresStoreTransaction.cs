using System.Collections.Immutable;
using Crosswire.Core.Errors;
using System.Data;
using System.Globalization;
using Crosswire.Storage.Hashing;
using Crosswire.Storage.Relational;
using Crosswire.Storage.Stories;
using Npgsql;
using NpgsqlTypes;

namespace Crosswire.Storage.Postgres;

/// <summary>A write transaction of <see cref="PostgresStoryStore"/>: one connection in a transaction holding
/// the store's advisory lock until commit or disposal. Holding the lock, it numbers the articles it adds
/// itself (after the newest stored), so arrival sequences have no gaps, as in the SQLite store.</summary>
internal sealed class PostgresStoreTransaction : RelationalStoreTransaction<NpgsqlException>
{
    private readonly PostgresStoryStore _store;
    private readonly NpgsqlConnection _connection;
    private readonly NpgsqlTransaction _transaction;
    private long _sequence;

    private PostgresStoreTransaction(PostgresStoryStore store, NpgsqlConnection connection, NpgsqlTransaction transaction, long lastSequence)
        : base(transaction, store.Name, lastSequence)
    {
        _store = store;
        _connection = connection;
        _transaction = transaction;
        _sequence = lastSequence;
    }

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

    protected override async Task<ImmutableArray<Admission>> AdmitCoreAsync(IReadOnlyList<ArticleKey> candidates, CancellationToken cancellationToken)
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

    protected override CrosswireException Translate(NpgsqlException error) => _store.Translate(error);

    protected override string? ConstraintMessage(NpgsqlException error) =>
        error is PostgresException postgres && PostgresFailures.IsConstraint(postgres) ? postgres.MessageText : null;

    public override async ValueTask DisposeAsync()
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
            Done = true;
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

    /// <summary>
    /// Stores <paramref name="articles"/> in a few round trips: each run of articles without merges is one
    /// statement checking and creating its stories and one inserting its rows; an article with merges ends a run
    /// and has its merges applied before the next article is looked at, so the next one sees them. The touched
    /// stories are refreshed at the end, all at once.
    /// </summary>
    protected override async Task AddCoreAsync(IReadOnlyList<ArticleRecord> articles, CancellationToken cancellationToken)
    {
        var now = _store.Options.Clock.GetUtcNow().ToUnixTimeMilliseconds();
        var touched = new HashSet<string>(StringComparer.Ordinal);
        var run = new List<ArticleRecord>();
        foreach (var record in articles)
        {
            ArgumentNullException.ThrowIfNull(record);
            run.Add(record);
            touched.Add(record.Assignment.StoryId);
            if (record.Assignment.Merges.IsEmpty)
            {
                continue;
            }

            await AddRunAsync(run, now, cancellationToken);
            run.Clear();
            await using var storyState = Command("SELECT merged_into FROM stories WHERE id = @key");
            foreach (var merge in record.Assignment.Merges)
            {
                await MergeAsync(merge, _sequence, storyState, cancellationToken);
                touched.Remove(merge.From);
                touched.Add(merge.Into);
            }
        }

        await AddRunAsync(run, now, cancellationToken);
        await RefreshAsync(touched, cancellationToken);
    }

    /// <summary>Stores <paramref name="run"/>, articles between merges, numbered after the last stored: creates
    /// the stories first named and fails (naming the first such article) when one joins a merged story.</summary>
    private async Task AddRunAsync(List<ArticleRecord> run, long now, CancellationToken cancellationToken)
    {
        if (run.Count == 0)
        {
            return;
        }

        cancellationToken.ThrowIfCancellationRequested();
        // The select reads the snapshot taken before the insert, so it sees only the stories that existed.
        await using (var stories = Command("""
            WITH created AS (
                INSERT INTO stories (id, created_ms) SELECT id, @now FROM unnest(@ids) AS named(id)
                ON CONFLICT (id) DO NOTHING)
            SELECT id, merged_into FROM stories WHERE id = ANY(@ids) AND merged_into IS NOT NULL
            """))
        {
            stories.Parameters.AddWithValue("now", now);
            stories.Parameters.Add(TextArray("ids", run.Select(record => record.Assignment.StoryId).Distinct(StringComparer.Ordinal).ToArray()));
            var merged = new Dictionary<string, string>(StringComparer.Ordinal);
            await using (var reader = await stories.ExecuteReaderAsync(cancellationToken))
            {
                while (await reader.ReadAsync(cancellationToken))
                {
                    merged[reader.GetString(0)] = reader.GetString(1);
                }
            }

            if (run.Find(record => merged.ContainsKey(record.Assignment.StoryId)) is { } joiner)
            {
                var storyId = joiner.Assignment.StoryId;
                throw new InvalidOperationException(
                    $"{_store.Name}: broken store contract: article '{joiner.Article.Id}' joins story {storyId}, which was merged into story {merged[storyId]}");
            }
        }

        await using var insert = Command($"INSERT INTO articles (seq, {StoreSql.InsertColumns}) SELECT * FROM unnest(@seq, {StoreSql.InsertValues})");
        insert.Parameters.Add(new NpgsqlParameter("seq", NpgsqlDbType.Array | NpgsqlDbType.Bigint)
        {
            Value = Enumerable.Range(1, run.Count).Select(offset => _sequence + offset).ToArray(),
        });
        var rows = run.Select(record => StoreSql.InsertRow(record, now)).ToList();
        for (var column = 0; column < StoreSql.InsertParameters.Length; column++)
        {
            insert.Parameters.Add(ColumnArray(StoreSql.InsertParameters[column], rows, column));
        }

        await insert.ExecuteNonQueryAsync(cancellationToken);
        _sequence += run.Count;
    }

    /// <summary>Recomputes the size, times and headline of the live stories among <paramref name="stories"/>:
    /// one query reads their earliest headlines, one statement writes everything.</summary>
    private async Task RefreshAsync(HashSet<string> stories, CancellationToken cancellationToken)
    {
        if (stories.Count == 0)
        {
            return;
        }

        var ids = stories.ToArray();
        var headlines = ids.ToDictionary(id => id, _ => new List<(string Headline, bool Titled)>(), StringComparer.Ordinal);
        await using (var read = Command(string.Create(CultureInfo.InvariantCulture, $"""
            SELECT named.id, a.headline, a.titled
              FROM unnest(@ids) AS named(id)
              CROSS JOIN LATERAL (
                  SELECT headline, coalesce(trim(title), '') <> '' AS titled, seen_ms, seq FROM articles
                   WHERE story_id = named.id ORDER BY seen_ms, seq LIMIT {StoryHeadline.MaxCompared * 4}) a
             ORDER BY named.id, a.seen_ms, a.seq
            """)))
        {
            read.Parameters.Add(TextArray("ids", ids));
            await using var reader = await read.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                headlines[reader.GetString(0)].Add((reader.GetString(1), reader.GetBoolean(2)));
            }
        }

        await using var write = Command("""
            UPDATE stories s SET
                article_count = coalesce(counted.n, 0), first_seen_ms = counted.first_ms, last_seen_ms = counted.last_ms,
                headline = named.headline
              FROM unnest(@ids, @headlines) AS named(id, headline)
              LEFT JOIN (
                  SELECT story_id, count(*) AS n, min(seen_ms) AS first_ms, max(seen_ms) AS last_ms FROM articles
                   WHERE story_id = ANY(@ids) GROUP BY story_id) counted ON counted.story_id = named.id
             WHERE s.id = named.id AND s.merged_into IS NULL
            """);
        write.Parameters.Add(TextArray("ids", ids));
        write.Parameters.Add(TextArray("headlines", ids.Select(id => StoryHeadline.Choose(headlines[id])).ToArray()));
        await write.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Column <paramref name="column"/> of <paramref name="rows"/> as one typed array parameter.</summary>
    private static NpgsqlParameter ColumnArray((string Name, DbType Type) parameter, List<object?[]> rows, int column)
    {
        var (element, type) = parameter.Type switch
        {
            DbType.String => (typeof(string), NpgsqlDbType.Text),
            DbType.Binary => (typeof(byte[]), NpgsqlDbType.Bytea),
            DbType.Int32 => (typeof(int), NpgsqlDbType.Integer),
            DbType.Int64 => (typeof(long), NpgsqlDbType.Bigint),
            DbType.Boolean => (typeof(bool), NpgsqlDbType.Boolean),
            DbType.Double => (typeof(double), NpgsqlDbType.Double),
            _ => throw new NotSupportedException($"article column type {parameter.Type}"),
        };
        var values = Array.CreateInstance(element, rows.Count);
        for (var i = 0; i < rows.Count; i++)
        {
            values.SetValue(rows[i][column], i);
        }

        return new NpgsqlParameter(parameter.Name[1..], NpgsqlDbType.Array | type) { Value = values };
    }

    private static NpgsqlParameter TextArray(string name, string[] values) =>
        new(name, NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = values };

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

}
