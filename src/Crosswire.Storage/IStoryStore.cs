using System.Collections.Immutable;
using Crosswire.Storage.Stories;

namespace Crosswire.Storage;

/// <summary>
/// Where Crosswire keeps articles, the stories they form and the merges between stories. Every write goes
/// through an <see cref="IStoreTransaction"/>, which holds the store's write lock: what a transaction added
/// is stored all together or not at all, and writers from several processes take turns. Implementations:
/// <see cref="Sqlite.SqliteStoryStore"/> (a file, the default) and <see cref="Postgres.PostgresStoryStore"/> (a
/// server a team shares); <see cref="StoryStores.OpenAsync"/> picks one from a location. Safe to use from several threads.
/// </summary>
public interface IStoryStore : IAsyncDisposable
{
    /// <summary>Where the store lives, for messages (a file path, a server name).</summary>
    string Name { get; }

    /// <summary>Starts a write transaction, waiting for other writers up to the busy timeout.</summary>
    Task<IStoreTransaction> BeginAsync(CancellationToken cancellationToken = default);

    /// <summary>The stored article with id <paramref name="articleId"/>, or null.</summary>
    Task<StoredArticle?> FindArticleAsync(string articleId, CancellationToken cancellationToken = default);

    /// <summary>The stored article whose content has hash <paramref name="hash"/>, or null.</summary>
    Task<StoredArticle?> FindByHashAsync(Hashing.ContentHash hash, CancellationToken cancellationToken = default);

    /// <summary>A page of stories, newest first.</summary>
    Task<StoryPage> ListStoriesAsync(StoryQuery query, CancellationToken cancellationToken = default);

    /// <summary>The stories with the given ids, in the order given; an id merged into another story gives the
    /// story it was merged into (once); unknown ids are left out.</summary>
    Task<ImmutableArray<StorySummary>> GetStoriesAsync(IReadOnlyCollection<string> storyIds, CancellationToken cancellationToken = default);

    /// <summary>The story <paramref name="storyId"/> with its articles, following merges (the id of a merged
    /// story gives the story it was merged into), or null when no story has that id.</summary>
    Task<StoryDetail?> GetStoryAsync(string storyId, CancellationToken cancellationToken = default);

    /// <summary>The clustering features of every article stored after <paramref name="afterSequence"/>, in
    /// arrival order, to rebuild or catch up a clusterer.</summary>
    IAsyncEnumerable<StoredFeatures> ReadFeaturesAsync(long afterSequence = 0, CancellationToken cancellationToken = default);

    /// <summary>How much the store holds.</summary>
    Task<StoreCounts> CountAsync(CancellationToken cancellationToken = default);

    /// <summary>Checks that the store is sound and its stories agree with their articles (no article in a
    /// merged story, article counts right, merges flattened); returns the problems found (empty when sound).</summary>
    Task<ImmutableArray<string>> CheckIntegrityAsync(CancellationToken cancellationToken = default);
}

/// <summary>
/// A write transaction of an <see cref="IStoryStore"/>: holds the store's write lock from start to
/// <see cref="CommitAsync"/> or disposal. Disposing without committing rolls everything back. Not
/// thread-safe.
/// </summary>
public interface IStoreTransaction : IAsyncDisposable
{
    /// <summary>Arrival sequence of the newest article stored when the transaction started (0 for an empty
    /// store). A clusterer that has seen fewer articles catches up with
    /// <see cref="IStoryStore.ReadFeaturesAsync"/> before deciding anything in this transaction.</summary>
    long LastSequence { get; }

    /// <summary>Applies <see cref="AdmissionRule"/> to <paramref name="candidates"/> against what is stored
    /// (including what this transaction added).</summary>
    Task<ImmutableArray<Admission>> AdmitAsync(IReadOnlyList<ArticleKey> candidates, CancellationToken cancellationToken = default);

    /// <summary>Stores <paramref name="articles"/> in order with their story assignments, applying each
    /// article's merges after it. Stories are created as first named. Throws on a broken contract (an id or
    /// content already stored, a merge of an unknown story); the transaction must then be disposed.</summary>
    Task AddAsync(IReadOnlyList<ArticleRecord> articles, CancellationToken cancellationToken = default);

    /// <summary>Makes everything added durable and releases the write lock.</summary>
    Task CommitAsync(CancellationToken cancellationToken = default);
}
