using System.Collections.Immutable;
using System.Globalization;
using Crosswire.Storage.Hashing;
using Crosswire.Storage.Stories;
using Microsoft.Data.Sqlite;

namespace Crosswire.Storage.Sqlite;

/// <summary>A write transaction of <see cref="SqliteStoryStore"/>: one connection holding SQLite's write lock
/// (<c>BEGIN IMMEDIATE</c>) until commit or disposal.</summary>
internal sealed class SqliteStoreTransaction : IStoreTransaction
{
    private readonly SqliteStoryStore _store;
    private readonly SqliteConnection _connection;
    private readonly SqliteTransaction _transaction;
    private bool _done;

    private SqliteStoreTransaction(SqliteStoryStore store, SqliteConnection connection, SqliteTransaction transaction, long lastSequence)
    {
        _store = store;
        _connection = connection;
        _transaction = transaction;
        LastSequence = lastSequence;
    }

    public long LastSequence { get; }

    public static async Task<SqliteStoreTransaction> StartAsync(SqliteStoryStore store, SqliteConnection connection, SqliteTransaction transaction, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT coalesce(max(seq), 0) FROM articles";
        var last = Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken));
        return new SqliteStoreTransaction(store, connection, transaction, last);
    }

    public Task<ImmutableArray<Admission>> AdmitAsync(IReadOnlyList<ArticleKey> candidates, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        ThrowIfDone();
        try
        {
            using var byHash = Command("SELECT id FROM articles WHERE content_hash = @key");
            using var latest = Command("SELECT coalesce(max(version), 0) FROM articles WHERE id = @key OR version_of = @key");
            using var taken = Command("SELECT count(*) FROM articles WHERE id = @key");
            var admissions = AdmissionRule.Apply(
                candidates,
                hash =>
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    return Scalar(byHash, hash.ToBytes()) as string;
                },
                id => Convert.ToInt32(Scalar(latest, id)),
                id => Convert.ToInt64(Scalar(taken, id)) > 0);
            return Task.FromResult(admissions);
        }
        catch (SqliteException error)
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
        catch (SqliteException error) when (error.SqliteErrorCode == SqliteErrorCodes.Constraint)
        {
            throw new InvalidOperationException($"{_store.Name}: broken store contract: {error.Message}", error);
        }
        catch (SqliteException error)
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
        catch (SqliteException error)
        {
            throw _store.Translate(error);
        }
    }

    public async ValueTask DisposeAsync()
    {
        // Disposing an uncommitted SqliteTransaction rolls it back.
        await _transaction.DisposeAsync();
        await _connection.DisposeAsync();
        _done = true;
    }

    private async Task AddCoreAsync(IReadOnlyList<ArticleRecord> articles, CancellationToken cancellationToken)
    {
        var now = _store.Options.Clock.GetUtcNow().ToUnixTimeMilliseconds();
        await using var storyState = Command("SELECT merged_into FROM stories WHERE id = @key");
        await using var newStory = Command("INSERT INTO stories (id, created_ms) VALUES (@key, @now)");
        newStory.Parameters.AddWithValue("@now", now);
        await using var insert = Command("""
            INSERT INTO articles (id, content_hash, version_of, version, title, source, url, published, language, origin,
                                  text, headline, seen_ms, ingested_ms, features, story_id, started_story,
                                  near_duplicate_of, similarity)
            VALUES (@id, @hash, @versionOf, @version, @title, @source, @url, @published, @language, @origin,
                    @text, @headline, @seen, @ingested, @features, @story, @started, @nearDuplicateOf, @similarity)
            RETURNING seq
            """);
        var touched = new HashSet<string>(StringComparer.Ordinal);
        foreach (var record in articles)
        {
            ArgumentNullException.ThrowIfNull(record);
            cancellationToken.ThrowIfCancellationRequested();
            var storyId = record.Assignment.StoryId;
            switch (Scalar(storyState, storyId))
            {
                case null:
                    Scalar(newStory, storyId);
                    break;
                case DBNull:
                    break;
                case var into:
                    throw new InvalidOperationException(
                        $"{_store.Name}: broken store contract: article '{record.Article.Id}' joins story {storyId}, which was merged into story {into}");
            }

            var sequence = Convert.ToInt64(await Insert(insert, record, now).ExecuteScalarAsync(cancellationToken));
            touched.Add(storyId);
            foreach (var merge in record.Assignment.Merges)
            {
                await MergeAsync(merge, sequence, storyState, cancellationToken);
                touched.Remove(merge.From);
                touched.Add(merge.Into);
            }
        }

        await RefreshAsync(touched, cancellationToken);
    }

    private static SqliteCommand Insert(SqliteCommand insert, ArticleRecord record, long now)
    {
        var article = record.Article;
        var parameters = insert.Parameters;
        parameters.Clear();
        parameters.AddWithValue("@id", article.Id);
        parameters.AddWithValue("@hash", record.Hash.ToBytes());
        parameters.AddWithValue("@versionOf", (object?)record.VersionOf ?? DBNull.Value);
        parameters.AddWithValue("@version", record.Version);
        parameters.AddWithValue("@title", (object?)article.Title ?? DBNull.Value);
        parameters.AddWithValue("@source", (object?)article.Source ?? DBNull.Value);
        parameters.AddWithValue("@url", (object?)article.Url ?? DBNull.Value);
        parameters.AddWithValue("@published", article.Published is { } published ? published.ToString("o", CultureInfo.InvariantCulture) : DBNull.Value);
        parameters.AddWithValue("@language", (object?)article.Language ?? DBNull.Value);
        parameters.AddWithValue("@origin", (object?)article.Origin ?? DBNull.Value);
        parameters.AddWithValue("@text", article.Text);
        parameters.AddWithValue("@headline", ArticleHeadline.Of(article));
        parameters.AddWithValue("@seen", article.Published?.ToUnixTimeMilliseconds() ?? now);
        parameters.AddWithValue("@ingested", now);
        parameters.AddWithValue("@features", record.Features.ToArray());
        parameters.AddWithValue("@story", record.Assignment.StoryId);
        parameters.AddWithValue("@started", record.Assignment.StartedStory ? 1 : 0);
        parameters.AddWithValue("@nearDuplicateOf", (object?)record.Assignment.NearDuplicateOf ?? DBNull.Value);
        parameters.AddWithValue("@similarity", record.Assignment.Similarity);
        return insert;
    }

    private async Task MergeAsync(StoryMergeRecord merge, long sequence, SqliteCommand storyState, CancellationToken cancellationToken)
    {
        foreach (var id in (string[])[merge.From, merge.Into])
        {
            if (Scalar(storyState, id) is not DBNull)
            {
                throw new InvalidOperationException(
                    $"{_store.Name}: broken store contract: merge of story {merge.From} into {merge.Into}: story {id} is unknown or already merged");
            }
        }

        await using var command = Command("""
            UPDATE articles SET story_id = @into WHERE story_id = @from;
            UPDATE stories SET merged_into = @into WHERE merged_into = @from;
            UPDATE stories SET merged_into = @into, article_count = 0 WHERE id = @from;
            INSERT INTO story_merges (from_story, into_story, article_seq) VALUES (@from, @into, @sequence);
            """);
        command.Parameters.AddWithValue("@from", merge.From);
        command.Parameters.AddWithValue("@into", merge.Into);
        command.Parameters.AddWithValue("@sequence", sequence);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private async Task RefreshAsync(HashSet<string> stories, CancellationToken cancellationToken)
    {
        await using var refresh = Command("""
            UPDATE stories SET
                article_count = (SELECT count(*) FROM articles WHERE story_id = @key),
                first_seen_ms = (SELECT min(seen_ms) FROM articles WHERE story_id = @key),
                last_seen_ms  = (SELECT max(seen_ms) FROM articles WHERE story_id = @key),
                headline = coalesce((SELECT headline FROM articles WHERE story_id = @key
                                     ORDER BY coalesce(trim(title), '') = '', seen_ms, seq LIMIT 1), '')
            WHERE id = @key AND merged_into IS NULL
            """);
        var key = refresh.Parameters["@key"];
        foreach (var id in stories)
        {
            key.Value = id;
            await refresh.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    private SqliteCommand Command(string sql)
    {
        var command = _connection.CreateCommand();
        command.Transaction = _transaction;
        command.CommandText = sql;
        if (sql.Contains("@key", StringComparison.Ordinal))
        {
            command.Parameters.Add("@key", SqliteType.Blob);
        }

        return command;
    }

    private static object? Scalar(SqliteCommand command, object key)
    {
        var parameter = command.Parameters["@key"];
        parameter.SqliteType = key is byte[] ? SqliteType.Blob : key is string ? SqliteType.Text : SqliteType.Integer;
        parameter.Value = key;
        return command.ExecuteScalar();
    }

    private void ThrowIfDone() => ObjectDisposedException.ThrowIf(_done, this);
}
