using Crosswire.Comparison.Claims;
using Crosswire.Comparison.Conflicts;
using Crosswire.Core.Errors;
using Crosswire.Summarization.Stories;

namespace Crosswire.Comparison.Sources;

/// <summary>Options of <see cref="SourceComparer"/>.</summary>
public sealed record SourceComparerOptions
{
    /// <summary>Default options.</summary>
    public static SourceComparerOptions Default { get; } = new();

    /// <summary>How sentences become terms and when articles are copies (the summarizer's story index).</summary>
    public StoryIndexOptions Index { get; init; } = StoryIndexOptions.Default;

    /// <summary>Claim grouping.</summary>
    public ClaimGrouperOptions Claims { get; init; } = ClaimGrouperOptions.Default;

    /// <summary>Conflict detection.</summary>
    public ConflictDetectorOptions Conflicts { get; init; } = ConflictDetectorOptions.Default;

    /// <summary>Most agreed facts, and most single-source claims per outlet, a brief lists (the most widely
    /// reported, then the earliest in their articles, first); the comparison itself keeps them all. Conflicts,
    /// quotes, entities and the timeline are never cut. Default 12: a brief is read, not searched.</summary>
    public int BriefClaimsPerSection { get; init; } = 12;

    /// <summary>Throws E220 when an option is out of range.</summary>
    public void Validate(string input = "comparison options")
    {
        if (Index is null || Claims is null || Conflicts is null)
        {
            throw new CrosswireException(ErrorCatalogue.ComparisonBadOption, input, "Index, Claims and Conflicts options are required");
        }

        if (BriefClaimsPerSection is < 1 or > 10_000)
        {
            throw new CrosswireException(ErrorCatalogue.ComparisonBadOption, input, $"BriefClaimsPerSection must be between 1 and 10000, not {BriefClaimsPerSection}");
        }

        Index.Validate(input);
        Claims.Validate(input);
        Conflicts.Validate(input);
    }
}
