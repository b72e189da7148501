namespace Crosswire.Web.Hosting;

/// <summary>Options of <see cref="WebServer"/>.</summary>
public sealed record WebServerOptions
{
    /// <summary>The default address: loopback only, port 5080.</summary>
    public const string DefaultUrl = "http://127.0.0.1:5080";

    /// <summary>The story database: a SQLite file (created when missing) or a PostgreSQL URL, opened with
    /// <see cref="Storage.StoryStores.OpenAsync"/>. Default <c>./crosswire.db</c>.</summary>
    public string Database { get; init; } = Storage.Sqlite.SqliteStoryStore.DefaultPath;

    /// <summary>Addresses to listen on (port 0 picks a free port). Default <see cref="DefaultUrl"/>.</summary>
    public IReadOnlyList<string> Urls { get; init; } = [DefaultUrl];

    /// <summary>The key write requests must present as <c>Authorization: Bearer KEY</c>. Default null: none,
    /// which only <see cref="Development"/> on loopback addresses allows (writes are then open).</summary>
    public string? ApiKey { get; init; }

    /// <summary>Development mode: allows running without an API key, on loopback addresses only. Default false.</summary>
    public bool Development { get; init; }

    /// <summary>Largest request body in bytes; a larger one gets 413. Default 32 MiB.</summary>
    public long MaxBodyBytes { get; init; } = 32L * 1024 * 1024;

    /// <summary>Briefs kept in memory (each until its story changes). Default 512.</summary>
    public int BriefCacheSize { get; init; } = 512;
}
