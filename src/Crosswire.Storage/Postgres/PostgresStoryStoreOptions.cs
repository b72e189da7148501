namespace Crosswire.Storage.Postgres;

/// <summary>Options of <see cref="PostgresStoryStore"/>.</summary>
public sealed record PostgresStoryStoreOptions
{
    /// <summary>Default options.</summary>
    public static PostgresStoryStoreOptions Default { get; } = new();

    /// <summary>How long a writer waits for another writer's transaction (any process, any machine) to end
    /// before giving up with E184. Default 60 seconds (an ingest commits a chunk in well under a second).</summary>
    public TimeSpan BusyTimeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Search with the full-text index (<c>to_tsvector('english', …)</c>: whole words, English
    /// stemming, accents ignored). When false, search falls back to <c>ILIKE</c> substring matching (case
    /// insensitive, a full scan). Default true.</summary>
    public bool UseFullTextSearch { get; init; } = true;

    /// <summary>Clock for ingestion times. Default <see cref="TimeProvider.System"/>.</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;
}
