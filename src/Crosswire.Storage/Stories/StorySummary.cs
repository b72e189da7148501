using System.Collections.Immutable;

namespace Crosswire.Storage.Stories;

/// <summary>
/// A story as listed: its id, headline, size, outlets and the time span it covers.
/// </summary>
/// <remarks>
/// The headline is the title of the story's earliest article that has a title (earliest by
/// <see cref="StoredArticle.Seen"/>, then arrival); when no article has a title, the headline of its earliest
/// article (the start of its text). A story's times are the earliest and latest
/// <see cref="StoredArticle.Seen"/> of its articles.
/// </remarks>
/// <param name="Id">Story id.</param>
/// <param name="Headline">Headline, by the rule above.</param>
/// <param name="ArticleCount">Number of stored articles in the story.</param>
/// <param name="Outlets">Distinct outlets, most articles first (ties by name).</param>
/// <param name="FirstSeen">Earliest article time.</param>
/// <param name="LastSeen">Latest article time.</param>
public sealed record StorySummary(
    string Id,
    string Headline,
    int ArticleCount,
    ImmutableArray<string> Outlets,
    DateTimeOffset FirstSeen,
    DateTimeOffset LastSeen);

/// <summary>A story with all its articles, earliest first (by <see cref="StoredArticle.Seen"/>, then arrival).</summary>
/// <param name="Summary">The story.</param>
/// <param name="Articles">Its articles.</param>
public sealed record StoryDetail(StorySummary Summary, ImmutableArray<StoredArticle> Articles);

/// <summary>Which stories to list, newest first (by <see cref="StorySummary.LastSeen"/>, then id, descending).</summary>
public sealed record StoryQuery
{
    /// <summary>Only stories with an article seen at or after this time. Default null: no limit.</summary>
    public DateTimeOffset? Since { get; init; }

    /// <summary>Only stories with an article whose title or text holds every word of this text (case- and
    /// accent-insensitive, whole words with full-text search, substrings without). Default null: all.</summary>
    public string? Search { get; init; }

    /// <summary>Largest number of stories returned. Default 50.</summary>
    public int Limit { get; init; } = 50;

    /// <summary>Number of matching stories to skip, for paging. Default 0.</summary>
    public int Offset { get; init; }
}

/// <summary>One page of stories.</summary>
/// <param name="Stories">The stories of the page, newest first.</param>
/// <param name="Total">Number of stories matching the query over all pages.</param>
public sealed record StoryPage(ImmutableArray<StorySummary> Stories, int Total);

/// <summary>How much a store holds.</summary>
/// <param name="Articles">Stored articles (every version counts).</param>
/// <param name="Stories">Stories not merged into another.</param>
/// <param name="Merges">Story merges recorded.</param>
/// <param name="Versions">Stored articles that are a later version of another.</param>
public sealed record StoreCounts(long Articles, long Stories, long Merges, long Versions);
