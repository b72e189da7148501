using System.Collections.Immutable;
using System.Data;
using System.Data.Common;
using System.Globalization;
using Crosswire.Storage.Hashing;
using Crosswire.Storage.Stories;

namespace Crosswire.Storage.Relational;

/// <summary>
/// What the SQL stores share: the table layout both schemas give the same columns (so the same row mapping
/// and the same statements run on SQLite and PostgreSQL), and the search words. Dialect details (schema,
/// locking, search syntax, sequences) stay in each store.
/// </summary>
internal static class StoreSql
{
    /// <summary>Columns of a story summary, on the alias <c>s</c>.</summary>
    public const string StoryColumns = "s.id, s.headline, s.article_count, s.first_seen_ms, s.last_seen_ms";

    /// <summary>Columns read by <see cref="ReadArticle"/>, in its order.</summary>
    public const string ArticleColumns =
        "seq, id, content_hash, version_of, version, title, source, url, published, language, origin, text, headline, "
        + "ingested_ms, story_id, started_story, near_duplicate_of, similarity";

    /// <summary>Columns written by <see cref="BindArticle"/> (besides the sequence), in the order of <see cref="InsertParameters"/>.</summary>
    public const string InsertColumns = """
        id, content_hash, version_of, version, title, source, url, published, language, origin,
        text, headline, seen_ms, ingested_ms, features, story_id, started_story, near_duplicate_of, similarity
        """;

    /// <summary>The parameters of an article row, matching <see cref="InsertColumns"/>, with their types; the
    /// values are <see cref="InsertRow"/>'s, in the same order.</summary>
    public static readonly ImmutableArray<(string Name, DbType Type)> InsertParameters =
    [
        ("@id", DbType.String), ("@hash", DbType.Binary), ("@versionOf", DbType.String), ("@version", DbType.Int32),
        ("@title", DbType.String), ("@source", DbType.String), ("@url", DbType.String), ("@published", DbType.String),
        ("@language", DbType.String), ("@origin", DbType.String), ("@text", DbType.String), ("@headline", DbType.String),
        ("@seen", DbType.Int64), ("@ingested", DbType.Int64), ("@features", DbType.Binary), ("@story", DbType.String),
        ("@started", DbType.Boolean), ("@nearDuplicateOf", DbType.String), ("@similarity", DbType.Double),
    ];

    /// <summary>The names of <see cref="InsertParameters"/>, comma-separated.</summary>
    public static readonly string InsertValues = string.Join(", ", InsertParameters.Select(parameter => parameter.Name));

    /// <summary>Merges story <c>@from</c> into <c>@into</c>, flattening earlier merges into <c>@from</c>, and
    /// records it against article <c>@sequence</c>.</summary>
    public const string MergeStories = """
        UPDATE articles SET story_id = @into WHERE story_id = @from;
        UPDATE stories SET merged_into = @into WHERE merged_into = @from;
        UPDATE stories SET merged_into = @into, article_count = 0 WHERE id = @from;
        INSERT INTO story_merges (from_story, into_story, article_seq) VALUES (@from, @into, @sequence);
        """;

    /// <summary>Articles read per page by <see cref="ReadFeaturesAsync"/>.</summary>
    public const int FeaturesPageSize = 2048;

    /// <summary>One page of clustering features after sequence <c>@after</c> (<c>@page</c> rows).</summary>
    public const string FeaturesPage = "SELECT seq, id, features FROM articles WHERE seq > @after ORDER BY seq LIMIT @page";

    /// <summary>The clustering features stored after <paramref name="afterSequence"/>, in arrival order, read a
    /// page at a time with <paramref name="readPage"/> (given the last sequence read; see
    /// <see cref="ReadFeaturesPageAsync"/>), so a large archive is never held in memory at once.</summary>
    public static async IAsyncEnumerable<StoredFeatures> ReadFeaturesAsync(Func<long, Task<List<StoredFeatures>>> readPage, long afterSequence)
    {
        var last = afterSequence;
        while (true)
        {
            var rows = await readPage(last);
            foreach (var row in rows)
            {
                yield return row;
            }

            if (rows.Count < FeaturesPageSize)
            {
                yield break;
            }

            last = rows[^1].Sequence;
        }
    }

    /// <summary>Runs <see cref="FeaturesPage"/> (the text of <paramref name="command"/>) after sequence
    /// <paramref name="after"/>.</summary>
    public static async Task<List<StoredFeatures>> ReadFeaturesPageAsync(DbCommand command, long after, CancellationToken cancellationToken)
    {
        Bind(command, "@after", DbType.Int64, after);
        Bind(command, "@page", DbType.Int32, FeaturesPageSize);
        var list = new List<StoredFeatures>(FeaturesPageSize);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            list.Add(new StoredFeatures(reader.GetInt64(0), reader.GetString(1), reader.GetFieldValue<byte[]>(2)));
        }

        return list;
    }

    /// <summary>Runs <see cref="Counts"/> (the text of <paramref name="command"/>).</summary>
    public static async Task<StoreCounts> ReadCountsAsync(DbCommand command, CancellationToken cancellationToken)
    {
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        return new StoreCounts(reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2), reader.GetInt64(3));
    }

    /// <summary>How much the store holds, as one row of four counts (see <see cref="StoreCounts"/>).</summary>
    public const string Counts = """
        SELECT (SELECT count(*) FROM articles),
               (SELECT count(*) FROM stories WHERE merged_into IS NULL AND article_count > 0),
               (SELECT count(*) FROM story_merges),
               (SELECT count(*) FROM articles WHERE version > 1)
        """;

    /// <summary>One line per way the stories disagree with their articles (none when consistent).</summary>
    public const string StoryProblems = """
        SELECT 'article ' || a.id || ' is in merged story ' || s.id
          FROM articles a JOIN stories s ON s.id = a.story_id WHERE s.merged_into IS NOT NULL
        UNION ALL
        SELECT 'story ' || s.id || ' counts ' || s.article_count || ' articles but has ' || count(a.seq)
          FROM stories s LEFT JOIN articles a ON a.story_id = s.id
         WHERE s.merged_into IS NULL GROUP BY s.id, s.article_count HAVING count(a.seq) <> s.article_count
        UNION ALL
        SELECT 'story ' || s.id || ' is merged into ' || s.merged_into || ', itself merged'
          FROM stories s JOIN stories t ON t.id = s.merged_into WHERE t.merged_into IS NOT NULL
        """;

    /// <summary>Sets the parameters of <see cref="InsertValues"/> on <paramref name="command"/> for
    /// <paramref name="record"/>, stored at <paramref name="nowMs"/>. Parameters are added on the first call
    /// and their values replaced on later ones (typed, so a prepared statement keeps its parameter types).</summary>
    public static void BindArticle(DbCommand command, ArticleRecord record, long nowMs)
    {
        var row = InsertRow(record, nowMs);
        for (var i = 0; i < row.Length; i++)
        {
            Bind(command, InsertParameters[i].Name, InsertParameters[i].Type, row[i]);
        }
    }

    /// <summary>The values of <see cref="InsertParameters"/> for <paramref name="record"/> stored at
    /// <paramref name="nowMs"/> (null for SQL NULL).</summary>
    public static object?[] InsertRow(ArticleRecord record, long nowMs)
    {
        var article = record.Article;
        return
        [
            article.Id, record.Hash.ToBytes(), record.VersionOf, record.Version,
            article.Title, article.Source, article.Url, article.Published?.ToString("o", CultureInfo.InvariantCulture),
            article.Language, article.Origin, article.Text, ArticleHeadline.Of(article),
            article.Published?.ToUnixTimeMilliseconds() ?? nowMs, nowMs, record.Features.ToArray(), record.Assignment.StoryId,
            record.Assignment.StartedStory, record.Assignment.NearDuplicateOf, record.Assignment.Similarity,
        ];
    }

    /// <summary>Sets parameter <paramref name="name"/> of <paramref name="command"/> (adding it when missing) to
    /// <paramref name="value"/> (null as SQL NULL).</summary>
    public static void Bind(DbCommand command, string name, DbType type, object? value)
    {
        DbParameter parameter;
        if (command.Parameters.Contains(name))
        {
            parameter = command.Parameters[name];
        }
        else
        {
            parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.DbType = type;
            command.Parameters.Add(parameter);
        }

        parameter.Value = value ?? DBNull.Value;
    }

    /// <summary>The article of a row selected with <see cref="ArticleColumns"/>.</summary>
    public static StoredArticle ReadArticle(DbDataReader reader)
    {
        var article = new Core.Documents.Article
        {
            Id = reader.GetString(1),
            Title = NullableString(reader, 5),
            Source = NullableString(reader, 6),
            Url = NullableString(reader, 7),
            Published = reader.IsDBNull(8)
                ? null
                : DateTimeOffset.Parse(reader.GetString(8), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind),
            Language = NullableString(reader, 9),
            Origin = NullableString(reader, 10),
            Text = reader.GetString(11),
        };
        return new StoredArticle(
            reader.GetInt64(0),
            article,
            ContentHash.FromBytes((byte[])reader.GetValue(2)),
            reader.GetString(12),
            reader.GetString(14),
            reader.GetBoolean(15),
            NullableString(reader, 16),
            reader.GetDouble(17),
            NullableString(reader, 3),
            reader.GetInt32(4),
            DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(13)));
    }

    /// <summary>The words of a user's search text: split at white space, keeping those with a letter or digit.</summary>
    public static List<string> SearchWords(string search) =>
        search.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(word => word.Any(char.IsLetterOrDigit))
            .ToList();

    /// <summary>A <c>LIKE</c> pattern (escape character <c>\</c>) matching <paramref name="word"/> anywhere.</summary>
    public static string ContainsPattern(string word) =>
        "%" + word.Replace("\\", "\\\\", StringComparison.Ordinal)
            .Replace("%", "\\%", StringComparison.Ordinal)
            .Replace("_", "\\_", StringComparison.Ordinal) + "%";

    private static string? NullableString(DbDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
}
