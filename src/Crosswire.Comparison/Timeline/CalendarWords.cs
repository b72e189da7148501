using System.Collections.Frozen;

namespace Crosswire.Comparison.Timeline;

/// <summary>A part of a day named next to a day (<c>Monday night</c>, <c>this morning</c>).</summary>
internal enum PartOfDay : byte
{
    None,
    EarlyHours,
    Morning,
    Midday,
    Afternoon,
    Evening,
    Night,
}

/// <summary>
/// Month, weekday, part-of-day and season names as English news writes them, with the common
/// abbreviations of agency style (<c>Jan.</c>, <c>Sept.</c>, <c>Tues.</c>). Crosswire's own tables (source:
/// general knowledge of English). Month and weekday names count only when capitalised, so <c>may</c>,
/// <c>march</c> and <c>sun</c> stay ordinary words.
/// </summary>
internal static class CalendarWords
{
    private static readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> s_months =
        Lookup(new()
        {
            ["january"] = 1, ["february"] = 2, ["march"] = 3, ["april"] = 4, ["may"] = 5, ["june"] = 6,
            ["july"] = 7, ["august"] = 8, ["september"] = 9, ["october"] = 10, ["november"] = 11,
            ["december"] = 12,
            ["jan"] = 1, ["jan."] = 1, ["feb"] = 2, ["feb."] = 2, ["mar."] = 3, ["apr."] = 4, ["jun."] = 6,
            ["jul."] = 7, ["aug"] = 8, ["aug."] = 8, ["sep."] = 9, ["sept"] = 9, ["sept."] = 9, ["oct"] = 10,
            ["oct."] = 10, ["nov"] = 11, ["nov."] = 11, ["dec"] = 12, ["dec."] = 12,
        });

    // Values are DayOfWeek + 1 so that 0 can mean "not a weekday".
    private static readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> s_weekdays =
        Lookup(new()
        {
            ["sunday"] = 1, ["monday"] = 2, ["tuesday"] = 3, ["wednesday"] = 4, ["thursday"] = 5,
            ["friday"] = 6, ["saturday"] = 7,
            ["sun."] = 1, ["mon."] = 2, ["tue."] = 3, ["tues."] = 3, ["wed."] = 4, ["thu."] = 5,
            ["thur."] = 5, ["thurs."] = 5, ["fri."] = 6, ["sat."] = 7,
        });

    private static readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> s_weekdayPlurals =
        Lookup(new()
        {
            ["sundays"] = 1, ["mondays"] = 2, ["tuesdays"] = 3, ["wednesdays"] = 4, ["thursdays"] = 5,
            ["fridays"] = 6, ["saturdays"] = 7, ["weekdays"] = 8, ["weekends"] = 8, ["weeknights"] = 8,
        });

    private static readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> s_parts =
        Lookup(new()
        {
            ["morning"] = (int)PartOfDay.Morning, ["afternoon"] = (int)PartOfDay.Afternoon,
            ["evening"] = (int)PartOfDay.Evening, ["night"] = (int)PartOfDay.Night,
            ["lunchtime"] = (int)PartOfDay.Midday,
        });

    private static readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> s_partPlurals =
        Lookup(new()
        {
            ["mornings"] = 1, ["afternoons"] = 1, ["evenings"] = 1, ["nights"] = 1, ["lunchtimes"] = 1,
        });

    // Value: first month of the season (northern hemisphere, meteorological seasons).
    private static readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> s_seasons =
        Lookup(new() { ["spring"] = 3, ["summer"] = 6, ["autumn"] = 9, ["fall"] = 9, ["winter"] = 12 });

    /// <summary>Month 1–12 of a capitalised month name or abbreviation; 0 otherwise.</summary>
    public static int Month(ReadOnlySpan<char> word) =>
        word.Length >= 3 && char.IsUpper(word[0]) && s_months.TryGetValue(word, out var month) ? month : 0;

    /// <summary>The weekday of a capitalised weekday name (possessive <c>'s</c> is a separate token).</summary>
    public static DayOfWeek? Weekday(ReadOnlySpan<char> word) =>
        word.Length >= 4 && char.IsUpper(word[0]) && s_weekdays.TryGetValue(word, out var day) ? (DayOfWeek)(day - 1) : null;

    /// <summary>True for a plural weekday or <c>weekdays</c> / <c>weekends</c>: a recurring time.</summary>
    public static bool IsRecurringDay(ReadOnlySpan<char> word) => s_weekdayPlurals.ContainsKey(word);

    /// <summary>The part of day a word names (<c>morning</c>, <c>night</c>); <see cref="PartOfDay.None"/>
    /// otherwise.</summary>
    public static PartOfDay Part(ReadOnlySpan<char> word) =>
        s_parts.TryGetValue(word, out var part) ? (PartOfDay)part : PartOfDay.None;

    /// <summary>True for a plural part of day (<c>afternoons</c>): a recurring time.</summary>
    public static bool IsRecurringPart(ReadOnlySpan<char> word) => s_partPlurals.ContainsKey(word);

    /// <summary>First month of a season name; 0 otherwise.</summary>
    public static int Season(ReadOnlySpan<char> word) => s_seasons.TryGetValue(word, out var month) ? month : 0;

    private static FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> Lookup(Dictionary<string, int> entries) =>
        entries.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
}
