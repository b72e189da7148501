namespace Crosswire.Storage.Sqlite;

/// <summary>Options of <see cref="SqliteStoryStore"/>.</summary>
public sealed record SqliteStoryStoreOptions
{
    /// <summary>Default options.</summary>
    public static SqliteStoryStoreOptions Default { get; } = new();

    /// <summary>How long a writer waits for another process's write transaction to end before giving up
    /// with E184. Default 60 seconds (an ingest commits a chunk in well under a second).</summary>
    public TimeSpan BusyTimeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Search with the FTS5 full-text index (whole words, accents ignored). When false, or when the
    /// SQLite build has no FTS5, search falls back to <c>LIKE</c> substring matching (ASCII case-insensitive,
    /// a full scan). Default true.</summary>
    public bool UseFullTextSearch { get; init; } = true;

    /// <summary>Clock for ingestion times. Default <see cref="TimeProvider.System"/>.</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;
}
