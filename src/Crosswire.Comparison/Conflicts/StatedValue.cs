using Crosswire.Comparison.Values;
using Crosswire.Core.Documents;

namespace Crosswire.Comparison.Conflicts;

/// <summary>
/// A value stated in a sentence of an article, as the conflict detector compares it: a number or quantity
/// (<see cref="RecognizedValue"/>), a date or clock time or a participant (a
/// named person or organisation in a role).
/// </summary>
/// <param name="Article">Index of the article in the story.</param>
/// <param name="Span">The value's characters in the article's text.</param>
/// <param name="Sentence">The sentence holding it.</param>
/// <param name="Kind">The kind of value.</param>
/// <param name="Normalized">The normalised value (the fixture notation of ANNOTATION.md).</param>
/// <param name="Written">The value as written.</param>
/// <param name="Counted">What a count counts or what role a participant has (<c>species</c>, <c>led</c>), when known.</param>
public sealed record StatedValue(int Article, TextSpan Span, TextSpan Sentence, ConflictKind Kind, string Normalized, string Written, string? Counted)
{
    /// <summary>The number or quantity, for <see cref="ConflictKind.Number"/> and <see cref="ConflictKind.Quantity"/>.</summary>
    public RecognizedValue? Amount { get; init; }

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
            return Amount.AgreesWith(other.Amount);
        }

        return NamesAgree(Normalized, other.Normalized);
    }

    /// <summary>True when the two values can be compared at all (same kind, same unit or dimension).</summary>
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

        return (Amount is null) == (other.Amount is null);
    }

    private static bool NamesAgree(string first, string second)
    {
        var a = first.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var b = second.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var (shorter, longer) = a.Length <= b.Length ? (a, b) : (b, a);
        return shorter.All(word => longer.Contains(word, StringComparer.OrdinalIgnoreCase));
    }
}
