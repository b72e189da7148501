using Crosswire.Comparison.Timeline;
using Crosswire.Comparison.Values;
using Crosswire.Core.Documents;

namespace Crosswire.Comparison.Conflicts;

/// <summary>
/// A value stated in a sentence of an article, as the conflict detector compares it: a number or quantity
/// (<see cref="RecognizedValue"/>), a date or clock time (<see cref="TemporalValue"/>) or a participant (a
/// named person or organisation in a role).
/// </summary>
/// <param name="Article">Index of the article in the story.</param>
/// <param name="Span">The value's characters in the article's text.</param>
/// <param name="Sentence">The sentence holding it.</param>
/// <param name="Kind">The kind of value.</param>
/// <param name="Normalized">The normalised value (the fixture notation of ANNOTATION.md).</param>
/// <param name="Written">The value as written.</param>
/// <param name="Counted">What a count counts (<c>species</c>), when known; for a participant, its entity type
/// (<c>Person</c>, <c>Organization</c>): only participants of one type are compared.</param>
public sealed record StatedValue(int Article, TextSpan Span, TextSpan Sentence, ConflictKind Kind, string Normalized, string Written, string? Counted)
{
    /// <summary>The number or quantity, for <see cref="ConflictKind.Number"/> and <see cref="ConflictKind.Quantity"/>.</summary>
    public RecognizedValue? Amount { get; init; }

    /// <summary>For a participant, the job title or role written with the name (<c>referee</c>, <c>chief
    /// executive</c>), when there is one.</summary>
    public string? Role { get; init; }

    /// <summary>True when the sentence says the figure was revised or has changed since it was first
    /// reported (<c>now</c>, <c>has risen to</c>, <c>more than first thought</c>).</summary>
    public bool Revised { get; init; }

    /// <summary>For a participant, what the sentence says the participant did, as a canonical verb stem
    /// (<c>lead</c> for "led by X", "X, who is leading", "headed by X"; <c>buy</c> for "bought by X"), when
    /// it says so next to the name.</summary>
    public string? Event { get; init; }

    /// <summary>The date or time, for <see cref="ConflictKind.Date"/> and <see cref="ConflictKind.Time"/>.</summary>
    public TemporalValue? Date { get; init; }

    /// <summary>True when both values can describe the same fact at once: same kind and dimension, and the
    /// ranges their modifiers allow overlap ("dozens" and 40; two lower bounds; 3,200 metres and 3.2
    /// kilometres; "this week" and Thursday); a participant agrees when one name contains the other's words
    /// (surname against full name).</summary>
    public bool AgreesWith(StatedValue other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (Kind != other.Kind)
        {
            return false;
        }

        if (Amount is not null && other.Amount is not null)
        {
            // Two lower bounds agree ("at least 30", "at least 45") unless one sentence says the figure was
            // revised ("have now been cancelled", "more than first thought"): then they are rival figures.
            return (Revised || other.Revised) && IsLowerBound(Amount.Modifier) && IsLowerBound(other.Amount.Modifier)
                ? Amount.Amount == other.Amount.Amount
                : Amount.AgreesWith(other.Amount);
        }

        if (Date is not null && other.Date is not null)
        {
            // Two periods ("between 2017 and 2023", "from 2018 to 2023") overlap yet disagree unless equal.
            return Date.IsRange && other.Date.IsRange ? Date == other.Date : Date.Overlaps(other.Date);
        }

        return NamesAgree(Normalized, other.Normalized);
    }

    /// <summary>True when the two values can be compared at all (same kind, same unit or dimension; participants
    /// of the same entity type).</summary>
    public bool IsComparableWith(StatedValue other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (Kind != other.Kind)
        {
            return false;
        }

        if (Amount is not null && other.Amount is not null)
        {
            return Amount.Kind == other.Amount.Kind && string.Equals(Amount.Unit, other.Amount.Unit, StringComparison.Ordinal);
        }

        if (Kind == ConflictKind.Participant)
        {
            // A buyer or a leader may be a person or an organisation: the same deed makes them comparable.
            return string.Equals(Counted, other.Counted, StringComparison.Ordinal)
                || (Event is not null && string.Equals(Event, other.Event, StringComparison.Ordinal));
        }

        return (Amount is null) == (other.Amount is null) && (Date is null) == (other.Date is null);
    }

    /// <summary>
    /// True when two disagreeing values are close enough to be rival versions of one fact rather than two
    /// different facts: amounts within a factor of <paramref name="maxRatio"/> (outlets that disagree on a
    /// figure give figures of the same order: 14 and 11, £1.8m and £2.3m, not 27 and 101), dates no further
    /// apart than a week or <paramref name="maxRatio"/> times the longer value (12 and 14 June, 1887 and 1889;
    /// not April and a Tuesday in October), clock times within <see cref="MaxClockGapHours"/>. Participants
    /// are always close.
    /// </summary>
    public bool IsNear(StatedValue other, double maxRatio)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (Amount is not null && other.Amount is not null)
        {
            var (low, high) = (Math.Min(Amount.Amount, other.Amount.Amount), Math.Max(Amount.Amount, other.Amount.Amount));
            return low > 0 && (double)(high / low) <= maxRatio;
        }

        if (Date is not null && other.Date is not null)
        {
            if (Kind == ConflictKind.Time && other.Kind == ConflictKind.Time)
            {
                // Rival clock times of one event differ by minutes or hours (9.45pm and 10.30pm), never by days.
                return Math.Abs((Date.Start - other.Date.Start).TotalHours) <= MaxClockGapHours;
            }

            var longer = Math.Max((Date.End - Date.Start).TotalDays, (other.Date.End - other.Date.Start).TotalDays);
            var gap = Math.Max((other.Date.Start - Date.End).TotalDays, (Date.Start - other.Date.End).TotalDays);
            return gap <= Math.Max(MaxDayGap, maxRatio * longer);
        }

        return true;
    }

    /// <summary>True for two amounts within a factor of 1.5 of each other (38 days and six weeks, aged 52 and
    /// 49) or two clock times within an hour: values this close are likely rival versions of one figure.
    /// Dates and participants are never close in this sense.</summary>
    public bool IsClose(StatedValue other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (Amount is not null && other.Amount is not null)
        {
            var (low, high) = (Math.Min(Amount.Amount, other.Amount.Amount), Math.Max(Amount.Amount, other.Amount.Amount));
            return low > 0 && high / low <= 1.5m;
        }

        return Kind == ConflictKind.Time && other.Kind == ConflictKind.Time && Date is not null && other.Date is not null
            && Math.Abs((Date.Start - other.Date.Start).TotalHours) <= 1;
    }

    /// <summary>Rival dates lie at most a week apart (22 and 29 January), or within <c>maxRatio</c> times the
    /// longer value (1887 and 1889; the third quarter and the end of the year).</summary>
    public const double MaxDayGap = 7;

    /// <summary>Clock times further apart than this many hours are different moments, not rival versions
    /// of one.</summary>
    public const double MaxClockGapHours = 3;

    private static bool IsLowerBound(ValueModifier modifier) => modifier is ValueModifier.AtLeast or ValueModifier.MoreThan;

    private static string[] Words(string name) =>
        [.. name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(word => word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("’s", StringComparison.Ordinal) ? word[..^2] : word)];

    /// <summary>True for two person names that look like two spellings of one name: same first name and
    /// surnames that share their first <paramref name="prefix"/> letters and both go on past them ("Nikos
    /// Andreou", "Nikos Andreadis"; not "Berg" and "Bergström").</summary>
    public static bool AreSpellingVariants(string first, string second, int prefix = 4)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        var a = Words(first);
        var b = Words(second);
        if (a.Length < 2 || b.Length < 2 || NamesAgree(first, second)
            || !string.Equals(a[0], b[0], StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var (x, y) = (a[^1], b[^1]);
        return x.Length > prefix && y.Length > prefix && x.AsSpan(0, prefix).Equals(y.AsSpan(0, prefix), StringComparison.OrdinalIgnoreCase);
    }

    private static bool NamesAgree(string first, string second)
    {
        var a = Words(first);
        var b = Words(second);
        var (shorter, longer) = a.Length <= b.Length ? (a, b) : (b, a);
        return shorter.All(word => longer.Contains(word, StringComparer.OrdinalIgnoreCase));
    }
}
