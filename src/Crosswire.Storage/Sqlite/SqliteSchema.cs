using System.Collections.Immutable;
using Crosswire.Core.Errors;
using Microsoft.Data.Sqlite;

namespace Crosswire.Storage.Sqlite;

/// <summary>One step of the schema: applied once, in its own transaction, to a database at the version before it.</summary>
/// <param name="Version">Schema version the step leads to (1, 2, …).</param>
/// <param name="Description">What the step changes.</param>
/// <param name="Statements">SQL run in order.</param>
/// <param name="Applies">Whether the statements can run on this SQLite build (a step that cannot, such as
/// the full-text index without FTS5, still moves the version on and the store works without it).</param>
public sealed record SqliteMigration(int Version, string Description, ImmutableArray<string> Statements, Func<SqliteConnection, bool>? Applies = null);

/// <summary>
/// The versioned schema of <see cref="SqliteStoryStore"/>. The version is SQLite's <c>PRAGMA user_version</c>;
/// <c>PRAGMA application_id</c> marks the file as Crosswire's. Opening a database applies the migrations it
/// lacks, in order, each in a transaction that also sets the new version, so a failed or interrupted step
/// leaves the database at the version before it. A database of a higher version than
/// <see cref="LatestVersion"/> is refused (E180).
/// </summary>
public static class SqliteSchema
{
    /// <summary>The <c>application_id</c> of a Crosswire database ("CRSW").</summary>
    public const int ApplicationId = 0x43525357;

    /// <summary>Name of the FTS5 table indexing article titles and texts.</summary>
    internal const string SearchTable = "article_search";

    /// <summary>The migrations, in order; migration <c>n</c> leads to version <c>n</c>.</summary>
    public static ImmutableArray<SqliteMigration> Migrations { get; } =
    [
        new(1, "stories, articles and story merges",
        [
            $"PRAGMA application_id = {ApplicationId}",
            """
            CREATE TABLE stories (
                id            TEXT    PRIMARY KEY NOT NULL,
                headline      TEXT    NOT NULL DEFAULT '',
                article_count INTEGER NOT NULL DEFAULT 0,
                first_seen_ms INTEGER,
                last_seen_ms  INTEGER,
                merged_into   TEXT    REFERENCES stories(id),
                created_ms    INTEGER NOT NULL
            )
            """,
            "CREATE INDEX stories_live_newest ON stories(last_seen_ms DESC, id DESC) WHERE merged_into IS NULL",
            "CREATE INDEX stories_merged_into ON stories(merged_into) WHERE merged_into IS NOT NULL",
            """
            CREATE TABLE articles (
                seq               INTEGER PRIMARY KEY,
                id                TEXT    NOT NULL UNIQUE,
                content_hash      BLOB    NOT NULL UNIQUE CHECK (length(content_hash) = 32),
                version_of        TEXT,
                version           INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
                title             TEXT,
                source            TEXT,
                url               TEXT,
                published         TEXT,
                language          TEXT,
                origin            TEXT,
                text              TEXT    NOT NULL,
                headline          TEXT    NOT NULL,
                seen_ms           INTEGER NOT NULL,
                ingested_ms       INTEGER NOT NULL,
                features          BLOB    NOT NULL,
                story_id          TEXT    NOT NULL REFERENCES stories(id),
                started_story     INTEGER NOT NULL,
                near_duplicate_of TEXT,
                similarity        REAL    NOT NULL
            )
            """,
            "CREATE INDEX articles_by_story ON articles(story_id, seen_ms, seq)",
            "CREATE INDEX articles_by_version_of ON articles(version_of) WHERE version_of IS NOT NULL",
            """
            CREATE TABLE story_merges (
                seq         INTEGER PRIMARY KEY,
                from_story  TEXT    NOT NULL REFERENCES stories(id),
                into_story  TEXT    NOT NULL REFERENCES stories(id),
                article_seq INTEGER NOT NULL REFERENCES articles(seq),
                CHECK (from_story <> into_story)
            )
            """,
        ]),
        new(2, "full-text index of article titles and texts (FTS5)",
        [
            $"""
            CREATE VIRTUAL TABLE {SearchTable} USING fts5(
                title, text, content = 'articles', content_rowid = 'seq', tokenize = 'unicode61 remove_diacritics 2')
            """,
            $"""
            CREATE TRIGGER articles_search_insert AFTER INSERT ON articles BEGIN
                INSERT INTO {SearchTable}(rowid, title, text) VALUES (new.seq, new.title, new.text);
            END
            """,
            $"INSERT INTO {SearchTable}({SearchTable}) VALUES ('rebuild')",
        ],
        HasFts5),
    ];

    /// <summary>The schema version this build creates and reads.</summary>
    public static int LatestVersion => Migrations[^1].Version;

    /// <summary>The schema version of the open database (0 for a new, empty file).</summary>
    public static async Task<int> VersionAsync(SqliteConnection connection, CancellationToken cancellationToken = default) =>
        Convert.ToInt32(await ScalarAsync(connection, null, "PRAGMA user_version", cancellationToken));

    /// <summary>
    /// Brings the database open on <paramref name="connection"/> (named <paramref name="name"/> in errors) up
    /// to <paramref name="targetVersion"/> (default <see cref="LatestVersion"/>). Safe when another process
    /// migrates at the same time: each step re-reads the version under the write lock.
    /// </summary>
    public static async Task MigrateAsync(SqliteConnection connection, string name, int? targetVersion = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var target = targetVersion ?? LatestVersion;
        ArgumentOutOfRangeException.ThrowIfGreaterThan(target, LatestVersion, nameof(targetVersion));
        foreach (var migration in Migrations)
        {
            if (migration.Version > target)
            {
                break;
            }

            var applies = migration.Applies?.Invoke(connection) ?? true;
            await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
            var current = Convert.ToInt32(await ScalarAsync(connection, transaction, "PRAGMA user_version", cancellationToken));
            if (current >= migration.Version)
            {
                continue;
            }

            try
            {
                if (applies)
                {
                    foreach (var statement in migration.Statements)
                    {
                        await ExecuteAsync(connection, transaction, statement, cancellationToken);
                    }
                }

                await ExecuteAsync(connection, transaction, $"PRAGMA user_version = {migration.Version}", cancellationToken);
                await transaction.CommitAsync(cancellationToken);
            }
            catch (SqliteException error) when (error.SqliteErrorCode is not (SqliteErrorCodes.Busy or SqliteErrorCodes.Locked))
            {
                throw new CrosswireException(ErrorCatalogue.StoreMigrationFailed, name, error, migration.Version, error.Message);
            }
        }
    }

    /// <summary>True when this SQLite build has the FTS5 full-text module.</summary>
    public static bool HasFts5(SqliteConnection connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT sqlite_compileoption_used('ENABLE_FTS5')";
        return Convert.ToInt64(command.ExecuteScalar()) == 1;
    }

    internal static async Task<object?> ScalarAsync(SqliteConnection connection, SqliteTransaction? transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return await command.ExecuteScalarAsync(cancellationToken);
    }

    internal static async Task ExecuteAsync(SqliteConnection connection, SqliteTransaction? transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}

/// <summary>SQLite result codes the store reacts to.</summary>
internal static class SqliteErrorCodes
{
    public const int Busy = 5;
    public const int Locked = 6;
    public const int Constraint = 19;
    public const int NotADatabase = 26;
    public const int CantOpen = 14;
}
