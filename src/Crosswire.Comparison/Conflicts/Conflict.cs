using System.Collections.Immutable;
using Crosswire.Comparison.Claims;

namespace Crosswire.Comparison.Conflicts;

/// <summary>What kind of value the sources disagree on.</summary>
public enum ConflictKind
{
    /// <summary>A count: people, votes, pages, a match minute, an age.</summary>
    Number,

    /// <summary>An amount with a unit: money, distance, area, percentage, duration.</summary>
    Quantity,

    /// <summary>A date (day, month, year, week, or a range of them).</summary>
    Date,

    /// <summary>A clock time on a day.</summary>
    Time,

    /// <summary>Who did something: a person or an organisation.</summary>
    Participant,
}

/// <summary>One source's version of a disputed fact.</summary>
/// <param name="Value">The value, normalised (<c>14</c>, <c>3200 m</c>, <c>2026-05-23</c>, a full name).</param>
/// <param name="Written">The value as written in the sentence.</param>
/// <param name="Text">The sentence that states it.</param>
/// <param name="Sources">The articles and sentences that state this value (copies print the same one).</param>
public sealed record ConflictVariant(string Value, string Written, string Text, ImmutableArray<ClaimSource> Sources);

/// <summary>Sources that disagree on one fact: every variant shown side by side, never resolved.</summary>
/// <param name="Kind">What kind of value differs.</param>
/// <param name="About">A few words of context saying what the value is about (the counted noun or the words
/// around the value in the first variant).</param>
/// <param name="Variants">One entry per article that states a value, in article order.</param>
public sealed record Conflict(ConflictKind Kind, string About, ImmutableArray<ConflictVariant> Variants);
