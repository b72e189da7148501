using Crosswire.Storage.Hashing;

namespace Crosswire.Storage.Stories;

/// <summary>An article offered to the store: the id it came with and the hash of its content.</summary>
/// <param name="Id">Id given by its input.</param>
/// <param name="Hash">Hash of its normalised text.</param>
public readonly record struct ArticleKey(string Id, ContentHash Hash);

/// <summary>What the store does with an offered article.</summary>
public enum AdmissionKind
{
    /// <summary>New content under a new id: stored as given.</summary>
    New,

    /// <summary>The same content is already stored (or comes earlier in the same batch), under any id:
    /// not stored again.</summary>
    Duplicate,

    /// <summary>The id is already stored with different content (an updated article): stored as a new
    /// version under <c>id@vN</c> (N = 2, 3, …), linked to the first version.</summary>
    NewVersion,
}

/// <summary>The store's verdict on one <see cref="ArticleKey"/>.</summary>
/// <param name="Kind">What happens to the article.</param>
/// <param name="ArticleId">Id it is stored under (<see cref="AdmissionKind.New"/>,
/// <see cref="AdmissionKind.NewVersion"/>), or the id it was offered with (<see cref="AdmissionKind.Duplicate"/>).</param>
/// <param name="ExistingId">For a duplicate, the stored article with the same content; for a new version, the
/// id of the first version; otherwise null.</param>
/// <param name="Version">Version number: 1 for a new article, 2 and up for a new version, 0 for a duplicate.</param>
public sealed record Admission(AdmissionKind Kind, string ArticleId, string? ExistingId, int Version)
{
    /// <summary>True when the article is to be stored.</summary>
    public bool IsStored => Kind != AdmissionKind.Duplicate;
}
