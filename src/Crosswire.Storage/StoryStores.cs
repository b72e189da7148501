using Crosswire.Storage.Postgres;
using Crosswire.Storage.Sqlite;

namespace Crosswire.Storage;

/// <summary>
/// Opens the store a location names, the one way every front end opens a store: a PostgreSQL URL
/// (<c>postgres://user:password@host:port/database</c>, <c>postgresql://…</c>) or an Npgsql connection string
/// starting with <c>Host=</c> opens a <see cref="PostgresStoryStore"/>; anything else is a file path and opens
/// a <see cref="SqliteStoryStore"/>.
/// </summary>
public static class StoryStores
{
    /// <summary>The environment variable naming the store used when none is given.</summary>
    public const string LocationVariable = "CROSSWIRE_DB";

    /// <summary>The store used when none is given: <c>$CROSSWIRE_DB</c> when set, else
    /// <see cref="SqliteStoryStore.DefaultPath"/>.</summary>
    public static string DefaultLocation =>
        Environment.GetEnvironmentVariable(LocationVariable) is { Length: > 0 } location ? location : SqliteStoryStore.DefaultPath;

    /// <summary>Opens (creating or migrating when needed) the store at <paramref name="location"/>.</summary>
    /// <exception cref="Core.Errors.CrosswireException">The store's errors: E180–E185 for a file, E180,
    /// E183–E185 and E240–E244 for a PostgreSQL database.</exception>
    public static async Task<IStoryStore> OpenAsync(string location, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(location);
        return PostgresAddress.IsPostgres(location)
            ? await PostgresStoryStore.OpenAsync(location, cancellationToken: cancellationToken)
            : await SqliteStoryStore.OpenAsync(location, cancellationToken: cancellationToken);
    }
}
