namespace Crosswire.Comparison.Timeline;

/// <summary>A calendar unit that relative and anaphoric expressions count in.</summary>
internal enum CalendarUnit : byte
{
    Day,
    Week,
    Month,
    Year,
}

/// <summary>How the year of a month or day is found.</summary>
internal enum YearRule : byte
{
    /// <summary>Written: <c>June 2025</c>.</summary>
    Explicit,

    /// <summary>Publication year plus an offset: <c>April last year</c>.</summary>
    Offset,

    /// <summary>Not written: the tense of the clause, else the occurrence nearest the publication date.</summary>
    Infer,

    /// <summary><c>last October</c>: the latest occurrence before the publication date.</summary>
    Last,

    /// <summary><c>next January</c>: the first occurrence after the publication date.</summary>
    Next,

    /// <summary><c>this summer</c>: the occurrence of the publication year.</summary>
    This,
}

/// <summary>A year rule with its number (the year for <see cref="YearRule.Explicit"/>, the offset for
/// <see cref="YearRule.Offset"/>).</summary>
internal readonly record struct YearSpec(YearRule Rule, int Value)
{
    public static YearSpec Infer => new(YearRule.Infer, 0);

    public static YearSpec Of(int year) => new(YearRule.Explicit, year);

    public static YearSpec Relative(int offset) => new(YearRule.Offset, offset);
}

/// <summary>
/// What a matched expression says, before it is resolved against the publication date and the earlier
/// expressions of the article. Built by <see cref="TemporalMatcher"/>, read by <see cref="TemporalResolver"/>.
/// </summary>
internal abstract record TemporalPattern
{
    /// <summary>The part of day the expression names, used to read a clock time without am/pm.</summary>
    public virtual PartOfDay Part => PartOfDay.None;

    /// <summary>True when the expression can name a single day (so a clock time can attach to it).</summary>
    public virtual bool IsDay => false;
}

/// <summary>A year, a month of a year, or a day (<c>Month</c> 0: year only; <c>Day</c> 0: month only).</summary>
internal sealed record CalendarDate(YearSpec Year, int Month, int Day) : TemporalPattern
{
    public override bool IsDay => Day > 0;
}

/// <summary><c>today</c>, <c>tonight</c>, <c>yesterday</c>, <c>last night</c>, <c>tomorrow morning</c>.</summary>
internal sealed record RelativeDay(int Offset, PartOfDay PartOfDay) : TemporalPattern
{
    public override PartOfDay Part => PartOfDay;

    public override bool IsDay => true;
}

/// <summary>A weekday, bare or with <c>last</c> / <c>next</c> / <c>this</c> (<see cref="YearRule.Infer"/>,
/// <see cref="YearRule.Last"/>, <see cref="YearRule.Next"/>, <see cref="YearRule.This"/>).</summary>
internal sealed record WeekdayDate(DayOfWeek Weekday, YearRule Direction, PartOfDay PartOfDay) : TemporalPattern
{
    public override PartOfDay Part => PartOfDay;

    public override bool IsDay => true;
}

/// <summary><c>this week</c>, <c>last month</c>, <c>next year</c>, <c>three weeks ago</c>.</summary>
internal sealed record RelativePeriod(CalendarUnit Unit, int Offset) : TemporalPattern
{
    public override bool IsDay => Unit == CalendarUnit.Day;
}

/// <summary><c>the new year</c>: the coming year in the second half of a year, the current one early in it.</summary>
internal sealed record NewYear : TemporalPattern;

/// <summary>A run of months: a season, quarter or half (<see cref="FirstMonth"/> may be December, running
/// into the next year).</summary>
internal sealed record MonthSpan(int FirstMonth, int Months, YearSpec Year) : TemporalPattern;

/// <summary>A Saturday–Sunday weekend, with <c>last</c> / <c>next</c> / <c>this</c> or bare.</summary>
internal sealed record Weekend(YearRule Direction) : TemporalPattern;

/// <summary><c>the end of</c> (or <c>start of</c>) a year, month or week.</summary>
internal sealed record PeriodEdge(TemporalPattern Inner, bool IsEnd) : TemporalPattern;

/// <summary>An expression that counts from the previous date of the article: <c>the following morning</c>
/// (Day, +1), <c>that evening</c> (Day, 0), <c>the following month</c> (Month, +1).</summary>
internal sealed record Anaphor(CalendarUnit Unit, int Offset, PartOfDay PartOfDay) : TemporalPattern
{
    public override PartOfDay Part => PartOfDay;

    public override bool IsDay => Unit == CalendarUnit.Day;
}

/// <summary>A clock time, with the day written next to it or null (then taken from the context).
/// <see cref="HasMeridiem"/> is false for <c>seven o'clock</c>, whose half of the day is read from the
/// context.</summary>
internal sealed record ClockTime(int Hour, int Minute, bool HasMeridiem, TemporalPattern? Day) : TemporalPattern
{
    public override PartOfDay Part => Day?.Part ?? PartOfDay.None;
}

/// <summary>A range <c>A/B</c>: <c>between 2017 and 2023</c>, <c>1950-53</c>, <c>between 10am and 11am</c>.</summary>
internal sealed record DateRange(TemporalPattern From, TemporalPattern To) : TemporalPattern;

/// <summary>A recurring or vague time that is deliberately not tagged (<c>every Thursday</c>,
/// <c>Sunday afternoons</c>, <c>8pm on weekdays</c>): matched only so its words are skipped.</summary>
internal sealed record Excluded : TemporalPattern
{
    public static Excluded Instance { get; } = new();
}
