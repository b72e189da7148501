using System.Globalization;
using Crosswire.Comparison.Values;

namespace Crosswire.Comparison.Timeline;

/// <summary>
/// Recognises the date and time expressions of English news at one token of a sentence and says what they
/// mean (<see cref="TemporalPattern"/>) without resolving them. Expressions start at their first meaningful
/// word, so a leading preposition (<c>on</c>, <c>in</c>, <c>since</c>) is never part of them.
/// </summary>
internal static class TemporalMatcher
{
    private static readonly string[] s_monthLeads =
    [
        "in", "since", "until", "till", "by", "from", "last", "next", "this", "early", "late", "of", "during",
        "before", "after", "through", "to", "and", "or", "between", "on", "mid", "around", "throughout",
    ];

    private static readonly string[] s_partLeads = ["throughout", "during", "in", "into", "until", "later", "earlier", "through"];

    /// <summary>Tries to match an expression starting at token <paramref name="i"/>.</summary>
    public static bool TryMatch(ValueLexer t, int i, out TemporalPattern pattern, out int last)
    {
        pattern = Excluded.Instance;
        last = i;
        if (!t.IsWord(i) && !t.IsNumber(i))
        {
            return false;
        }

        if (TryRecurring(t, i, out last) || TryBetween(t, i, out pattern, out last))
        {
            return true;
        }

        if (TryPoint(t, i, out pattern, out last))
        {
            // "10.30pm on Monday" / "Monday at 10.30pm": a clock time and its day are one expression.
            if (pattern is ClockTime { Day: null } clock)
            {
                var dayAt = t.Is(last + 1, "on") ? last + 2 : last + 1;
                if (TryDay(t, dayAt, out var day, out var dayLast))
                {
                    pattern = clock with { Day = day };
                    last = dayLast;
                }
                else if (t.Is(last + 1, "on") && IsRecurringDay(t, last + 2))
                {
                    pattern = Excluded.Instance;
                    last += 2;
                }
            }
            else if (pattern.IsDay && pattern is not Anaphor && t.Is(last + 1, "at") && TryClock(t, last + 2, out var time, out var timeLast))
            {
                pattern = ((ClockTime)time) with { Day = pattern };
                last = timeLast;
            }

            return true;
        }

        return false;
    }

    private static bool TryPoint(ValueLexer t, int i, out TemporalPattern pattern, out int last) =>
        TryClock(t, i, out pattern, out last) || TryPhrase(t, i, out pattern, out last)
        || TryDay(t, i, out pattern, out last) || TryCalendar(t, i, out pattern, out last);

    /// <summary>Expressions that name a single day: weekdays, relative days, dated days.</summary>
    private static bool TryDay(ValueLexer t, int i, out TemporalPattern pattern, out int last)
    {
        if (TryRelativeDay(t, i, out pattern, out last) || TryWeekday(t, i, out pattern, out last))
        {
            return true;
        }

        return TryCalendar(t, i, out pattern, out last) && pattern.IsDay;
    }

    private static bool TryRecurring(ValueLexer t, int i, out int last)
    {
        last = i;
        if ((t.Is(i, "every") || t.Is(i, "each")) && (Weekday(t, i + 1) is not null || Part(t, i + 1) != PartOfDay.None
            || t.Is(i + 1, "day") || t.Is(i + 1, "week") || t.Is(i + 1, "month") || t.Is(i + 1, "year") || t.Is(i + 1, "weekend")))
        {
            last = i + 1 + (Part(t, i + 2) != PartOfDay.None ? 1 : 0);
            return true;
        }

        if (Weekday(t, i) is not null && (t.Is(i + 1, "through") || t.Is(i + 1, "to") || t.Is(i + 1, "thru")) && Weekday(t, i + 2) is not null)
        {
            last = i + 2;
            return true;
        }

        if (IsRecurringDay(t, i))
        {
            last = i + (t.IsWord(i + 1) && CalendarWords.IsRecurringPart(t.At(i + 1)) ? 1 : 0);
            return true;
        }

        if (Weekday(t, i) is not null && t.IsWord(i + 1) && CalendarWords.IsRecurringPart(t.At(i + 1)))
        {
            last = i + 1;
            return true;
        }

        return false;
    }

    private static bool IsRecurringDay(ValueLexer t, int i) => t.IsWord(i) && CalendarWords.IsRecurringDay(t.At(i));

    private static bool TryBetween(ValueLexer t, int i, out TemporalPattern pattern, out int last)
    {
        pattern = Excluded.Instance;
        last = i;
        if (!t.Is(i, "between") || !TryPoint(t, i + 1, out var from, out var fromLast) || !t.Is(fromLast + 1, "and")
            || !TryPoint(t, fromLast + 2, out var to, out last))
        {
            return false;
        }

        if (from.GetType() != to.GetType() && !(from is CalendarDate && to is CalendarDate))
        {
            return false;
        }

        pattern = new DateRange(from, to);
        return true;
    }

    private static bool TryClock(ValueLexer t, int i, out TemporalPattern pattern, out int last)
    {
        pattern = Excluded.Instance;
        last = i;
        if (t.Is(i, "noon") || t.Is(i, "midday"))
        {
            pattern = new ClockTime(12, 0, true, null);
            return true;
        }

        if (t.Is(i, "midnight"))
        {
            pattern = new ClockTime(0, 0, true, null);
            return true;
        }

        if (t.IsWord(i) && NumberWords.TryCardinal(t.At(i), out var spelled) && spelled is >= 1 and <= 12
            && (t.Is(i + 1, "o'clock") || t.Is(i + 1, "o’clock")))
        {
            pattern = new ClockTime(spelled, 0, false, null);
            last = i + 1;
            return true;
        }

        if (!t.IsNumber(i))
        {
            return false;
        }

        var token = t.At(i);
        var hourDigits = 0;
        while (hourDigits < token.Length && char.IsAsciiDigit(token[hourDigits]))
        {
            hourDigits++;
        }

        if (hourDigits is 0 or > 2)
        {
            return false;
        }

        var hour = int.Parse(token[..hourDigits], NumberStyles.None, CultureInfo.InvariantCulture);
        var minute = 0;
        var rest = token[hourDigits..];
        var end = i;
        if (rest.Length >= 3 && rest[0] == '.' && char.IsAsciiDigit(rest[1]) && char.IsAsciiDigit(rest[2]))
        {
            minute = int.Parse(rest[1..3], NumberStyles.None, CultureInfo.InvariantCulture);
            rest = rest[3..];
        }
        else if (rest.IsEmpty && t.IsPunctuation(i + 1, ':') && t.IsNumber(i + 2) && t.At(i + 2).Length >= 2
                 && char.IsAsciiDigit(t.At(i + 2)[0]) && char.IsAsciiDigit(t.At(i + 2)[1]))
        {
            minute = int.Parse(t.At(i + 2)[..2], NumberStyles.None, CultureInfo.InvariantCulture);
            rest = t.At(i + 2)[2..];
            end = i + 2;
        }

        var meridiem = Meridiem(rest);
        if (meridiem < 0 && rest.IsEmpty)
        {
            if (t.IsWord(end + 1) && Meridiem(t.At(end + 1)) >= 0)
            {
                meridiem = Meridiem(t.At(end + 1));
                end++;
            }
            else if ((t.Is(end + 1, "a") || t.Is(end + 1, "p")) && t.IsPunctuation(end + 2, '.') && t.Is(end + 3, "m"))
            {
                meridiem = t.Is(end + 1, "p") ? 12 : 0;
                end += 3 + (t.IsPunctuation(end + 4, '.') ? 1 : 0);
            }
            else if (t.Is(end + 1, "o'clock") || t.Is(end + 1, "o’clock"))
            {
                end++;
                meridiem = -2;
            }
            else if (end == i + 2 && t.Is(i - 1, "at") && hour <= 23)
            {
                // "at 21:45": a 24-hour clock.
                meridiem = -3;
            }
        }

        if (meridiem == -1 || minute > 59)
        {
            return false;
        }

        if (meridiem >= 0)
        {
            if (hour is < 1 or > 12)
            {
                return false;
            }

            hour = (hour % 12) + meridiem;
        }
        else if (hour > (meridiem == -2 ? 12 : 23))
        {
            return false;
        }

        pattern = new ClockTime(hour, minute, meridiem != -2, null);
        last = end;
        return true;
    }

    /// <summary>0 for am, 12 for pm, -1 otherwise.</summary>
    private static int Meridiem(ReadOnlySpan<char> text) =>
        text.Equals("am", StringComparison.OrdinalIgnoreCase) ? 0 : text.Equals("pm", StringComparison.OrdinalIgnoreCase) ? 12 : -1;

    private static bool TryRelativeDay(ValueLexer t, int i, out TemporalPattern pattern, out int last)
    {
        pattern = Excluded.Instance;
        last = i;
        var word = Base(t, i);
        int offset;
        if (word.Equals("today", StringComparison.OrdinalIgnoreCase))
        {
            offset = 0;
        }
        else if (word.Equals("tonight", StringComparison.OrdinalIgnoreCase))
        {
            pattern = new RelativeDay(0, PartOfDay.Night);
            return true;
        }
        else if (word.Equals("yesterday", StringComparison.OrdinalIgnoreCase))
        {
            offset = -1;
        }
        else if (word.Equals("tomorrow", StringComparison.OrdinalIgnoreCase))
        {
            offset = 1;
        }
        else if (t.Is(i, "last") && Base(t, i + 1).Equals("night", StringComparison.OrdinalIgnoreCase) && !t.Is(i - 1, "the"))
        {
            pattern = new RelativeDay(-1, PartOfDay.Night);
            last = i + 1;
            return true;
        }
        else if (t.Is(i, "this") && Part(t, i + 1) is var thisPart and not PartOfDay.None)
        {
            pattern = new RelativeDay(0, thisPart);
            last = i + 1;
            return true;
        }
        else
        {
            return false;
        }

        var part = Part(t, i + 1);
        if (part != PartOfDay.None && word.Length == t.At(i).Length)
        {
            last = i + 1;
        }

        pattern = new RelativeDay(offset, part);
        return true;
    }

    private static bool TryWeekday(ValueLexer t, int i, out TemporalPattern pattern, out int last)
    {
        pattern = Excluded.Instance;
        last = i;
        var direction = YearRule.Infer;
        var at = i;
        if (t.Is(i, "last") || t.Is(i, "next") || t.Is(i, "this"))
        {
            direction = t.Is(i, "last") ? YearRule.Last : t.Is(i, "next") ? YearRule.Next : YearRule.This;
            at = i + 1;
        }

        if (Weekday(t, at) is not { } weekday)
        {
            return false;
        }

        var part = Base(t, at).Length == t.At(at).Length ? Part(t, at + 1) : PartOfDay.None;
        last = part != PartOfDay.None ? at + 1 : at;
        pattern = new WeekdayDate(weekday, direction, part);
        return true;
    }

    /// <summary>Fixed phrases: relative periods, anaphora, period edges, quarters, seasons, weekends.</summary>
    private static bool TryPhrase(ValueLexer t, int i, out TemporalPattern pattern, out int last)
    {
        pattern = Excluded.Instance;
        last = i;

        // "last week", "next month", "this year's".
        if ((t.Is(i, "last") || t.Is(i, "next") || t.Is(i, "this")) && !t.Is(i - 1, "the") && !t.Is(i - 1, "past"))
        {
            var offset = t.Is(i, "last") ? -1 : t.Is(i, "next") ? 1 : 0;
            var direction = offset < 0 ? YearRule.Last : offset > 0 ? YearRule.Next : YearRule.This;
            if (Unit(Base(t, i + 1)) is { } unit && unit != CalendarUnit.Day)
            {
                pattern = new RelativePeriod(unit, offset);
                last = i + 1;
                return true;
            }

            if (Base(t, i + 1).Equals("weekend", StringComparison.OrdinalIgnoreCase))
            {
                pattern = new Weekend(direction);
                last = i + 1;
                return true;
            }

            if (t.IsWord(i + 1) && CalendarWords.Season(Base(t, i + 1)) is var season and > 0)
            {
                pattern = new MonthSpan(season, 3, new YearSpec(direction, 0));
                last = i + 1;
                return true;
            }

            if (MonthAt(t, i + 1) is var month and > 0)
            {
                pattern = new CalendarDate(new YearSpec(direction, 0), month, 0);
                last = i + 1;
                return true;
            }
        }

        // "three weeks ago", "a year ago".
        if (t.Is(i, "a") || t.IsNumber(i) || (t.IsWord(i) && NumberWords.TryCardinal(t.At(i), out _)))
        {
            var count = t.Is(i, "a") ? 1 : CountAt(t, i);
            if (count is > 0 and <= 200 && Unit(t.At(i + 1)) is { } agoUnit && t.Is(i + 2, "ago"))
            {
                pattern = new RelativePeriod(agoUnit, -count);
                last = i + 2;
                return true;
            }
        }

        if (t.Is(i, "that") || (t.Is(i, "later") && t.Is(i + 1, "that")))
        {
            var at = t.Is(i, "later") ? i + 2 : i + 1;
            var part = Part(t, at);
            if (part != PartOfDay.None || (t.Is(at, "day") && at > i + 1))
            {
                pattern = new Anaphor(CalendarUnit.Day, 0, part);
                last = at;
                return true;
            }
        }

        return t.Is(i, "the") && TryThePhrase(t, i, out pattern, out last);
    }

    private static bool TryThePhrase(ValueLexer t, int i, out TemporalPattern pattern, out int last)
    {
        pattern = Excluded.Instance;
        last = i;
        var next = t.At(i + 1);

        // "the end of April", "the start of the year", "the end of the week".
        if ((t.Is(i + 1, "end") || t.Is(i + 1, "start") || t.Is(i + 1, "beginning")) && t.Is(i + 2, "of"))
        {
            var isEnd = t.Is(i + 1, "end");
            if (t.Is(i + 3, "the") && Unit(Base(t, i + 4)) is { } unit and not CalendarUnit.Day)
            {
                pattern = new PeriodEdge(new RelativePeriod(unit, 0), isEnd);
                last = i + 4;
                return true;
            }

            if (TryPhrase(t, i + 3, out var phrase, out var phraseLast) && phrase is RelativePeriod or CalendarDate or MonthSpan)
            {
                pattern = new PeriodEdge(phrase, isEnd);
                last = phraseLast;
                return true;
            }

            if (TryCalendar(t, i + 3, out var inner, out var innerLast) && !inner.IsDay)
            {
                pattern = new PeriodEdge(inner, isEnd);
                last = innerLast;
                return true;
            }

            return false;
        }

        // "the early hours of Sunday", "the morning of June 3".
        if ((t.Is(i + 1, "early") && t.Is(i + 2, "hours") && t.Is(i + 3, "of")) || (Part(t, i + 1) != PartOfDay.None && t.Is(i + 2, "of")))
        {
            var at = t.Is(i + 1, "early") ? i + 4 : i + 3;
            if (TryDay(t, at, out var day, out var dayLast))
            {
                pattern = day;
                last = dayLast;
                return true;
            }

            return false;
        }

        // "the following morning", "the next day", "the following month", "the previous day".
        if (t.Is(i + 1, "following") || t.Is(i + 1, "next") || t.Is(i + 1, "previous"))
        {
            var offset = t.Is(i + 1, "previous") ? -1 : 1;
            var part = Part(t, i + 2);
            if (part != PartOfDay.None)
            {
                pattern = new Anaphor(CalendarUnit.Day, offset, part);
                last = i + 2;
                return true;
            }

            if (Unit(t.At(i + 2)) is { } unit)
            {
                pattern = new Anaphor(unit, offset, PartOfDay.None);
                last = i + 2;
                return true;
            }

            return false;
        }

        if (t.Is(i + 1, "same") && t.Is(i + 2, "day"))
        {
            pattern = new Anaphor(CalendarUnit.Day, 0, PartOfDay.None);
            last = i + 2;
            return true;
        }

        if (t.Is(i + 1, "day") && t.Is(i + 2, "before") && !t.IsWord(i + 3))
        {
            pattern = new Anaphor(CalendarUnit.Day, -1, PartOfDay.None);
            last = i + 2;
            return true;
        }

        // "the new year".
        if (t.Is(i + 1, "new") && Base(t, i + 2).Equals("year", StringComparison.OrdinalIgnoreCase))
        {
            pattern = new NewYear();
            last = i + 2;
            return true;
        }

        // "the third quarter [of 2026]", "the first half of the year".
        if (t.IsWord(i + 1) && NumberWords.TryOrdinal(next, out var ordinal) && (t.Is(i + 2, "quarter") || t.Is(i + 2, "half")))
        {
            var isQuarter = t.Is(i + 2, "quarter");
            if (ordinal < 1 || ordinal > (isQuarter ? 4 : 2))
            {
                return false;
            }

            var length = isQuarter ? 3 : 6;
            last = i + 2;
            var year = YearSpec.Infer;
            if (t.Is(i + 3, "of") && YearAt(t, i + 4) is var written and > 0)
            {
                year = YearSpec.Of(written);
                last = i + 4;
            }
            else if (t.Is(i + 3, "of") && t.Is(i + 4, "the") && t.Is(i + 5, "year"))
            {
                last = i + 5;
            }
            else if (t.Is(i + 3, "of") && (t.Is(i + 4, "next") || t.Is(i + 4, "last") || t.Is(i + 4, "this")) && t.Is(i + 5, "year"))
            {
                year = YearSpec.Relative(t.Is(i + 4, "next") ? 1 : t.Is(i + 4, "last") ? -1 : 0);
                last = i + 5;
            }
            else if (!isQuarter)
            {
                // A bare "the second half" is a match's or a season's half far more often than a year's.
                return false;
            }

            pattern = new MonthSpan(((ordinal - 1) * length) + 1, length, year);
            return true;
        }

        // "the summer of 2025".
        if (t.IsWord(i + 1) && CalendarWords.Season(next) is var season and > 0 && t.Is(i + 2, "of") && YearAt(t, i + 3) is var seasonYear and > 0)
        {
            pattern = new MonthSpan(season, 3, YearSpec.Of(seasonYear));
            last = i + 3;
            return true;
        }

        // "throughout the evening": a part of the day already being told about.
        if (Part(t, i + 1) is var partOnly and not PartOfDay.None && IsAny(t, i - 1, s_partLeads) && !t.Is(i + 2, "of"))
        {
            pattern = new Anaphor(CalendarUnit.Day, 0, partOnly);
            last = i + 1;
            return true;
        }

        if (t.Is(i + 1, "weekend") && (t.Is(i - 1, "at") || t.Is(i - 1, "over")))
        {
            pattern = new Weekend(YearRule.Infer);
            last = i + 1;
            return true;
        }

        return false;
    }

    /// <summary>Years, months and dated days: <c>12 June 2025</c>, <c>June 12 last year</c>, <c>May 2024</c>,
    /// <c>April</c>, <c>1887</c>, <c>1950-53</c>, <c>2026-05-07</c>.</summary>
    private static bool TryCalendar(ValueLexer t, int i, out TemporalPattern pattern, out int last)
    {
        pattern = Excluded.Instance;
        last = i;
        if (DayNumber(t, i) is var dayFirst and > 0 && MonthAt(t, i + 1) is var monthAfterDay and > 0)
        {
            last = i + 1;
            pattern = new CalendarDate(YearAfter(t, ref last), monthAfterDay, dayFirst);
            return IsValidDay((CalendarDate)pattern);
        }

        var month = MonthAt(t, i);
        if (month == 0 && t.IsWord(i) && t.At(i).StartsWith("mid-", StringComparison.OrdinalIgnoreCase))
        {
            month = CalendarWords.Month(t.At(i)[4..]);
        }

        if (month > 0)
        {
            // "Jan. 16": the abbreviation's full stop is part of the month.
            var at = i;
            if (t.IsPunctuation(i + 1, '.') && t[i + 1].Start == t[i].End && t.At(i).Length <= 4 && DayNumber(t, i + 2) > 0)
            {
                at = i + 1;
                last = at;
            }

            if (DayNumber(t, at + 1) is var day and > 0 && !t.IsPunctuation(at + 2, '%'))
            {
                last = at + 1;
                if (t.IsPunctuation(last + 1, ',') && YearAt(t, last + 2) > 0)
                {
                    last++;
                }

                pattern = new CalendarDate(YearAfter(t, ref last), month, day);
                return IsValidDay((CalendarDate)pattern);
            }

            var year = YearAfter(t, ref last);
            // A bare month name needs a lead word or a lower-case word before it ("an unusually dry June"):
            // "May" and "March" open sentences as verbs, "April" is also a first name.
            if (year.Rule == YearRule.Infer && !IsAny(t, i - 1, s_monthLeads) && !t.At(i).StartsWith("mid-", StringComparison.OrdinalIgnoreCase)
                && !(t.IsWord(i - 1) && !t.IsCapitalised(i - 1)))
            {
                return false;
            }

            if (year.Rule == YearRule.Infer && t.IsCapitalised(i + 1))
            {
                return false;
            }

            pattern = new CalendarDate(year, month, 0);
            return true;
        }

        if (!t.IsNumber(i) || t.IsSymbolBefore(i))
        {
            return false;
        }

        var token = t.At(i);
        if (token.Length == 4 && NumberWords.IsAllDigits(token))
        {
            var yearValue = int.Parse(token, NumberStyles.None, CultureInfo.InvariantCulture);
            // "a 1967 sports car": after an article the number can only be a year.
            if (yearValue is < 1000 or > 2199 || (IsCountedNoun(t, i + 1) && !t.Is(i - 1, "a") && !t.Is(i - 1, "the")))
            {
                return false;
            }

            // "1000 GMT" is a clock time.
            if (t.IsWord(i + 1) && t.At(i + 1) is "GMT" or "UTC" or "BST" or "CET" or "EST" or "EDT" or "PST" or "PDT" or "ET" or "PT" or "hrs" or "hours" or "local")
            {
                return false;
            }

            // Early years need a lead word: "the 1000 block of" is an address, "in 1066" a year.
            if (yearValue < 1500 && !IsAny(t, i - 1, s_monthLeads))
            {
                return false;
            }

            // "2026-05-07": an ISO date.
            if (t.IsPunctuation(i + 1, '-') && t.IsNumber(i + 2) && t.At(i + 2).Length == 2 && t.IsPunctuation(i + 3, '-')
                && t.IsNumber(i + 4) && t.At(i + 4).Length == 2 && t[i + 4].Start == t[i + 3].End && t[i + 2].Start == t[i + 1].End
                && t[i + 1].Start == t[i].End)
            {
                var isoMonth = int.Parse(t.At(i + 2), NumberStyles.None, CultureInfo.InvariantCulture);
                var isoDay = int.Parse(t.At(i + 4), NumberStyles.None, CultureInfo.InvariantCulture);
                var iso = new CalendarDate(YearSpec.Of(yearValue), isoMonth, isoDay);
                if (isoMonth is >= 1 and <= 12 && IsValidDay(iso))
                {
                    pattern = iso;
                    last = i + 4;
                    return true;
                }
            }

            // "1950-53", "2017–2023".
            if (t.IsPunctuation(i + 1, '-', '–') && t[i + 1].Start == t[i].End && t.IsNumber(i + 2) && t[i + 2].Start == t[i + 1].End
                && NumberWords.IsAllDigits(t.At(i + 2)) && t.At(i + 2).Length is 2 or 4)
            {
                var tail = int.Parse(t.At(i + 2), NumberStyles.None, CultureInfo.InvariantCulture);
                var toYear = t.At(i + 2).Length == 2 ? (yearValue / 100 * 100) + tail : tail;
                if (toYear > yearValue)
                {
                    pattern = new DateRange(new CalendarDate(YearSpec.Of(yearValue), 0, 0), new CalendarDate(YearSpec.Of(toYear), 0, 0));
                    last = i + 2;
                    return true;
                }
            }

            pattern = new CalendarDate(YearSpec.Of(yearValue), 0, 0);
            return true;
        }

        if (token.Length == 5 && token.EndsWith('s') && NumberWords.IsAllDigits(token[..4]))
        {
            // "the 1990s": a vague period.
            pattern = Excluded.Instance;
            return true;
        }

        return false;
    }

    private static YearSpec YearAfter(ValueLexer t, ref int last)
    {
        if (YearAt(t, last + 1) is var year and > 0)
        {
            last++;
            return YearSpec.Of(year);
        }

        if ((t.Is(last + 1, "last") || t.Is(last + 1, "next") || t.Is(last + 1, "this")) && Base(t, last + 2).Equals("year", StringComparison.OrdinalIgnoreCase))
        {
            var offset = t.Is(last + 1, "last") ? -1 : t.Is(last + 1, "next") ? 1 : 0;
            last += 2;
            return YearSpec.Relative(offset);
        }

        return YearSpec.Infer;
    }

    private static bool IsValidDay(CalendarDate date) =>
        date.Year.Rule != YearRule.Explicit || date.Day <= DateTime.DaysInMonth(date.Year.Value, date.Month);

    private static int YearAt(ValueLexer t, int i)
    {
        if (!t.IsNumber(i) || t.At(i).Length != 4 || !NumberWords.IsAllDigits(t.At(i)))
        {
            return 0;
        }

        var year = int.Parse(t.At(i), NumberStyles.None, CultureInfo.InvariantCulture);
        return year is >= 1000 and <= 2199 ? year : 0;
    }

    private static int DayNumber(ValueLexer t, int i)
    {
        if (!t.IsNumber(i))
        {
            return 0;
        }

        var token = t.At(i);
        int day;
        if (!(NumberWords.IsAllDigits(token) && token.Length <= 2 && int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out day))
            && !NumberWords.TryDigitOrdinal(token, out day))
        {
            return 0;
        }

        return day is >= 1 and <= 31 ? day : 0;
    }

    private static int CountAt(ValueLexer t, int i)
    {
        if (t.IsNumber(i))
        {
            return NumberWords.IsAllDigits(t.At(i)) && t.At(i).Length <= 3
                ? int.Parse(t.At(i), NumberStyles.None, CultureInfo.InvariantCulture)
                : 0;
        }

        return NumberWords.TryCardinal(t.At(i), out var count) ? count : 0;
    }

    private static bool IsCountedNoun(ValueLexer t, int i)
    {
        if (!t.IsWord(i) || t.IsCapitalised(i) || ValueUnits.TryUnit(t.At(i), out _))
        {
            return ValueUnits.TryUnit(t.At(i), out var unit) && unit.Kind != ValueKind.Duration;
        }

        var word = t.At(i);
        return word.Length > 3 && word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal);
    }

    private static CalendarUnit? Unit(ReadOnlySpan<char> word) => word switch
    {
        "day" or "days" => CalendarUnit.Day,
        "week" or "weeks" => CalendarUnit.Week,
        "month" or "months" => CalendarUnit.Month,
        "year" or "years" => CalendarUnit.Year,
        _ => null,
    };

    private static int MonthAt(ValueLexer t, int i) => t.IsWord(i) ? CalendarWords.Month(Base(t, i)) : 0;

    private static DayOfWeek? Weekday(ValueLexer t, int i) => t.IsWord(i) ? CalendarWords.Weekday(Base(t, i)) : null;

    private static PartOfDay Part(ValueLexer t, int i) => t.IsWord(i) ? CalendarWords.Part(t.At(i)) : PartOfDay.None;

    private static bool IsAny(ValueLexer t, int i, string[] words)
    {
        foreach (var word in words)
        {
            if (t.Is(i, word))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A word without its possessive <c>'s</c> (<c>Monday's</c>, <c>year’s</c>).</summary>
    private static ReadOnlySpan<char> Base(ValueLexer t, int i)
    {
        var word = t.At(i);
        return word.Length > 2 && word[^1] is 's' && word[^2] is '\'' or '’' ? word[..^2] : word;
    }
}
