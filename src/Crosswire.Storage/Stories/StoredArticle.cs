using Crosswire.Core.Documents;
using Crosswire.Storage.Hashing;

namespace Crosswire.Storage.Stories;

/// <summary>An article as read back from a store.</summary>
/// <param name="Sequence">Arrival order in the store: 1 for the first article ever stored, increasing.</param>
/// <param name="Article">The article, with its stored id (<c>id@vN</c> for a later version).</param>
/// <param name="Hash">Hash of its normalised text.</param>
/// <param name="Headline">Its headline: the title, or the start of its text when it has none.</param>
/// <param name="StoryId">Story it belongs to now (after any merge).</param>
/// <param name="StartedStory">True when it started a story (the story may since have been merged).</param>
/// <param name="NearDuplicateOf">Earlier article it is a near duplicate of, or null.</param>
/// <param name="Similarity">Similarity recorded by the clusterer.</param>
/// <param name="VersionOf">For a later version of an article, the id of its first version; otherwise null.</param>
/// <param name="Version">1 for a first version, 2 and up for later ones.</param>
/// <param name="Ingested">When it was stored.</param>
public sealed record StoredArticle(
    long Sequence,
    Article Article,
    ContentHash Hash,
    string Headline,
    string StoryId,
    bool StartedStory,
    string? NearDuplicateOf,
    double Similarity,
    string? VersionOf,
    int Version,
    DateTimeOffset Ingested)
{
    /// <summary>When the article was seen: its publication time, or when it was stored if that is unknown.</summary>
    public DateTimeOffset Seen => Article.Published ?? Ingested;
}

/// <summary>The clustering features of a stored article, for rebuilding the clusterer in arrival order.</summary>
/// <param name="Sequence">Arrival order in the store.</param>
/// <param name="ArticleId">Stored id.</param>
/// <param name="Features">Serialised features, as stored.</param>
public sealed record StoredFeatures(long Sequence, string ArticleId, ReadOnlyMemory<byte> Features);
