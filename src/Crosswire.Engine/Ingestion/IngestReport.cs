using System.Collections.Immutable;
using Crosswire.Core.Errors;
using Crosswire.Storage.Stories;

namespace Crosswire.Engine.Ingestion;

/// <summary>An offered article that was not stored because its content is already stored (or came earlier
/// in the same ingest).</summary>
/// <param name="ArticleId">The id it was offered with.</param>
/// <param name="StoredAs">The id of the stored article with the same content.</param>
/// <param name="Input">Where it was read from.</param>
public sealed record DuplicateArticle(string ArticleId, string StoredAs, string Input);

/// <summary>What one <see cref="StoryIngestor.IngestAsync"/> did.</summary>
/// <param name="Stored">Articles stored (new articles and new versions).</param>
/// <param name="NewVersions">Of <paramref name="Stored"/>, new versions of an id already stored with other
/// content (stored as <c>id@vN</c>).</param>
/// <param name="Duplicates">Articles not stored because their content was already stored.</param>
/// <param name="Rejections">Inputs rejected, with their reasons, in input order.</param>
/// <param name="StoriesStarted">Stories started by this ingest.</param>
/// <param name="Merges">Story merges made by this ingest.</param>
/// <param name="Stories">The stories this ingest added articles to, as they stand afterwards (merged ones
/// followed to the story they joined), newest first.</param>
public sealed record IngestReport(
    int Stored,
    int NewVersions,
    ImmutableArray<DuplicateArticle> Duplicates,
    ImmutableArray<Rejection> Rejections,
    int StoriesStarted,
    int Merges,
    ImmutableArray<StorySummary> Stories);

/// <summary>Where an ingest stands, reported as it goes.</summary>
/// <param name="Read">Inputs read so far (articles and rejected inputs).</param>
/// <param name="Stored">Articles committed so far.</param>
/// <param name="Duplicates">Duplicates found so far.</param>
/// <param name="Rejected">Inputs rejected so far.</param>
public readonly record struct IngestProgress(int Read, int Stored, int Duplicates, int Rejected);
