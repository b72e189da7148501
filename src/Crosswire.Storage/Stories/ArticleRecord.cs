using System.Collections.Immutable;
using Crosswire.Core.Documents;
using Crosswire.Storage.Hashing;

namespace Crosswire.Storage.Stories;

/// <summary>
/// One article to store: its metadata and text, its content hash, the clustering features it was clustered
/// with (an opaque blob the store keeps to rebuild the clusterer) and the story decision made for it.
/// </summary>
/// <param name="Article">The article, with the id it is stored under (see <see cref="Admission.ArticleId"/>).</param>
/// <param name="Hash">Hash of its normalised text.</param>
/// <param name="Features">Serialised clustering features.</param>
/// <param name="Assignment">The story it joined or started, and the merges its arrival caused.</param>
public sealed record ArticleRecord(Article Article, ContentHash Hash, ReadOnlyMemory<byte> Features, StoryAssignment Assignment)
{
    /// <summary>For a later version of an article, the id of its first version (see
    /// <see cref="Admission.ExistingId"/>); null otherwise.</summary>
    public string? VersionOf { get; init; }

    /// <summary>Version number (see <see cref="Admission.Version"/>). Default 1.</summary>
    public int Version { get; init; } = 1;

    /// <summary>The record of an article admitted as <paramref name="admission"/>: its id becomes the
    /// admitted id and its version fields are filled in.</summary>
    public static ArticleRecord Admitted(Admission admission, Article article, ContentHash hash, ReadOnlyMemory<byte> features, StoryAssignment assignment)
    {
        ArgumentNullException.ThrowIfNull(admission);
        ArgumentNullException.ThrowIfNull(article);
        if (!admission.IsStored)
        {
            throw new ArgumentException($"article '{admission.ArticleId}' is a duplicate and is not stored", nameof(admission));
        }

        return new ArticleRecord(article with { Id = admission.ArticleId }, hash, features, assignment)
        {
            VersionOf = admission.Kind == AdmissionKind.NewVersion ? admission.ExistingId : null,
            Version = admission.Version,
        };
    }
}

/// <summary>The clusterer's decision for one article.</summary>
/// <param name="StoryId">Story the article belongs to after its arrival.</param>
/// <param name="StartedStory">True when the article started that story.</param>
/// <param name="NearDuplicateOf">Id of an earlier article it is a near duplicate of (a reprint or light
/// edit), or null.</param>
/// <param name="Similarity">Similarity to the story (or to the near duplicate), 0 to 1; 0 for a new story.</param>
/// <param name="Merges">Stories merged because of this article, in the order they happened.</param>
public sealed record StoryAssignment(
    string StoryId,
    bool StartedStory,
    string? NearDuplicateOf,
    double Similarity,
    ImmutableArray<StoryMergeRecord> Merges);

/// <summary>A merge of two stories found to be one: every article of <paramref name="From"/> now belongs to
/// <paramref name="Into"/>, and <paramref name="From"/> resolves to <paramref name="Into"/> when looked up.</summary>
/// <param name="From">The story absorbed.</param>
/// <param name="Into">The story that remains.</param>
public sealed record StoryMergeRecord(string From, string Into);
