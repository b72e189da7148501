using System.Globalization;
using Crosswire.Core.Errors;

namespace Crosswire.Comparison.Timeline;

/// <summary>How precisely a <see cref="TemporalPoint"/> is known, from coarsest to finest.</summary>
public enum TemporalGranularity
{
    /// <summary>A calendar year: <c>2026</c>.</summary>
    Year,

    /// <summary>A month: <c>2026-04</c>.</summary>
    Month,

    /// <summary>An ISO 8601 week (Monday to Sunday): <c>2026-W19</c>.</summary>
    Week,

    /// <summary>A day: <c>2026-04-21</c>.</summary>
    Day,

    /// <summary>A clock time on a day, to the minute, local time as printed: <c>2026-02-09T21:45</c>.</summary>
    Minute,
}

/// <summary>
/// A year, month, ISO week, day or clock time on a day, written in the notation of the comparison
/// fixtures (<c>YYYY</c>, <c>YYYY-MM</c>, <c>YYYY-Www</c>, <c>YYYY-MM-DD</c>, <c>YYYY-MM-DDTHH:MM</c>).
/// A point covers the interval <see cref="Start"/> (inclusive) to <see cref="End"/> (exclusive).
/// </summary>
public readonly record struct TemporalPoint : IComparable<TemporalPoint>
{
    private TemporalPoint(TemporalGranularity granularity, int year, int month, int week, int day, int hour, int minute)
    {
        Granularity = granularity;
        Year = year;
        Month = month;
        Week = week;
        Day = day;
        Hour = hour;
        Minute = minute;
    }

    /// <summary>How precisely the point is known.</summary>
    public TemporalGranularity Granularity { get; }

    /// <summary>The year (for <see cref="TemporalGranularity.Week"/>: the ISO week-numbering year).</summary>
    public int Year { get; }

    /// <summary>Month 1–12; 0 for a year or a week.</summary>
    public int Month { get; }

    /// <summary>ISO week 1–53; 0 unless the point is a week.</summary>
    public int Week { get; }

    /// <summary>Day of the month 1–31; 0 for a year, month or week.</summary>
    public int Day { get; }

    /// <summary>Hour 0–23; 0 unless the point is a clock time.</summary>
    public int Hour { get; }

    /// <summary>Minute 0–59; 0 unless the point is a clock time.</summary>
    public int Minute { get; }

    /// <summary>The first instant the point covers.</summary>
    public DateTime Start => Granularity switch
    {
        TemporalGranularity.Year => new DateTime(Year, 1, 1, 0, 0, 0, DateTimeKind.Unspecified),
        TemporalGranularity.Month => new DateTime(Year, Month, 1, 0, 0, 0, DateTimeKind.Unspecified),
        TemporalGranularity.Week => ISOWeek.ToDateTime(Year, Week, DayOfWeek.Monday),
        TemporalGranularity.Day => new DateTime(Year, Month, Day, 0, 0, 0, DateTimeKind.Unspecified),
        _ => new DateTime(Year, Month, Day, Hour, Minute, 0, DateTimeKind.Unspecified),
    };

    /// <summary>The first instant after the point (exclusive end).</summary>
    public DateTime End => Granularity switch
    {
        TemporalGranularity.Year => Start.AddYears(1),
        TemporalGranularity.Month => Start.AddMonths(1),
        TemporalGranularity.Week => Start.AddDays(7),
        TemporalGranularity.Day => Start.AddDays(1),
        _ => Start.AddMinutes(1),
    };

    /// <summary>The day of a day or clock-time point; null for coarser points.</summary>
    public DateOnly? Date => Granularity >= TemporalGranularity.Day ? new DateOnly(Year, Month, Day) : null;

    /// <summary>A year.</summary>
    public static TemporalPoint OfYear(int year)
    {
        CheckYear(year);
        return new(TemporalGranularity.Year, year, 0, 0, 0, 0, 0);
    }

    /// <summary>A month of a year.</summary>
    public static TemporalPoint OfMonth(int year, int month)
    {
        CheckYear(year);
        ArgumentOutOfRangeException.ThrowIfLessThan(month, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(month, 12);
        return new(TemporalGranularity.Month, year, month, 0, 0, 0, 0);
    }

    /// <summary>An ISO week of an ISO week-numbering year.</summary>
    public static TemporalPoint OfWeek(int isoYear, int week)
    {
        CheckYear(isoYear);
        ArgumentOutOfRangeException.ThrowIfLessThan(week, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(week, ISOWeek.GetWeeksInYear(isoYear));
        return new(TemporalGranularity.Week, isoYear, 0, week, 0, 0, 0);
    }

    /// <summary>The ISO week that holds <paramref name="date"/>.</summary>
    public static TemporalPoint WeekOf(DateOnly date)
    {
        var day = date.ToDateTime(TimeOnly.MinValue);
        return OfWeek(ISOWeek.GetYear(day), ISOWeek.GetWeekOfYear(day));
    }

    /// <summary>A day.</summary>
    public static TemporalPoint OfDay(DateOnly date)
    {
        CheckYear(date.Year);
        return new(TemporalGranularity.Day, date.Year, date.Month, 0, date.Day, 0, 0);
    }

    /// <summary>A clock time on a day.</summary>
    public static TemporalPoint OfMinute(DateOnly date, int hour, int minute)
    {
        CheckYear(date.Year);
        ArgumentOutOfRangeException.ThrowIfLessThan(hour, 0);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(hour, 23);
        ArgumentOutOfRangeException.ThrowIfLessThan(minute, 0);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(minute, 59);
        return new(TemporalGranularity.Minute, date.Year, date.Month, 0, date.Day, hour, minute);
    }

    /// <summary>Reads one point in the fixture notation; false when <paramref name="text"/> is not one.</summary>
    public static bool TryParse(ReadOnlySpan<char> text, out TemporalPoint point)
    {
        point = default;
        if (text.Length < 4 || !TryDigits(text[..4], out var year) || year is < 2 or > 9997)
        {
            return false;
        }

        if (text.Length == 4)
        {
            point = OfYear(year);
            return true;
        }

        if (text[4] != '-')
        {
            return false;
        }

        if (text.Length == 8 && text[5] == 'W' && TryDigits(text[6..8], out var week))
        {
            if (week < 1 || week > ISOWeek.GetWeeksInYear(year))
            {
                return false;
            }

            point = OfWeek(year, week);
            return true;
        }

        if (text.Length < 7 || !TryDigits(text[5..7], out var month) || month is < 1 or > 12)
        {
            return false;
        }

        if (text.Length == 7)
        {
            point = OfMonth(year, month);
            return true;
        }

        if (text.Length < 10 || text[7] != '-' || !TryDigits(text[8..10], out var day)
            || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        var date = new DateOnly(year, month, day);
        if (text.Length == 10)
        {
            point = OfDay(date);
            return true;
        }

        if (text.Length != 16 || text[10] != 'T' || text[13] != ':' || !TryDigits(text[11..13], out var hour)
            || !TryDigits(text[14..16], out var minute) || hour > 23 || minute > 59)
        {
            return false;
        }

        point = OfMinute(date, hour, minute);
        return true;
    }

    /// <summary>Orders by start, then the longer (coarser) point first.</summary>
    public int CompareTo(TemporalPoint other)
    {
        var byStart = Start.CompareTo(other.Start);
        return byStart != 0 ? byStart : other.End.CompareTo(End);
    }

    /// <summary>The point in the fixture notation.</summary>
    public override string ToString() => Granularity switch
    {
        TemporalGranularity.Year => Year.ToString("D4", CultureInfo.InvariantCulture),
        TemporalGranularity.Month => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}"),
        TemporalGranularity.Week => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-W{Week:D2}"),
        TemporalGranularity.Day => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}-{Day:D2}"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}-{Day:D2}T{Hour:D2}:{Minute:D2}"),
    };

    /// <summary>True when this point starts before <paramref name="right"/>'s start.</summary>
    public static bool operator <(TemporalPoint left, TemporalPoint right) => left.CompareTo(right) < 0;

    /// <summary>True when this point starts after <paramref name="right"/>'s start.</summary>
    public static bool operator >(TemporalPoint left, TemporalPoint right) => left.CompareTo(right) > 0;

    /// <summary>True unless this point sorts after <paramref name="right"/>.</summary>
    public static bool operator <=(TemporalPoint left, TemporalPoint right) => left.CompareTo(right) <= 0;

    /// <summary>True unless this point sorts before <paramref name="right"/>.</summary>
    public static bool operator >=(TemporalPoint left, TemporalPoint right) => left.CompareTo(right) >= 0;

    private static void CheckYear(int year)
    {
        // Two spare years each side keep every "last year" / "next year" computation inside DateTime's range.
        ArgumentOutOfRangeException.ThrowIfLessThan(year, 2);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, 9997);
    }

    private static bool TryDigits(ReadOnlySpan<char> text, out int value)
    {
        value = 0;
        foreach (var c in text)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        return true;
    }
}

/// <summary>
/// The normalised value of a date or time expression: one <see cref="TemporalPoint"/>, or a range
/// <c>A/B</c> of two (<c>2017/2023</c>, <c>2026-07/2026-09</c>, <c>2026-09-04T10:00/2026-09-04T11:00</c>).
/// Quarters and seasons are month ranges; a weekend is a range of two days.
/// </summary>
public sealed record TemporalValue : IComparable<TemporalValue>
{
    /// <summary>A single point.</summary>
    public TemporalValue(TemporalPoint point)
        : this(point, point)
    {
    }

    /// <summary>A range from <paramref name="from"/> to <paramref name="to"/> (both included).</summary>
    /// <exception cref="ArgumentException"><paramref name="to"/> ends before <paramref name="from"/> starts.</exception>
    public TemporalValue(TemporalPoint from, TemporalPoint to)
    {
        if (to.End <= from.Start)
        {
            throw new ArgumentException($"range end {to} lies before its start {from}", nameof(to));
        }

        From = from;
        To = to;
    }

    /// <summary>The point, or the first point of a range.</summary>
    public TemporalPoint From { get; }

    /// <summary>The point, or the last point of a range (equal to <see cref="From"/> for a single point).</summary>
    public TemporalPoint To { get; }

    /// <summary>True for a range <c>A/B</c>.</summary>
    public bool IsRange => From != To;

    /// <summary>The first instant covered.</summary>
    public DateTime Start => From.Start;

    /// <summary>The first instant after the value (exclusive end).</summary>
    public DateTime End => To.End;

    /// <summary>The finer granularity of the two ends.</summary>
    public TemporalGranularity Granularity => From.Granularity >= To.Granularity ? From.Granularity : To.Granularity;

    /// <summary>A year.</summary>
    public static TemporalValue OfYear(int year) => new(TemporalPoint.OfYear(year));

    /// <summary>A month.</summary>
    public static TemporalValue OfMonth(int year, int month) => new(TemporalPoint.OfMonth(year, month));

    /// <summary>A day.</summary>
    public static TemporalValue OfDay(DateOnly date) => new(TemporalPoint.OfDay(date));

    /// <summary>True when every instant of <paramref name="other"/> lies within this value.</summary>
    public bool Contains(TemporalValue other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return other.Start >= Start && other.End <= End;
    }

    /// <summary>True when the two values share at least one instant.</summary>
    public bool Overlaps(TemporalValue other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return other.Start < End && Start < other.End;
    }

    /// <summary>Reads a value in the fixture notation.</summary>
    /// <exception cref="CrosswireException">E211 when <paramref name="text"/> is not a valid value.</exception>
    public static TemporalValue Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryParse(text, out var value)
            ? value
            : throw new CrosswireException(ErrorCatalogue.BadTemporalValue, text);
    }

    /// <summary>Reads a value in the fixture notation; false when <paramref name="text"/> is not one.</summary>
    public static bool TryParse(string? text, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out TemporalValue? value)
    {
        value = null;
        if (string.IsNullOrEmpty(text))
        {
            return false;
        }

        var slash = text.IndexOf('/', StringComparison.Ordinal);
        if (slash < 0)
        {
            if (!TemporalPoint.TryParse(text, out var point))
            {
                return false;
            }

            value = new TemporalValue(point);
            return true;
        }

        if (!TemporalPoint.TryParse(text.AsSpan(0, slash), out var from)
            || !TemporalPoint.TryParse(text.AsSpan(slash + 1), out var to) || to.End <= from.Start || from == to)
        {
            return false;
        }

        value = new TemporalValue(from, to);
        return true;
    }

    /// <summary>Orders by start, then the longer (coarser) value first.</summary>
    public int CompareTo(TemporalValue? other)
    {
        if (other is null)
        {
            return 1;
        }

        var byStart = Start.CompareTo(other.Start);
        return byStart != 0 ? byStart : other.End.CompareTo(End);
    }

    /// <summary>True when <paramref name="left"/> sorts before <paramref name="right"/>.</summary>
    public static bool operator <(TemporalValue? left, TemporalValue? right) => Compare(left, right) < 0;

    /// <summary>True when <paramref name="left"/> sorts after <paramref name="right"/>.</summary>
    public static bool operator >(TemporalValue? left, TemporalValue? right) => Compare(left, right) > 0;

    /// <summary>True when <paramref name="left"/> sorts before or with <paramref name="right"/>.</summary>
    public static bool operator <=(TemporalValue? left, TemporalValue? right) => Compare(left, right) <= 0;

    /// <summary>True when <paramref name="left"/> sorts after or with <paramref name="right"/>.</summary>
    public static bool operator >=(TemporalValue? left, TemporalValue? right) => Compare(left, right) >= 0;

    private static int Compare(TemporalValue? left, TemporalValue? right) =>
        left is null ? (right is null ? 0 : -1) : left.CompareTo(right);

    /// <summary>The value in the fixture notation (<c>A</c> or <c>A/B</c>).</summary>
    public override string ToString() => IsRange ? $"{From}/{To}" : From.ToString();
}
