using System.Collections.Immutable;

namespace Crosswire.Clustering;

/// <summary>Where <see cref="StoryClusterer.Add"/> placed one article.</summary>
/// <param name="ArticleId">The article placed.</param>
/// <param name="StoryId">The story it belongs to now (after any merge this decision made).</param>
/// <param name="StartedStory">True when the article started a new story.</param>
/// <param name="NearDuplicateOf">The earlier article it reprints, edits or updates (an exact copy, or an
/// estimated shingle Jaccard similarity or containment over the thresholds), or null.</param>
/// <param name="Similarity">How strongly it belongs: the estimated Jaccard similarity (or containment) to
/// <paramref name="NearDuplicateOf"/> when that is set, else its score against the story it joined, else its
/// best score against any candidate story (0 when there was none).</param>
/// <param name="Merges">Stories merged by this decision, in order; each <see cref="StoryMerge.From"/> id no
/// longer exists afterwards and its articles belong to <see cref="StoryMerge.Into"/>.</param>
public sealed record ClusterDecision(
    string ArticleId,
    string StoryId,
    bool StartedStory,
    string? NearDuplicateOf,
    double Similarity,
    ImmutableArray<StoryMerge> Merges)
{
    /// <summary>True when the article had too little prose to be compared with others (an error page, a
    /// crawl notice, a bare caption): it was placed by arrival context, or alone.</summary>
    public bool Contentless { get; init; }
}

/// <summary>Two stories found to be one: every article of <paramref name="From"/> now belongs to
/// <paramref name="Into"/> (always the older of the two), and <paramref name="From"/> is retired.</summary>
/// <param name="From">The story merged away.</param>
/// <param name="Into">The story that remains.</param>
public sealed record StoryMerge(string From, string Into);
