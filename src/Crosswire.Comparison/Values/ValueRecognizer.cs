using System.Collections.Immutable;
using Crosswire.Comparison.Timeline;
using Crosswire.Core.Documents;

namespace Crosswire.Comparison.Values;

/// <summary>
/// Finds the numbers and quantities of a sentence (counts, money, percentages, distances, areas, masses,
/// durations, ages, ordinals) with their normalised value and unit, the qualifier before them
/// (<c>at least</c>, <c>about</c>, <c>up to</c>) and, for counts, what they count. Years, days of the month
/// and clock times are left to the temporal tagger. Thread-safe.
/// </summary>
public sealed class ValueRecognizer
{
    private static readonly string[] s_stopWords =
    [
        "of", "to", "in", "on", "at", "for", "from", "by", "with", "and", "or", "but", "the", "a", "an", "that",
        "which", "who", "were", "was", "is", "are", "have", "has", "had", "been", "be", "will", "would", "could",
        "can", "may", "might", "should", "than", "as", "into", "per", "after", "before", "since", "this", "these",
        "those", "its", "their", "his", "her", "our", "it", "they", "he", "she", "we", "not", "out", "up", "down",
    ];

    private static readonly string[] s_clockMarkers = ["am", "pm", "a.m.", "p.m.", "o'clock", "o’clock", "GMT", "BST", "UTC"];

    private readonly ValueRecognizerOptions _options;

    /// <summary>Creates a recognizer.</summary>
    public ValueRecognizer(ValueRecognizerOptions? options = null)
    {
        _options = options ?? ValueRecognizerOptions.Default;
        ArgumentOutOfRangeException.ThrowIfNegative(_options.CountedWordWindow, nameof(options));
    }

    /// <summary>A shared instance with the default options.</summary>
    public static ValueRecognizer Default { get; } = new();

    /// <summary>The values of a whole string (a sentence); spans are relative to it.</summary>
    public ImmutableArray<RecognizedValue> Recognize(string sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        return Recognize(sentence, new TextSpan(0, sentence.Length));
    }

    /// <summary>The values inside <paramref name="span"/> of <paramref name="text"/> (a sentence of an
    /// article); spans are positions in <paramref name="text"/>.</summary>
    public ImmutableArray<RecognizedValue> Recognize(string text, TextSpan span)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(span.End, text.Length, nameof(span));
        var lexer = new ValueLexer(text, span);
        var values = ImmutableArray.CreateBuilder<RecognizedValue>();
        var skipYearRangeAt = -1;
        for (var i = 0; i < lexer.Count; i++)
        {
            if (lexer[i].Start == skipYearRangeAt)
            {
                continue;
            }

            var value = Read(lexer, i, _options.CountedWordWindow, out var last, out var year);
            if (year)
            {
                // "1950-53": the short second year follows a dash right after the first.
                if (lexer.IsPunctuation(i + 1, '-', '–') && lexer[i + 1].Start == lexer[i].End && lexer.IsNumber(i + 2))
                {
                    skipYearRangeAt = lexer[i + 2].Start;
                }

                continue;
            }

            if (value is not null)
            {
                values.Add(value);
                i = last;
            }
        }

        return values.ToImmutable();
    }

    private static RecognizedValue? Read(ValueLexer lexer, int first, int window, out int last, out bool year)
    {
        year = false;
        last = first;
        var i = first;
        string? currency = null;
        if (lexer.IsCurrencySign(i, out var code))
        {
            currency = code;
            i++;
        }
        else if (lexer.IsWord(i) && ValueUnits.IsCurrencyCode(lexer.At(i)) && lexer.IsNumber(i + 1))
        {
            currency = lexer.At(i).ToString();
            i++;
        }

        if (!ReadAmount(lexer, i, currency is not null, out var amount, out var end, out var suffix, out var vague, out var spelled))
        {
            return null;
        }

        if (currency is null && IsDateOrClock(lexer, i, end, suffix))
        {
            return null;
        }

        var kind = ValueKind.Count;
        var unit = string.Empty;
        string? counted = null;
        var modifierStart = ReadModifier(lexer, first, out var modifier);
        if (vague)
        {
            modifier = ValueModifier.Vague;
        }

        if (currency is not null)
        {
            kind = ValueKind.Money;
            unit = currency;
        }
        else if (suffix.Length > 0)
        {
            if (!ReadSuffix(suffix, ref amount, ref kind, ref unit, ref counted))
            {
                return null;
            }
        }
        else if (ReadUnitAfter(lexer, end, ref amount, ref kind, ref unit, out var unitEnd))
        {
            end = unitEnd;
        }
        else if (spelled && amount == 1)
        {
            // "one" is a pronoun far more often than a count.
            return null;
        }
        else if (IsAge(lexer, i, end, out var ageEnd))
        {
            kind = ValueKind.Age;
            end = ageEnd;
        }
        else if (IsYear(lexer, i, amount))
        {
            year = true;
            return null;
        }

        if (kind == ValueKind.Money && lexer.IsWord(end + 1) && ValueUnits.IsCurrencyCode(lexer.At(end + 1)))
        {
            end++;
        }

        if (kind is ValueKind.Count or ValueKind.Ordinal && counted is null)
        {
            counted = CountedNoun(lexer, end + 1, window, vague || (lexer.IsWord(end) && NumberWords.TryScale(lexer.At(end), out _)));
        }

        last = end;
        var start = modifierStart >= 0 ? modifierStart : first;
        var valueSpan = TextSpan.FromBounds(lexer[start].Start, lexer[end].End);
        return new RecognizedValue(valueSpan, lexer.Text.Substring(valueSpan.Start, valueSpan.Length), kind, amount, unit, modifier, counted);
    }

    private static bool ReadAmount(
        ValueLexer lexer, int i, bool hasCurrency, out decimal amount, out int end, out string suffix, out bool vague, out bool spelled)
    {
        amount = 0;
        end = i;
        suffix = string.Empty;
        vague = false;
        spelled = false;
        if (lexer.IsNumber(i))
        {
            var token = lexer.At(i);
            var read = NumberWords.ReadDecimal(token, out amount);
            if (read == 0)
            {
                return false;
            }

            var rest = token[read..];

            // A bare "310m" is metres ("a 310m tower"); money in millions carries its sign ("£310m").
            if (NumberWords.TryScaleSuffix(rest, out var scale) && !(rest is "m" && !hasCurrency))
            {
                amount *= scale;
            }
            else
            {
                suffix = rest.ToString();
            }
        }
        else if (lexer.IsWord(i))
        {
            var word = lexer.At(i);
            spelled = true;
            if (word.Equals("dozen", StringComparison.OrdinalIgnoreCase)
                || ((word.Equals("a", StringComparison.OrdinalIgnoreCase) || word.Equals("half", StringComparison.OrdinalIgnoreCase))
                    && lexer.Is(i + 1, "dozen")))
            {
                amount = word.Equals("half", StringComparison.OrdinalIgnoreCase) ? 6 : 12;
                end = lexer.Is(i + 1, "dozen") ? i + 1 : i;
                return true;
            }

            if (word.Equals("dozens", StringComparison.OrdinalIgnoreCase) || word.Equals("hundreds", StringComparison.OrdinalIgnoreCase)
                || word.Equals("thousands", StringComparison.OrdinalIgnoreCase) || word.Equals("millions", StringComparison.OrdinalIgnoreCase))
            {
                amount = char.ToLowerInvariant(word[0]) switch { 'd' => 24, 'h' => 200, 't' => 2_000, _ => 2_000_000 };
                vague = true;
                return true;
            }

            var dash = word.IndexOf('-');
            if (dash > 0 && NumberWords.TryCardinal(word[..dash], out var head) && !NumberWords.TryCardinal(word, out _))
            {
                // "four-hour", "six-week": a spelled number glued to its unit.
                amount = head;
                suffix = word[dash..].ToString();
                return true;
            }

            if (!NumberWords.TryCardinal(word, out var cardinal))
            {
                if (lexer.Is(i - 1, "the") && NumberWords.TryOrdinal(word, out var ordinal) && ordinal >= 3
                    && lexer.IsWord(i + 1) && !lexer.IsCapitalised(i + 1))
                {
                    amount = ordinal;
                    suffix = "th";
                    return true;
                }

                return false;
            }

            amount = cardinal;
            if (cardinal is >= 20 and <= 90 && cardinal % 10 == 0 && lexer.IsWord(i + 1)
                && NumberWords.TryCardinal(lexer.At(i + 1), out var units) && units is >= 1 and <= 9)
            {
                amount += units;
                end = i + 1;
            }
        }
        else
        {
            return false;
        }

        // "1.2 million", "two hundred", "three thousand".
        while (lexer.IsWord(end + 1) && NumberWords.TryScale(lexer.At(end + 1), out var wordScale))
        {
            amount *= wordScale;
            end++;
        }

        return true;
    }

    private static bool ReadSuffix(string suffix, ref decimal amount, ref ValueKind kind, ref string unit, ref string? counted)
    {
        if (suffix is "st" or "nd" or "rd" or "th")
        {
            kind = ValueKind.Ordinal;
            return true;
        }

        if (suffix.StartsWith("-year-old", StringComparison.OrdinalIgnoreCase)
            || suffix.StartsWith("-years-old", StringComparison.OrdinalIgnoreCase))
        {
            kind = ValueKind.Age;
            return true;
        }

        var word = suffix.AsSpan().TrimStart('-');
        if (ValueUnits.TryUnit(word, out var info))
        {
            kind = info.Kind;
            unit = info.Unit;
            amount *= info.Factor;
            return true;
        }

        if (suffix.StartsWith('-') && word.Length > 1 && !word.ContainsAnyInRange('0', '9'))
        {
            // "412-page score": a count of pages.
            counted = word.ToString().ToLowerInvariant();
            return true;
        }

        return false;
    }

    private static bool ReadUnitAfter(ValueLexer lexer, int end, ref decimal amount, ref ValueKind kind, ref string unit, out int unitEnd)
    {
        unitEnd = end;
        var next = end + 1;
        if (lexer.IsSymbol(next, '%'))
        {
            (kind, unit, unitEnd) = (ValueKind.Percentage, "%", next);
            return true;
        }

        if (lexer.Is(next, "per") && lexer.Is(next + 1, "cent"))
        {
            (kind, unit, unitEnd) = (ValueKind.Percentage, "%", next + 1);
            return true;
        }

        var area = 1m;
        if (lexer.Is(next, "square") || lexer.Is(next, "sq"))
        {
            next++;
            if (!ValueUnits.TryUnit(lexer.At(next), out var side) || side.Kind != ValueKind.Length)
            {
                return false;
            }

            area = side.Factor * side.Factor / 10_000m;
            (kind, unit, unitEnd) = (ValueKind.Area, "ha", next);
            amount *= area;
            return true;
        }

        if (!lexer.IsWord(next) || !ValueUnits.TryUnit(lexer.At(next), out var info) || info.Kind == ValueKind.Percentage)
        {
            return false;
        }

        // "m" and "p" alone are units only right after digits ("3,200 m"); "years old" is an age.
        if (info.Kind == ValueKind.Duration && lexer.Is(next + 1, "old"))
        {
            (kind, unitEnd) = (ValueKind.Age, next + 1);
            return true;
        }

        (kind, unit, unitEnd) = (info.Kind, info.Unit, next);
        amount *= info.Factor;
        if (info.Kind == ValueKind.Duration)
        {
            // "six years and eight months", "two hours 40 minutes".
            var more = unitEnd + (lexer.Is(unitEnd + 1, "and") ? 2 : 1);
            if (ReadAmount(lexer, more, false, out var extra, out var extraEnd, out var extraSuffix, out var extraVague, out _)
                && extraSuffix.Length == 0 && !extraVague && lexer.IsWord(extraEnd + 1)
                && ValueUnits.TryUnit(lexer.At(extraEnd + 1), out var extraUnit) && extraUnit.Unit == info.Unit
                && extraUnit.Factor < info.Factor)
            {
                amount += extra * extraUnit.Factor;
                unitEnd = extraEnd + 1;
            }
        }

        return true;
    }

    private static bool IsDateOrClock(ValueLexer lexer, int i, int end, string suffix)
    {
        if (suffix.Length > 0 && (suffix.Equals("am", StringComparison.OrdinalIgnoreCase) || suffix.Equals("pm", StringComparison.OrdinalIgnoreCase)
            || suffix.Equals("s", StringComparison.Ordinal) || suffix.Equals("GMT", StringComparison.Ordinal)))
        {
            return true;
        }

        var after = lexer.TextAfter(end);
        foreach (var marker in s_clockMarkers)
        {
            if (after.StartsWith(marker, StringComparison.OrdinalIgnoreCase)
                && (after.Length == marker.Length || !char.IsLetter(after[marker.Length])))
            {
                return true;
            }
        }

        if (lexer.IsPunctuation(end + 1, ':') && lexer.IsNumber(end + 2) && lexer[end + 2].Start == lexer[end + 1].End)
        {
            return true;
        }

        return lexer.IsNumber(i) && ((lexer.IsWord(i - 1) && CalendarWords.Month(lexer.At(i - 1)) > 0)
            || (lexer.IsWord(end + 1) && CalendarWords.Month(lexer.At(end + 1)) > 0));
    }

    private static bool IsAge(ValueLexer lexer, int i, int end, out int ageEnd)
    {
        ageEnd = end;
        if (!lexer.IsNumber(i) || i != end)
        {
            return false;
        }

        if (lexer.Is(i - 1, "aged"))
        {
            return true;
        }

        // "Leon Carter, 52, was struck": a number set off by commas right after a name.
        return lexer.IsPunctuation(i - 1, ',') && lexer.IsWord(i - 2) && lexer.IsCapitalised(i - 2)
            && (lexer.IsPunctuation(i + 1, ',') || lexer.IsPunctuation(i + 1, '.')) && lexer.At(i).Length <= 3;
    }

    private static bool IsYear(ValueLexer lexer, int i, decimal amount) =>
        lexer.IsNumber(i) && amount is >= 1000 and <= 2199 && decimal.Truncate(amount) == amount
        && !lexer.At(i).Contains(',') && !(lexer.IsWord(i + 1) && !lexer.IsCapitalised(i + 1) && lexer.At(i + 1).EndsWith('s')
            && !IsStopWord(lexer.At(i + 1)));

    private static int ReadModifier(ValueLexer lexer, int first, out ValueModifier modifier)
    {
        modifier = ValueModifier.None;
        var p = first - 1;
        if (lexer.Is(p - 2, "as") && lexer.Is(p - 1, "many") && lexer.Is(p, "as"))
        {
            modifier = ValueModifier.AtLeast;
            return p - 2;
        }

        if (lexer.IsWord(p - 1) && lexer.IsWord(p))
        {
            var two = (lexer.At(p - 1).ToString().ToLowerInvariant(), lexer.At(p).ToString().ToLowerInvariant());
            modifier = two switch
            {
                ("at", "least") => ValueModifier.AtLeast,
                ("more", "than") or ("greater", "than") or ("upwards", "of") or ("just", "over") => ValueModifier.MoreThan,
                ("up", "to") or ("at", "most") or ("no", "more") => ValueModifier.UpTo,
                ("less", "than") or ("fewer", "than") or ("just", "under") => ValueModifier.LessThan,
                ("an", "estimated") or ("close", "to") => ValueModifier.About,
                _ => ValueModifier.None,
            };
            if (modifier != ValueModifier.None)
            {
                return p - 1;
            }
        }

        if (!lexer.IsWord(p))
        {
            return -1;
        }

        modifier = lexer.At(p).ToString().ToLowerInvariant() switch
        {
            "about" or "around" or "some" or "approximately" or "roughly" or "nearly" or "almost" or "estimated" or "approx" => ValueModifier.About,
            "over" => ValueModifier.MoreThan,
            "under" => ValueModifier.LessThan,
            _ => ValueModifier.None,
        };
        return modifier == ValueModifier.None ? -1 : p;
    }

    private static string? CounterNoun(ValueLexer lexer, int from, int count)
    {
        // The counted noun is the first plural of the run ("four men wearing helmets": men, not helmets);
        // a participle after the first word opens a clause about the counted things and ends the search.
        var end = from + count;
        for (var j = from; j < end; j++)
        {
            var word = lexer.At(j);
            if (IsPlural(word))
            {
                return word.ToString().ToLowerInvariant();
            }

            if (j > from && word.EndsWith("ing", StringComparison.Ordinal))
            {
                end = j;
                break;
            }
        }

        // Otherwise the head of the noun phrase, its last word ("eight water-bombing aircraft"); adverbs and
        // past participles ("previously", "watched") are not what is counted.
        for (var j = end - 1; j >= from; j--)
        {
            var word = lexer.At(j);
            if (!word.EndsWith("ly", StringComparison.Ordinal) && !word.EndsWith("ed", StringComparison.Ordinal))
            {
                return word.ToString().ToLowerInvariant();
            }
        }

        return null;
    }

    private static bool IsPlural(ReadOnlySpan<char> word)
    {
        if (word.Length > 3 && word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal))
        {
            return true;
        }

        foreach (var plural in s_irregularPlurals)
        {
            if (word.Equals(plural, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Plurals that do not end in -s (general knowledge).</summary>
    private static readonly string[] s_irregularPlurals =
    [
        "men", "women", "people", "children", "police", "staff", "crew", "personnel", "sheep", "cattle", "fish",
        "deer", "aircraft", "livestock",
    ];

    private static string? CountedNoun(ValueLexer lexer, int from, int window, bool ofAllowed)
    {
        if (ofAllowed && lexer.Is(from, "of"))
        {
            from++;
        }

        var count = 0;
        while (count < window && lexer.IsWord(from + count) && !lexer.IsCapitalised(from + count) && !IsStopWord(lexer.At(from + count)))
        {
            count++;
        }

        return count == 0 ? null : CounterNoun(lexer, from, count);
    }

    private static bool IsStopWord(ReadOnlySpan<char> word)
    {
        foreach (var stop in s_stopWords)
        {
            if (word.Equals(stop, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
