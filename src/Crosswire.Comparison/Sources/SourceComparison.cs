using System.Collections.Immutable;
using Crosswire.Comparison.Claims;
using Crosswire.Comparison.Conflicts;
using Crosswire.Comparison.Entities;
using Crosswire.Comparison.Quotes;
using Crosswire.Comparison.Timeline;
using Crosswire.Core.Errors;
using Crosswire.Summarization.Stories;

namespace Crosswire.Comparison.Sources;

/// <summary>The comparison of one story's sources: everything <see cref="SourceComparer"/> found. Immutable.</summary>
/// <param name="StoryId">The story's id.</param>
/// <param name="Claims">Its claims; those a conflict touches have status <see cref="ClaimStatus.Conflict"/>.</param>
/// <param name="Conflicts">Where the sources disagree, each with its variants side by side.</param>
/// <param name="Quotes">Quotes with their speakers, the same words in several articles grouped.</param>
/// <param name="Entities">People, organisations and places with their mentions.</param>
/// <param name="Timeline">Dated events, sorted by date.</param>
/// <param name="Copies">Articles recognised as reprints of another article of the story.</param>
/// <param name="Rejections">Articles a stage had to leave out, with the reason (an unusable publication date).</param>
public sealed record SourceComparison(
    string StoryId,
    ImmutableArray<Claim> Claims,
    ImmutableArray<Conflict> Conflicts,
    ImmutableArray<QuoteGroup> Quotes,
    ImmutableArray<Entity> Entities,
    ImmutableArray<TimelineEvent> Timeline,
    ImmutableArray<ArticleCopy> Copies,
    ImmutableArray<Rejection> Rejections);
