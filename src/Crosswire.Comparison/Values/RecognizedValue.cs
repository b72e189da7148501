using System.Globalization;
using Crosswire.Core.Documents;

namespace Crosswire.Comparison.Values;

/// <summary>What a recognised number measures.</summary>
public enum ValueKind
{
    /// <summary>A count of things: <c>nine people</c>, <c>18,400</c>, <c>a dozen</c>.</summary>
    Count,

    /// <summary>A position: <c>the 71st minute</c>, <c>third</c>.</summary>
    Ordinal,

    /// <summary>An age in years: <c>aged 52</c>, <c>52-year-old</c>, <c>Leon Carter, 52,</c>.</summary>
    Age,

    /// <summary>An amount of money; <see cref="RecognizedValue.Unit"/> is an ISO 4217 code.</summary>
    Money,

    /// <summary>A percentage; unit <c>%</c>.</summary>
    Percentage,

    /// <summary>A distance or depth in metres; unit <c>m</c>.</summary>
    Length,

    /// <summary>An area in hectares; unit <c>ha</c>.</summary>
    Area,

    /// <summary>A mass in kilograms; unit <c>kg</c>.</summary>
    Mass,

    /// <summary>A duration. The unit is <c>mo</c> (years and months, counted in months), <c>d</c> (weeks
    /// and days, counted in days) or <c>s</c> (hours, minutes and seconds, counted in seconds).</summary>
    Duration,
}

/// <summary>A qualifier written before a number that makes it a bound or an estimate.</summary>
public enum ValueModifier
{
    /// <summary>No qualifier: the number is stated as exact.</summary>
    None,

    /// <summary><c>at least</c>, <c>as many as</c>: a lower bound that includes the number.</summary>
    AtLeast,

    /// <summary><c>more than</c>, <c>over</c>: a lower bound that excludes it.</summary>
    MoreThan,

    /// <summary><c>about</c>, <c>around</c>, <c>some</c>, <c>nearly</c>, <c>an estimated</c>: an estimate.</summary>
    About,

    /// <summary><c>up to</c>, <c>at most</c>: an upper bound that includes the number.</summary>
    UpTo,

    /// <summary><c>less than</c>, <c>fewer than</c>, <c>under</c>: an upper bound that excludes it.</summary>
    LessThan,

    /// <summary>A vague multiple (<c>dozens</c>, <c>hundreds</c>): at least the smallest such multiple.</summary>
    Vague,
}

/// <summary>
/// A number or quantity found in a sentence, normalised so that two outlets' versions of a fact can be
/// compared: <c>3,200 metres</c> and <c>3.2 kilometres</c> both have amount 3200 in unit <c>m</c>.
/// </summary>
/// <param name="Span">The characters of the value (modifier, currency, number and unit) in the text that
/// was searched.</param>
/// <param name="Text">The value as written.</param>
/// <param name="Kind">What the number measures.</param>
/// <param name="Amount">The amount in <paramref name="Unit"/>.</param>
/// <param name="Unit">The normalised unit: an ISO 4217 code for money, <c>%</c>, <c>m</c>, <c>ha</c>,
/// <c>kg</c>, the duration units of <see cref="ValueKind.Duration"/>, or empty for counts, ordinals and
/// ages.</param>
/// <param name="Modifier">The qualifier written before the number.</param>
/// <param name="Counted">What a count or ordinal counts, when a plain noun follows it (<c>species</c>,
/// <c>arrests</c>, <c>minute</c>); null otherwise.</param>
public sealed record RecognizedValue(
    TextSpan Span, string Text, ValueKind Kind, decimal Amount, string Unit, ValueModifier Modifier, string? Counted)
{
    /// <summary>
    /// The value in the notation of the comparison fixtures: digits for counts, ordinals and ages (<c>9</c>,
    /// <c>18400</c>); <c>&lt;amount&gt; &lt;unit&gt;</c> for quantities (<c>2.45 GBP</c>, <c>3200 m</c>,
    /// <c>22 %</c>); an ISO 8601 duration for durations (<c>P6Y8M</c>, <c>P42D</c>, <c>PT11H</c>).
    /// </summary>
    public string Normalized => Kind switch
    {
        ValueKind.Count or ValueKind.Ordinal or ValueKind.Age => Format(Amount),
        ValueKind.Duration => IsoDuration(),
        _ => $"{Format(Amount)} {Unit}",
    };

    /// <summary>
    /// True when this value and <paramref name="other"/> can both be true of one fact: same kind and unit,
    /// and the ranges their modifiers allow overlap (<c>at least 30</c> and <c>at least 45</c> agree;
    /// <c>14</c> and <c>11</c> do not; <c>dozens</c> agrees with <c>40</c>). An estimate (<c>about</c>)
    /// allows 5% either way.
    /// </summary>
    public bool AgreesWith(RecognizedValue other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (Kind != other.Kind || !string.Equals(Unit, other.Unit, StringComparison.Ordinal))
        {
            return false;
        }

        var (low, high, lowOpen, highOpen) = Bounds();
        var (otherLow, otherHigh, otherLowOpen, otherHighOpen) = other.Bounds();
        var lowerEnd = Math.Max(low, otherLow);
        var upperEnd = Math.Min(high, otherHigh);
        if (lowerEnd < upperEnd)
        {
            return true;
        }

        if (lowerEnd > upperEnd)
        {
            return false;
        }

        var lowIsOpen = (low == lowerEnd && lowOpen) || (otherLow == lowerEnd && otherLowOpen);
        var highIsOpen = (high == upperEnd && highOpen) || (otherHigh == upperEnd && otherHighOpen);
        return !lowIsOpen && !highIsOpen;
    }

    private (decimal Low, decimal High, bool LowOpen, bool HighOpen) Bounds() => Modifier switch
    {
        ValueModifier.AtLeast or ValueModifier.Vague => (Amount, decimal.MaxValue, false, false),
        ValueModifier.MoreThan => (Amount, decimal.MaxValue, true, false),
        ValueModifier.About => (Amount * 0.95m, Amount * 1.05m, false, false),
        ValueModifier.UpTo => (decimal.MinValue, Amount, false, false),
        ValueModifier.LessThan => (decimal.MinValue, Amount, false, true),
        _ => (Amount, Amount, false, false),
    };

    private string IsoDuration()
    {
        switch (Unit)
        {
            case "mo":
                var years = decimal.Truncate(Amount / 12);
                var months = Amount - (years * 12);
                return "P" + (years != 0 ? Format(years) + "Y" : string.Empty)
                    + (months != 0 || years == 0 ? Format(months) + "M" : string.Empty);
            case "d":
                return "P" + Format(Amount) + "D";
            default:
                var hours = decimal.Truncate(Amount / 3600);
                var minutes = decimal.Truncate((Amount - (hours * 3600)) / 60);
                var seconds = Amount - (hours * 3600) - (minutes * 60);
                return "PT" + (hours != 0 ? Format(hours) + "H" : string.Empty)
                    + (minutes != 0 ? Format(minutes) + "M" : string.Empty)
                    + (seconds != 0 || (hours == 0 && minutes == 0) ? Format(seconds) + "S" : string.Empty);
        }
    }

    private static string Format(decimal amount) =>
        (amount / 1.000000000000000000000000000000000m).ToString(CultureInfo.InvariantCulture);
}
