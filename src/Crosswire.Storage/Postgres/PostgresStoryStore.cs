using System.Collections.Immutable;
using System.Data;
using System.Runtime.CompilerServices;
using System.Text;
using Crosswire.Core.Errors;
using Crosswire.Storage.Hashing;
using Crosswire.Storage.Relational;
using Crosswire.Storage.Stories;
using Npgsql;

namespace Crosswire.Storage.Postgres;

/// <summary>
/// The PostgreSQL <see cref="IStoryStore"/>, for an archive a team shares: one database on a server, a
/// versioned schema (<see cref="PostgresSchema"/>) and full-text search. Write transactions take the store's
/// advisory lock (<c>pg_advisory_xact_lock</c>), so writers from any process or machine take turns, waiting
/// up to <see cref="PostgresStoryStoreOptions.BusyTimeout"/>; readers never wait. A writer killed before its
/// commit leaves no trace (the server rolls its transaction back). Failures are
/// <see cref="CrosswireException"/>s naming the server and database, never the password (E180, E183–E185,
/// E240–E244).
/// </summary>
public sealed class PostgresStoryStore : IStoryStore
{
    private const string StoryOutlets = """
        ARRAY(SELECT a.source FROM articles a WHERE a.story_id = s.id AND a.source IS NOT NULL AND a.source <> ''
              GROUP BY a.source ORDER BY count(*) DESC, a.source COLLATE "C")
        """;

    private readonly NpgsqlDataSource _dataSource;
    private readonly PostgresAddress _address;
    private readonly PostgresStoryStoreOptions _options;

    private PostgresStoryStore(NpgsqlDataSource dataSource, PostgresAddress address, PostgresStoryStoreOptions options)
    {
        _dataSource = dataSource;
        _address = address;
        _options = options;
    }

    /// <inheritdoc />
    public string Name => _address.Name;

    /// <summary>True when search uses the full-text index (else <c>ILIKE</c>).</summary>
    public bool UsesFullTextSearch => _options.UseFullTextSearch;

    internal PostgresStoryStoreOptions Options => _options;

    /// <summary>
    /// Opens the database named by <paramref name="location"/> (see <see cref="PostgresAddress"/>), creating
    /// the schema in an empty database and migrating an older one. Throws E243 for a malformed address, E240
    /// when the server cannot be reached, E241 when it refuses the login, E242 when the database does not
    /// exist, E244 when it holds another application's tables, E180 when its schema is newer than this build,
    /// E183 when a migration fails.
    /// </summary>
    public static Task<PostgresStoryStore> OpenAsync(string location, PostgresStoryStoreOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(location);
        return OpenAsync(PostgresAddress.Parse(location), options, cancellationToken);
    }

    /// <summary>Opens the database at <paramref name="address"/>; see <see cref="OpenAsync(string, PostgresStoryStoreOptions?, CancellationToken)"/>.</summary>
    public static async Task<PostgresStoryStore> OpenAsync(PostgresAddress address, PostgresStoryStoreOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(address);
        options ??= PostgresStoryStoreOptions.Default;
        var builder = new NpgsqlConnectionStringBuilder(address.ConnectionString);
        builder.ApplicationName ??= "crosswire";
        // The same few statements run for every article: prepared once per connection, they skip parse and plan.
        if (!builder.ContainsKey("Max Auto Prepare"))
        {
            builder.MaxAutoPrepare = 32;
        }

        var dataSource = NpgsqlDataSource.Create(builder);
        try
        {
            await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
            await PostgresSchema.CheckOwnerAsync(connection, address.Name, cancellationToken);
            await PostgresSchema.MigrateAsync(connection, address.Name, options.BusyTimeout, null, cancellationToken);
            return new PostgresStoryStore(dataSource, address, options);
        }
        catch (Exception error)
        {
            await dataSource.DisposeAsync();
            if (error is NpgsqlException npgsql)
            {
                throw PostgresFailures.Translate(npgsql, address, options.BusyTimeout);
            }

            throw;
        }
    }

    /// <inheritdoc />
    public async Task<IStoreTransaction> BeginAsync(CancellationToken cancellationToken = default)
    {
        NpgsqlConnection? connection = null;
        try
        {
            connection = await _dataSource.OpenConnectionAsync(cancellationToken);
            return await PostgresStoreTransaction.StartAsync(this, connection, cancellationToken);
        }
        catch (Exception error)
        {
            if (connection is not null)
            {
                await connection.DisposeAsync();
            }

            if (error is NpgsqlException npgsql)
            {
                throw Translate(npgsql);
            }

            throw;
        }
    }

    /// <inheritdoc />
    public Task<StoredArticle?> FindArticleAsync(string articleId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(articleId);
        return FirstArticleAsync("id = @key", articleId, cancellationToken);
    }

    /// <inheritdoc />
    public Task<StoredArticle?> FindByHashAsync(ContentHash hash, CancellationToken cancellationToken = default) =>
        FirstArticleAsync("content_hash = @key", hash.ToBytes(), cancellationToken);

    /// <inheritdoc />
    public Task<StoryPage> ListStoriesAsync(StoryQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfNegative(query.Limit);
        ArgumentOutOfRangeException.ThrowIfNegative(query.Offset);
        return ReadAsync(
            async connection =>
            {
                // One snapshot for the total and the page.
                await using var transaction = await connection.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken);
                await using var command = new NpgsqlCommand { Connection = connection };
                var filter = "s.merged_into IS NULL AND s.article_count > 0";
                if (query.Since is { } since)
                {
                    filter += " AND s.last_seen_ms >= @since";
                    command.Parameters.AddWithValue("since", since.ToUnixTimeMilliseconds());
                }

                if (!string.IsNullOrWhiteSpace(query.Search))
                {
                    filter += " AND s.id IN (" + SearchSubquery(query.Search, command) + ")";
                }

                command.CommandText = $"SELECT count(*) FROM stories s WHERE {filter}";
                var total = Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken));
                command.CommandText = $"""
                    SELECT {StoreSql.StoryColumns}, {StoryOutlets} FROM stories s WHERE {filter}
                    ORDER BY s.last_seen_ms DESC, s.id COLLATE "C" DESC LIMIT @limit OFFSET @offset
                    """;
                command.Parameters.AddWithValue("limit", query.Limit);
                command.Parameters.AddWithValue("offset", query.Offset);
                return new StoryPage(await ReadStoriesAsync(command, cancellationToken), total);
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
                // One query for all (an ingest asks for every story it touched), in the order asked.
                await using var command = new NpgsqlCommand(
                    $"""
                    SELECT {StoreSql.StoryColumns}, {StoryOutlets} FROM unnest(@ids) WITH ORDINALITY AS requested(id, position)
                      JOIN stories named ON named.id = requested.id
                      JOIN stories s ON s.id = coalesce(named.merged_into, named.id)
                     WHERE s.article_count > 0 ORDER BY requested.position
                    """,
                    connection);
                command.Parameters.Add(new NpgsqlParameter("ids", NpgsqlTypes.NpgsqlDbType.Array | NpgsqlTypes.NpgsqlDbType.Text) { Value = storyIds.ToArray() });
                var seen = new HashSet<string>(StringComparer.Ordinal);
                return (await ReadStoriesAsync(command, cancellationToken)).Where(summary => seen.Add(summary.Id)).ToImmutableArray();
            },
            cancellationToken);
    }

    /// <inheritdoc />
    public Task<StoryDetail?> GetStoryAsync(string storyId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(storyId);
        return ReadAsync(
            async connection =>
            {
                // One snapshot, so the story and its articles agree.
                await using var transaction = await connection.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken);
                if (await SummaryAsync(connection, storyId, cancellationToken) is not { } summary)
                {
                    return null;
                }

                await using var command = new NpgsqlCommand($"SELECT {StoreSql.ArticleColumns} FROM articles WHERE story_id = @id ORDER BY seen_ms, seq", connection);
                command.Parameters.AddWithValue("id", summary.Id);
                var articles = ImmutableArray.CreateBuilder<StoredArticle>(summary.ArticleCount);
                await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
                {
                    while (await reader.ReadAsync(cancellationToken))
                    {
                        articles.Add(StoreSql.ReadArticle(reader));
                    }
                }

                return (StoryDetail?)new StoryDetail(summary, articles.ToImmutable());
            },
            cancellationToken);
    }

    /// <inheritdoc />
    public IAsyncEnumerable<StoredFeatures> ReadFeaturesAsync(long afterSequence = 0, CancellationToken cancellationToken = default) =>
        StoreSql.ReadFeaturesAsync(
            last => ReadAsync(
                async connection =>
                {
                    await using var command = new NpgsqlCommand(StoreSql.FeaturesPage, connection);
                    return await StoreSql.ReadFeaturesPageAsync(command, last, cancellationToken);
                },
                cancellationToken),
            afterSequence);

    /// <inheritdoc />
    public Task<StoreCounts> CountAsync(CancellationToken cancellationToken = default) =>
        ReadAsync(
            async connection =>
            {
                await using var command = new NpgsqlCommand(StoreSql.Counts, connection);
                return await StoreSql.ReadCountsAsync(command, cancellationToken);
            },
            cancellationToken);

    /// <inheritdoc />
    public Task<ImmutableArray<string>> CheckIntegrityAsync(CancellationToken cancellationToken = default) =>
        ReadAsync(
            async connection =>
            {
                // Foreign keys and checks are enforced by the server; what is left is the stories' bookkeeping.
                await using var command = new NpgsqlCommand(StoreSql.StoryProblems, connection);
                var problems = ImmutableArray.CreateBuilder<string>();
                await using var reader = await command.ExecuteReaderAsync(cancellationToken);
                while (await reader.ReadAsync(cancellationToken))
                {
                    problems.Add(reader.GetString(0));
                }

                return problems.ToImmutable();
            },
            cancellationToken);

    /// <summary>Closes the store's pooled connections.</summary>
    public ValueTask DisposeAsync() => _dataSource.DisposeAsync();

    internal CrosswireException Translate(NpgsqlException error) => PostgresFailures.Translate(error, _address, _options.BusyTimeout);

    /// <summary>The live story <paramref name="storyId"/> ends up in (merges are flattened when recorded, so
    /// one step), with its outlets; null when unknown or empty.</summary>
    private static async Task<StorySummary?> SummaryAsync(NpgsqlConnection connection, string storyId, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            $"""
            SELECT {StoreSql.StoryColumns}, {StoryOutlets} FROM stories s
             WHERE s.id = (SELECT coalesce(merged_into, id) FROM stories WHERE id = @id) AND s.article_count > 0
            """,
            connection);
        command.Parameters.AddWithValue("id", storyId);
        var stories = await ReadStoriesAsync(command, cancellationToken);
        return stories.IsEmpty ? null : stories[0];
    }

    private static async Task<ImmutableArray<StorySummary>> ReadStoriesAsync(NpgsqlCommand command, CancellationToken cancellationToken)
    {
        var result = ImmutableArray.CreateBuilder<StorySummary>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            result.Add(new StorySummary(
                reader.GetString(0),
                reader.GetString(1),
                reader.GetInt32(2),
                [.. reader.GetFieldValue<string[]>(5)],
                DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(3)),
                DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(4))));
        }

        return result.ToImmutable();
    }

    /// <summary>SQL selecting the ids of stories with an article whose title or text holds every word of
    /// <paramref name="search"/>; user text only ever reaches the server as a bound parameter.</summary>
    private string SearchSubquery(string search, NpgsqlCommand command)
    {
        var words = StoreSql.SearchWords(search);
        if (words.Count == 0)
        {
            return "SELECT NULL WHERE false";
        }

        if (_options.UseFullTextSearch)
        {
            // plainto_tsquery reads operators and quotes as plain text and ANDs the words.
            command.Parameters.AddWithValue("search", string.Join(' ', words));
            return $"SELECT a.story_id FROM articles a WHERE a.search @@ plainto_tsquery('english', {PostgresSchema.FoldFunction}(@search))";
        }

        var conditions = new StringBuilder();
        for (var i = 0; i < words.Count; i++)
        {
            var name = "like" + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            command.Parameters.AddWithValue(name, StoreSql.ContainsPattern(words[i]));
            conditions.Append(i == 0 ? string.Empty : " AND ")
                .Append(System.Globalization.CultureInfo.InvariantCulture, $"(a.title ILIKE @{name} ESCAPE '\\' OR a.text ILIKE @{name} ESCAPE '\\')");
        }

        return $"SELECT a.story_id FROM articles a WHERE {conditions}";
    }

    private Task<StoredArticle?> FirstArticleAsync(string condition, object key, CancellationToken cancellationToken) =>
        ReadAsync(
            async connection =>
            {
                await using var command = new NpgsqlCommand($"SELECT {StoreSql.ArticleColumns} FROM articles WHERE {condition}", connection);
                command.Parameters.AddWithValue("key", key);
                await using var reader = await command.ExecuteReaderAsync(cancellationToken);
                return await reader.ReadAsync(cancellationToken) ? StoreSql.ReadArticle(reader) : null;
            },
            cancellationToken);

    private async Task<T> ReadAsync<T>(Func<NpgsqlConnection, Task<T>> read, CancellationToken cancellationToken)
    {
        try
        {
            await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
            return await read(connection);
        }
        catch (NpgsqlException error)
        {
            throw Translate(error);
        }
    }
}
