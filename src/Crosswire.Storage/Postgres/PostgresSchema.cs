using System.Collections.Immutable;
using System.Globalization;
using Crosswire.Core.Errors;
using Npgsql;

namespace Crosswire.Storage.Postgres;

/// <summary>One step of the PostgreSQL schema: applied once, in its own transaction, to a database at the
/// version before it.</summary>
/// <param name="Version">Schema version the step leads to (1, 2, …).</param>
/// <param name="Description">What the step changes (also recorded in <c>schema_version</c>).</param>
/// <param name="Statements">SQL run in order.</param>
public sealed record PostgresMigration(int Version, string Description, ImmutableArray<string> Statements);

/// <summary>
/// The versioned schema of <see cref="PostgresStoryStore"/>, in the first schema of the connection's
/// <c>search_path</c> (normally <c>public</c>). Table <c>schema_version</c> (marked as Crosswire's by its
/// comment) holds one row per applied migration. Opening a database applies the migrations it lacks, in
/// order, each in a transaction that holds the store's advisory lock (<see cref="LockKey"/>) and records its
/// version, so two processes opening a fresh database at once create it once, and a failed step leaves the
/// version before it (E183). A newer version is refused (E180); a schema with other tables and no Crosswire
/// <c>schema_version</c> too (E244).
/// </summary>
public static class PostgresSchema
{
    /// <summary>The advisory lock key of a Crosswire database ("CRSW"): held by every write transaction and
    /// migration (<c>pg_advisory_xact_lock</c>), so writers take turns across processes and machines.</summary>
    public const long LockKey = 0x43525357;

    /// <summary>The table recording applied migrations.</summary>
    public const string VersionTable = "schema_version";

    /// <summary>The comment marking <see cref="VersionTable"/> as Crosswire's.</summary>
    internal const string Marker = "crosswire";

    /// <summary>SQL function folding accented Latin letters to plain ones, so search ignores accents.</summary>
    public const string FoldFunction = "crosswire_fold";

    /// <summary>The accented letters of Latin-1 Supplement and Latin Extended-A and B that decompose (NFD) to an
    /// ASCII letter and combining accents, and <see cref="PlainLetters"/>, those letters. Written out rather
    /// than computed: a migration's text must never change, and normalisation is not available under
    /// invariant globalisation.</summary>
    private const string AccentedLetters = "ÀÁÂÃÄÅÇÈÉÊËÌÍÎÏÑÒÓÔÕÖÙÚÛÜÝàáâãäåçèéêëìíîïñòóôõöùúûüýÿĀāĂăĄąĆćĈĉĊċČčĎďĒēĔĕĖėĘęĚěĜĝĞğĠġĢģĤĥĨĩĪīĬĭĮįİĴĵĶķĹĺĻļĽľŃńŅņŇňŌōŎŏŐőŔŕŖŗŘřŚśŜŝŞşŠšŢţŤťŨũŪūŬŭŮůŰűŲųŴŵŶŷŸŹźŻżŽžƠơƯưǍǎǏǐǑǒǓǔǕǖǗǘǙǚǛǜǞǟǠǡǦǧǨǩǪǫǬǭǰǴǵǸǹǺǻȀȁȂȃȄȅȆȇȈȉȊȋȌȍȎȏȐȑȒȓȔȕȖȗȘșȚțȞȟȦȧȨȩȪȫȬȭȮȯȰȱȲȳ";

    // The code point range holding every letter of AccentedLetters (first to last), as a regular expression class.
    private const string AccentedRange = "\u00C0-\u0233";

    private const string PlainLetters = "AAAAAACEEEEIIIINOOOOOUUUUYaaaaaaceeeeiiiinooooouuuuyyAaAaAaCcCcCcCcDdEeEeEeEeEeGgGgGgGgHhIiIiIiIiIJjKkLlLlLlNnNnNnOoOoOoRrRrRrSsSsSsSsTtTtUuUuUuUuUuUuWwYyYZzZzZzOoUuAaIiOoUuUuUuUuUuAaAaGgKkOoOojGgNnAaAaAaEeEeIiIiOoOoRrRrUuUuSsTtHhAaEeOoOoOoOoYy";

    /// <summary>The migrations, in order; migration <c>n</c> leads to version <c>n</c>.</summary>
    public static ImmutableArray<PostgresMigration> Migrations { get; } =
    [
        new(1, "stories, articles and story merges",
        [
            $"""
            CREATE TABLE {VersionTable} (
                version     integer     PRIMARY KEY,
                description text        NOT NULL,
                applied_at  timestamptz NOT NULL DEFAULT now()
            )
            """,
            $"COMMENT ON TABLE {VersionTable} IS '{Marker}'",
            """
            CREATE TABLE stories (
                id            text    PRIMARY KEY,
                headline      text    NOT NULL DEFAULT '',
                article_count integer NOT NULL DEFAULT 0,
                first_seen_ms bigint,
                last_seen_ms  bigint,
                merged_into   text    REFERENCES stories(id),
                created_ms    bigint  NOT NULL
            )
            """,
            "CREATE INDEX stories_live_newest ON stories(last_seen_ms DESC, id DESC) WHERE merged_into IS NULL",
            "CREATE INDEX stories_merged_into ON stories(merged_into) WHERE merged_into IS NOT NULL",
            """
            CREATE TABLE articles (
                seq               bigint  PRIMARY KEY CHECK (seq > 0),
                id                text    NOT NULL UNIQUE,
                content_hash      bytea   NOT NULL UNIQUE CHECK (octet_length(content_hash) = 32),
                version_of        text,
                version           integer NOT NULL DEFAULT 1 CHECK (version >= 1),
                title             text,
                source            text,
                url               text,
                published         text,
                language          text,
                origin            text,
                text              text    NOT NULL,
                headline          text    NOT NULL,
                seen_ms           bigint  NOT NULL,
                ingested_ms       bigint  NOT NULL,
                features          bytea   NOT NULL,
                story_id          text    NOT NULL REFERENCES stories(id),
                started_story     boolean NOT NULL,
                near_duplicate_of text,
                similarity        double precision NOT NULL
            )
            """,
            "CREATE INDEX articles_by_story ON articles(story_id, seen_ms, seq)",
            "CREATE INDEX articles_by_version_of ON articles(version_of) WHERE version_of IS NOT NULL",
            """
            CREATE TABLE story_merges (
                seq         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                from_story  text   NOT NULL REFERENCES stories(id),
                into_story  text   NOT NULL REFERENCES stories(id),
                article_seq bigint NOT NULL REFERENCES articles(seq),
                CHECK (from_story <> into_story)
            )
            """,
        ]),
        new(2, "full-text search of article titles and texts (english, accents folded, GIN index)",
        [
            $"""
            CREATE FUNCTION {FoldFunction}(text) RETURNS text LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
            AS $$ SELECT translate($1, '{AccentedLetters}', '{PlainLetters}') $$
            """,
            $"""
            ALTER TABLE articles ADD COLUMN search tsvector GENERATED ALWAYS AS
                (to_tsvector('english'::regconfig, {FoldFunction}(coalesce(title, '') || ' ' || text))) STORED
            """,
            "CREATE INDEX articles_search ON articles USING gin (search)",
        ]),
        new(3, "accent folding skips texts without accented letters (same results, a fraction of the cost)",
        [
            // translate() scans the whole letter list for every character (about 0.5 ms for an article): a text
            // with no letter in the list's code point range (U+00C0..U+0233) is returned as it is, which
            // translate() would have done too, so stored search vectors stay valid.
            $"""
            CREATE OR REPLACE FUNCTION {FoldFunction}(text) RETURNS text LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
            AS $$ SELECT CASE WHEN $1 ~ '[{AccentedRange}]' THEN translate($1, '{AccentedLetters}', '{PlainLetters}') ELSE $1 END $$
            """,
        ]),
    ];

    /// <summary>The schema version this build creates and reads.</summary>
    public static int LatestVersion => Migrations[^1].Version;

    /// <summary>The schema version of the database open on <paramref name="connection"/> (0 when it has no
    /// <c>schema_version</c> table).</summary>
    public static async Task<int> VersionAsync(NpgsqlConnection connection, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(connection);
        // A catalog query, not to_regclass: after waiting for the lock of a process that just created the table,
        // to_regclass can still answer from this session's stale catalog cache.
        if (await ScalarAsync(connection, $"SELECT EXISTS (SELECT 1 FROM pg_tables WHERE schemaname = current_schema() AND tablename = '{VersionTable}')", cancellationToken) is not true)
        {
            return 0;
        }

        return Convert.ToInt32(await ScalarAsync(connection, $"SELECT coalesce(max(version), 0) FROM {VersionTable}", cancellationToken), CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// Brings the database open on <paramref name="connection"/> (named <paramref name="name"/> in errors) up
    /// to <paramref name="targetVersion"/> (default <see cref="LatestVersion"/>), waiting at most
    /// <paramref name="lockTimeout"/> for another process's migration or write. Each step re-reads the
    /// version under the lock, so concurrent openers apply it once.
    /// </summary>
    public static async Task MigrateAsync(NpgsqlConnection connection, string name, TimeSpan lockTimeout, int? targetVersion = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var target = targetVersion ?? LatestVersion;
        ArgumentOutOfRangeException.ThrowIfGreaterThan(target, LatestVersion, nameof(targetVersion));
        if (await VersionAsync(connection, cancellationToken) >= target)
        {
            return;
        }

        foreach (var migration in Migrations.TakeWhile(migration => migration.Version <= target))
        {
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            await LockAsync(connection, lockTimeout, cancellationToken);
            if (await VersionAsync(connection, cancellationToken) >= migration.Version)
            {
                continue;
            }

            try
            {
                foreach (var statement in migration.Statements)
                {
                    await ExecuteAsync(connection, statement, cancellationToken);
                }

                await using var record = new NpgsqlCommand($"INSERT INTO {VersionTable} (version, description) VALUES (@version, @description)", connection);
                record.Parameters.AddWithValue("version", migration.Version);
                record.Parameters.AddWithValue("description", migration.Description);
                await record.ExecuteNonQueryAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
            }
            catch (PostgresException error) when (!PostgresFailures.IsConnectionOrLock(error))
            {
                throw new CrosswireException(ErrorCatalogue.StoreMigrationFailed, name, error, migration.Version, error.MessageText);
            }
        }
    }

    /// <summary>Takes the store's advisory lock for the current transaction, waiting at most
    /// <paramref name="timeout"/> (then PostgreSQL fails with <c>lock_not_available</c>, E184).</summary>
    internal static async Task LockAsync(NpgsqlConnection connection, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var milliseconds = Math.Max(1, (long)timeout.TotalMilliseconds);
        await using var command = new NpgsqlCommand(
            string.Create(CultureInfo.InvariantCulture, $"SET LOCAL lock_timeout = {milliseconds}; SELECT pg_advisory_xact_lock({LockKey}); SET LOCAL lock_timeout = 0"),
            connection);
        // The wait is bounded by lock_timeout, not by the command timeout.
        command.CommandTimeout = 0;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Checks that the database is Crosswire's (or empty) and not newer than this build.</summary>
    internal static async Task CheckOwnerAsync(NpgsqlConnection connection, string name, CancellationToken cancellationToken)
    {
        var marker = await ScalarAsync(connection, $"SELECT coalesce(obj_description(to_regclass('{VersionTable}'), 'pg_class'), '') WHERE to_regclass('{VersionTable}') IS NOT NULL", cancellationToken);
        if (marker is null)
        {
            var tables = Convert.ToInt64(await ScalarAsync(connection, "SELECT count(*) FROM pg_tables WHERE schemaname = current_schema()", cancellationToken), CultureInfo.InvariantCulture);
            if (tables > 0)
            {
                var schema = await ScalarAsync(connection, "SELECT current_schema()", cancellationToken);
                throw new CrosswireException(ErrorCatalogue.PostgresForeign, name, $"schema '{schema}' holds {tables} tables of another application and no Crosswire {VersionTable} table");
            }

            return;
        }

        if (!string.Equals(marker as string, Marker, StringComparison.Ordinal))
        {
            throw new CrosswireException(ErrorCatalogue.PostgresForeign, name, $"its {VersionTable} table belongs to another application");
        }

        var version = await VersionAsync(connection, cancellationToken);
        if (version > LatestVersion)
        {
            throw new CrosswireException(ErrorCatalogue.StoreTooNew, name, version, LatestVersion);
        }
    }

    internal static async Task<object?> ScalarAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteScalarAsync(cancellationToken);
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
