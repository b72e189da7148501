namespace Crosswire.Comparison.Timeline;

/// <summary>The tense of the clause an expression stands in, as far as its cue words tell.</summary>
internal enum Tense : byte
{
    Unknown,
    Past,
    Future,
}

/// <summary>
/// Turns matched patterns into values, in article order: against the publication date (relative
/// expressions), the tense of the clause (a weekday or month that may lie ahead or behind) and the dates
/// told before (anaphora, clock times alone). One instance per article; not thread-safe.
/// </summary>
internal sealed class TemporalResolver
{
    private readonly DateOnly? _published;
    private readonly int _newsDayWindow;
    private TemporalValue? _lastValue;
    private DateOnly? _lastNewsDay;
    private PartOfDay _lastNewsPart;
    private DateOnly? _sentenceDay;
    private PartOfDay _sentencePart;

    public TemporalResolver(DateOnly? published, int newsDayWindow)
    {
        _published = published;
        _newsDayWindow = newsDayWindow;
    }

    /// <summary>Starts a new sentence: a clock time prefers a day named earlier in its own sentence.</summary>
    public void StartSentence() => _sentenceDay = null;

    /// <summary>Resolves <paramref name="pattern"/>; <paramref name="nextDay"/> is a day named later in the
    /// same sentence, used by a clock time with nothing before it.</summary>
    public TemporalValue? Resolve(TemporalPattern pattern, Tense tense, TemporalPattern? nextDay, out TemporalAnchor anchor)
    {
        anchor = AnchorOf(pattern);
        var value = Value(pattern, tense, nextDay);
        if (value is not null)
        {
            Remember(value, pattern.Part);
        }

        return value;
    }

    private static TemporalAnchor AnchorOf(TemporalPattern pattern) => pattern switch
    {
        CalendarDate { Year.Rule: YearRule.Explicit } => TemporalAnchor.Absolute,
        DateRange range when AnchorOf(range.From) == TemporalAnchor.Absolute && AnchorOf(range.To) == TemporalAnchor.Absolute => TemporalAnchor.Absolute,
        PeriodEdge edge => AnchorOf(edge.Inner),
        MonthSpan { Year.Rule: YearRule.Explicit } => TemporalAnchor.Absolute,
        Anaphor => TemporalAnchor.Context,
        ClockTime { Day: null } => TemporalAnchor.Context,
        ClockTime clock => AnchorOf(clock.Day!),
        DateRange range => AnchorOf(range.From) == TemporalAnchor.Context ? TemporalAnchor.Context : TemporalAnchor.Publication,
        _ => TemporalAnchor.Publication,
    };

    private void Remember(TemporalValue value, PartOfDay part)
    {
        _lastValue = value;
        if (value.From.Date is { } sentenceDay && value.To.Date == sentenceDay)
        {
            (_sentenceDay, _sentencePart) = (sentenceDay, part);
        }

        if (value.From.Date is { } day && value.To.Date == day && _published is { } published
            && Math.Abs(day.DayNumber - published.DayNumber) <= _newsDayWindow)
        {
            _lastNewsDay = day;
            _lastNewsPart = part;
        }
    }

    private TemporalValue? Value(TemporalPattern pattern, Tense tense, TemporalPattern? nextDay)
    {
        switch (pattern)
        {
            case ClockTime clock:
                return Clock(clock, tense, nextDay);
            case DateRange range:
                var from = Value(range.From, tense, nextDay);
                if (from is null)
                {
                    return null;
                }

                // "between 10am and 11am": the second time is on the first one's day.
                var to = range.To is ClockTime toClock && from.From.Date is { } fromDay
                    ? new TemporalValue(TemporalPoint.OfMinute(fromDay, toClock.Hour, toClock.Minute))
                    : Value(range.To, tense, nextDay);
                return to is not null && to.End > from.Start && to.To != from.From ? new TemporalValue(from.From, to.To) : null;
            default:
                return Date(pattern, tense);
        }
    }

    private TemporalValue? Clock(ClockTime clock, Tense tense, TemporalPattern? nextDay)
    {
        DateOnly? day;
        PartOfDay part;
        if (clock.Day is not null)
        {
            day = Date(clock.Day, tense)?.From.Date;
            part = clock.Day.Part;
        }
        else if (_sentenceDay is not null)
        {
            (day, part) = (_sentenceDay, _sentencePart);
        }
        else if (_lastNewsDay is not null)
        {
            (day, part) = (_lastNewsDay, _lastNewsPart);
        }
        else if (nextDay is not null && Date(nextDay, tense) is { } next)
        {
            (day, part) = (next.From.Date, nextDay.Part);
        }
        else
        {
            (day, part) = (_published, PartOfDay.None);
        }

        if (day is not { } date)
        {
            return null;
        }

        var hour = clock.Hour;
        if (!clock.HasMeridiem && hour < 12 && part is PartOfDay.Afternoon or PartOfDay.Evening or PartOfDay.Night)
        {
            hour += 12;
        }

        return new TemporalValue(TemporalPoint.OfMinute(date, hour, clock.Minute));
    }

    private TemporalValue? Date(TemporalPattern pattern, Tense tense)
    {
        switch (pattern)
        {
            case CalendarDate date when date.Year.Rule == YearRule.Explicit:
                return Calendar(date.Year.Value, date.Month, date.Day);
            case Anaphor anaphor:
                return Anaphoric(anaphor);
            case ClockTime clock:
                return Clock(clock, tense, null);
            case MonthSpan { Year.Rule: YearRule.Explicit } span:
                return Span(default, span, false);
            case PeriodEdge edge when AnchorOf(edge.Inner) == TemporalAnchor.Absolute:
                return Edge(Date(edge.Inner, tense), edge.IsEnd);
        }

        if (_published is not { } published)
        {
            return null;
        }

        switch (pattern)
        {
            case CalendarDate date:
                return date.Year.Rule == YearRule.Offset
                    ? Calendar(published.Year + date.Year.Value, date.Month, date.Day)
                    : Unwritten(published, date.Month, date.Day, date.Year.Rule, tense);
            case RelativeDay relative:
                return TemporalValue.OfDay(published.AddDays(relative.Offset));
            case WeekdayDate weekday:
                return TemporalValue.OfDay(WeekdayNear(published, weekday.Weekday, weekday.Direction, tense == Tense.Future));
            case RelativePeriod period:
                return Period(published, period.Unit, period.Offset);
            case NewYear:
                return TemporalValue.OfYear(published.Month >= 7 ? published.Year + 1 : published.Year);
            case MonthSpan span:
                return Span(published, span, tense == Tense.Future);
            case Weekend weekend:
                var saturday = WeekdayNear(published, DayOfWeek.Saturday, weekend.Direction, tense == Tense.Future || published.DayOfWeek != DayOfWeek.Sunday && weekend.Direction == YearRule.This);
                if (published.DayOfWeek == DayOfWeek.Sunday && weekend.Direction is YearRule.Infer or YearRule.This)
                {
                    saturday = published.AddDays(-1);
                }

                return new TemporalValue(TemporalPoint.OfDay(saturday), TemporalPoint.OfDay(saturday.AddDays(1)));
            case PeriodEdge edge:
                return Edge(Date(edge.Inner, tense), edge.IsEnd);
            default:
                return null;
        }
    }

    private static TemporalValue? Edge(TemporalValue? inner, bool isEnd)
    {
        if (inner is null)
        {
            return null;
        }

        // "the end of the year" is its last month; "the end of April" and "the end of the week" stay as they are.
        var point = isEnd ? inner.To : inner.From;
        return point.Granularity == TemporalGranularity.Year
            ? TemporalValue.OfMonth(point.Year, isEnd ? 12 : 1)
            : new TemporalValue(point);
    }

    private TemporalValue? Anaphoric(Anaphor anaphor)
    {
        var context = _lastValue?.From;
        if (anaphor.Unit == CalendarUnit.Day)
        {
            var day = context?.Date ?? (anaphor.Offset == 0 ? _lastNewsDay ?? _published : null);
            return day is { } date ? TemporalValue.OfDay(date.AddDays(anaphor.Offset)) : null;
        }

        if (context is not { } point)
        {
            return null;
        }

        return anaphor.Unit switch
        {
            CalendarUnit.Year => TemporalValue.OfYear(point.Year + anaphor.Offset),
            CalendarUnit.Month when point.Granularity >= TemporalGranularity.Month && point.Granularity != TemporalGranularity.Week =>
                MonthValue(point.Year, point.Month + anaphor.Offset),
            CalendarUnit.Week when point.Date is { } date => new TemporalValue(TemporalPoint.WeekOf(date.AddDays(7 * anaphor.Offset))),
            _ => null,
        };
    }

    private static TemporalValue? Calendar(int year, int month, int day)
    {
        if (year is < 2 or > 9997)
        {
            return null;
        }

        if (month == 0)
        {
            return TemporalValue.OfYear(year);
        }

        if (day == 0)
        {
            return TemporalValue.OfMonth(year, month);
        }

        return day <= DateTime.DaysInMonth(year, month) ? TemporalValue.OfDay(new DateOnly(year, month, day)) : null;
    }

    /// <summary>A month or day written without its year: the rule says which occurrence; without one, the
    /// coming one in a future clause, else the occurrence nearest the publication date (a past verb does not
    /// override it: news uses the past tense for plans reported, "said the works began in June").</summary>
    private static TemporalValue? Unwritten(DateOnly published, int month, int day, YearRule rule, Tense tense)
    {
        var thisYear = published.Year;
        var target = day == 0 ? (month * 32) : (month * 32) + day;
        var now = day == 0 ? published.Month * 32 : (published.Month * 32) + published.Day;
        var pastYear = target <= now ? thisYear : thisYear - 1;
        var futureYear = target >= now ? thisYear : thisYear + 1;
        var year = rule switch
        {
            YearRule.Last => target < now ? thisYear : thisYear - 1,
            YearRule.Next => target > now ? thisYear : thisYear + 1,
            YearRule.This => thisYear,
            _ when tense == Tense.Future => futureYear,
            _ when tense == Tense.Past => pastYear,
            _ => MonthsBetween(pastYear, month, published) <= MonthsBetween(futureYear, month, published) ? pastYear : futureYear,
        };
        return Calendar(year, month, day);
    }

    private static int MonthsBetween(int year, int month, DateOnly published) =>
        Math.Abs(((year * 12) + month) - ((published.Year * 12) + published.Month));

    private static DateOnly WeekdayNear(DateOnly published, DayOfWeek weekday, YearRule direction, bool future)
    {
        var back = ((int)published.DayOfWeek - (int)weekday + 7) % 7;
        var ahead = ((int)weekday - (int)published.DayOfWeek + 7) % 7;
        return direction switch
        {
            YearRule.Last => published.AddDays(back == 0 ? -7 : -back),
            YearRule.Next => published.AddDays(ahead == 0 ? 7 : ahead),
            YearRule.This => published.AddDays(ahead),
            _ when future => published.AddDays(ahead),
            _ => published.AddDays(-back),
        };
    }

    private static TemporalValue Period(DateOnly published, CalendarUnit unit, int offset) => unit switch
    {
        CalendarUnit.Day => TemporalValue.OfDay(published.AddDays(offset)),
        CalendarUnit.Week => new TemporalValue(TemporalPoint.WeekOf(published.AddDays(7 * offset))),
        CalendarUnit.Month => MonthValue(published.Year, published.Month + offset),
        _ => TemporalValue.OfYear(published.Year + offset),
    };

    private static TemporalValue MonthValue(int year, int month)
    {
        var index = (year * 12) + month - 1;
        return TemporalValue.OfMonth(index / 12, (index % 12) + 1);
    }

    private static TemporalValue? Span(DateOnly published, MonthSpan span, bool future)
    {
        int year;
        if (span.Year.Rule == YearRule.Explicit)
        {
            year = span.Year.Value;
        }
        else if (span.Year.Rule == YearRule.Offset)
        {
            year = published.Year + span.Year.Value;
        }
        else
        {
            // The run that holds the publication date, or the one after or before it.
            var first = (published.Year * 12) + span.FirstMonth - 1;
            if (span.FirstMonth == 12 && published.Month <= 2)
            {
                first -= 12;
            }

            var now = (published.Year * 12) + published.Month - 1;
            var shift = span.Year.Rule switch
            {
                YearRule.Next => first > now ? 0 : 12,
                YearRule.Last => first + span.Months - 1 < now ? 0 : -12,
                _ when future && first + span.Months - 1 < now => 12,
                _ => 0,
            };
            var start = first + shift;
            return new TemporalValue(
                TemporalPoint.OfMonth(start / 12, (start % 12) + 1),
                TemporalPoint.OfMonth((start + span.Months - 1) / 12, ((start + span.Months - 1) % 12) + 1));
        }

        var from = (year * 12) + span.FirstMonth - 1;
        var to = from + span.Months - 1;
        return new TemporalValue(TemporalPoint.OfMonth(from / 12, (from % 12) + 1), TemporalPoint.OfMonth(to / 12, (to % 12) + 1));
    }
}
