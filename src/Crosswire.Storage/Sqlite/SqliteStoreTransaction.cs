using System.Collections.Immutable;
using System.Data;
using System.Globalization;
using Crosswire.Core.Errors;
using Crosswire.Storage.Relational;
using Crosswire.Storage.Stories;
using Microsoft.Data.Sqlite;

namespace Crosswire.Storage.Sqlite;

/// <summary>A write transaction of <see cref="SqliteStoryStore"/>: one connection holding SQLite's write lock
/// (<c>BEGIN IMMEDIATE</c>) until commit or disposal.</summary>
internal sealed class SqliteStoreTransaction : RelationalStoreTransaction<SqliteException>
{
    private readonly SqliteStoryStore _store;
    private readonly SqliteConnection _connection;
    private readonly SqliteTransaction _transaction;

    /// <summary>A story's article headlines (<c>@key</c>) in arrival order and whether each article has a
    /// title: the earliest few hundred, enough to find the first titled ones.</summary>
    private static readonly string StoryHeadlines = string.Create(CultureInfo.InvariantCulture, $"""
        SELECT headline, coalesce(trim(title), '') <> '' FROM articles WHERE story_id = @key
        ORDER BY seen_ms, seq LIMIT {StoryHeadline.MaxCompared * 4}
        """);

    /// <summary>Recomputes a live story's size and times (<c>@key</c>) from its articles and sets its
    /// <c>@headline</c>.</summary>
    private const string RefreshStory = """
        UPDATE stories SET
            article_count = (SELECT count(*) FROM articles WHERE story_id = @key),
            first_seen_ms = (SELECT min(seen_ms) FROM articles WHERE story_id = @key),
            last_seen_ms  = (SELECT max(seen_ms) FROM articles WHERE story_id = @key),
            headline = @headline
        WHERE id = @key AND merged_into IS NULL
        """;

    private SqliteStoreTransaction(SqliteStoryStore store, SqliteConnection connection, SqliteTransaction transaction, long lastSequence)
        : base(transaction, store.Name, lastSequence)
    {
        _store = store;
        _connection = connection;
        _transaction = transaction;
    }

    public static async Task<SqliteStoreTransaction> StartAsync(SqliteStoryStore store, SqliteConnection connection, SqliteTransaction transaction, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT coalesce(max(seq), 0) FROM articles";
        var last = Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken));
        return new SqliteStoreTransaction(store, connection, transaction, last);
    }

    protected override Task<ImmutableArray<Admission>> AdmitCoreAsync(IReadOnlyList<ArticleKey> candidates, CancellationToken cancellationToken)
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

    public override async ValueTask DisposeAsync()
    {
        // Disposing an uncommitted SqliteTransaction rolls it back.
        await _transaction.DisposeAsync();
        await _connection.DisposeAsync();
        Done = true;
    }

    protected override CrosswireException Translate(SqliteException error) => _store.Translate(error);

    protected override string? ConstraintMessage(SqliteException error) =>
        error.SqliteErrorCode == SqliteErrorCodes.Constraint ? error.Message : null;

    protected override async Task AddCoreAsync(IReadOnlyList<ArticleRecord> articles, CancellationToken cancellationToken)
    {
        var now = _store.Options.Clock.GetUtcNow().ToUnixTimeMilliseconds();
        await using var storyState = Command("SELECT merged_into FROM stories WHERE id = @key");
        await using var newStory = Command("INSERT INTO stories (id, created_ms) VALUES (@key, @now)");
        newStory.Parameters.AddWithValue("@now", now);
        await using var insert = Command($"INSERT INTO articles ({StoreSql.InsertColumns}) VALUES ({StoreSql.InsertValues}) RETURNING seq");
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

            StoreSql.BindArticle(insert, record, now);
            var sequence = Convert.ToInt64(await insert.ExecuteScalarAsync(cancellationToken));
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

        await using var command = Command(StoreSql.MergeStories);
        command.Parameters.AddWithValue("@from", merge.From);
        command.Parameters.AddWithValue("@into", merge.Into);
        command.Parameters.AddWithValue("@sequence", sequence);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Recomputes the size, times and headline (<see cref="StoryHeadline.Choose"/> of its earliest
    /// articles' headlines) of each live story among <paramref name="stories"/>.</summary>
    private async Task RefreshAsync(HashSet<string> stories, CancellationToken cancellationToken)
    {
        await using var headlines = PlainCommand(StoryHeadlines);
        await using var refresh = PlainCommand(RefreshStory);
        var articles = new List<(string Headline, bool Titled)>();
        foreach (var id in stories)
        {
            articles.Clear();
            StoreSql.Bind(headlines, "@key", DbType.String, id);
            await using (var reader = await headlines.ExecuteReaderAsync(cancellationToken))
            {
                while (await reader.ReadAsync(cancellationToken))
                {
                    articles.Add((reader.GetString(0), reader.GetBoolean(1)));
                }
            }

            StoreSql.Bind(refresh, "@key", DbType.String, id);
            StoreSql.Bind(refresh, "@headline", DbType.String, StoryHeadline.Choose(articles));
            await refresh.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    /// <summary>A command in the transaction whose parameters the caller binds (<see cref="StoreSql.Bind"/>).</summary>
    private SqliteCommand PlainCommand(string sql)
    {
        var command = _connection.CreateCommand();
        command.Transaction = _transaction;
        command.CommandText = sql;
        return command;
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

}
