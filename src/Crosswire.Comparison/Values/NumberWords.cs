using System.Collections.Frozen;
using System.Globalization;

namespace Crosswire.Comparison.Values;

/// <summary>
/// English number words and digit strings as news writes them: <c>nine</c>, <c>Fifty-seven</c>,
/// <c>twenty one</c>, <c>a dozen</c>, <c>18,400</c>, <c>3.2</c>, ordinals <c>third</c> and <c>71st</c>. The
/// tables are Crosswire's own (source: general knowledge of English).
/// </summary>
internal static class NumberWords
{
    private static readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> s_cardinals =
        new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase)
        {
            ["zero"] = 0, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6,
            ["seven"] = 7, ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12,
            ["thirteen"] = 13, ["fourteen"] = 14, ["fifteen"] = 15, ["sixteen"] = 16, ["seventeen"] = 17,
            ["eighteen"] = 18, ["nineteen"] = 19, ["twenty"] = 20, ["thirty"] = 30, ["forty"] = 40,
            ["fifty"] = 50, ["sixty"] = 60, ["seventy"] = 70, ["eighty"] = 80, ["ninety"] = 90,
        }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> s_ordinals =
        new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase)
        {
            ["first"] = 1, ["second"] = 2, ["third"] = 3, ["fourth"] = 4, ["fifth"] = 5, ["sixth"] = 6,
            ["seventh"] = 7, ["eighth"] = 8, ["ninth"] = 9, ["tenth"] = 10, ["eleventh"] = 11,
            ["twelfth"] = 12, ["thirteenth"] = 13, ["fourteenth"] = 14, ["fifteenth"] = 15,
            ["sixteenth"] = 16, ["seventeenth"] = 17, ["eighteenth"] = 18, ["nineteenth"] = 19,
            ["twentieth"] = 20, ["thirtieth"] = 30, ["fortieth"] = 40, ["fiftieth"] = 50, ["sixtieth"] = 60,
            ["seventieth"] = 70, ["eightieth"] = 80, ["ninetieth"] = 90, ["hundredth"] = 100,
        }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenDictionary<string, long>.AlternateLookup<ReadOnlySpan<char>> s_scales =
        new Dictionary<string, long>(StringComparer.OrdinalIgnoreCase)
        {
            ["hundred"] = 100, ["thousand"] = 1_000, ["million"] = 1_000_000, ["billion"] = 1_000_000_000,
            ["trillion"] = 1_000_000_000_000,
        }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>A single cardinal word, or a hyphenated compound (<c>twenty-five</c>, <c>Fifty-seven</c>).</summary>
    public static bool TryCardinal(ReadOnlySpan<char> word, out int value)
    {
        if (s_cardinals.TryGetValue(word, out value))
        {
            return true;
        }

        var dash = word.IndexOfAny('-', '\u2010');
        if (dash > 0 && s_cardinals.TryGetValue(word[..dash], out var tens) && tens is >= 20 and <= 90 && tens % 10 == 0
            && s_cardinals.TryGetValue(word[(dash + 1)..], out var units) && units is >= 1 and <= 9)
        {
            value = tens + units;
            return true;
        }

        value = 0;
        return false;
    }

    /// <summary>An ordinal word (<c>third</c>, <c>twenty-first</c>) or digits with a suffix (<c>71st</c>).</summary>
    public static bool TryOrdinal(ReadOnlySpan<char> word, out int value)
    {
        if (s_ordinals.TryGetValue(word, out value))
        {
            return true;
        }

        var dash = word.IndexOfAny('-', '\u2010');
        if (dash > 0 && s_cardinals.TryGetValue(word[..dash], out var tens) && tens is >= 20 and <= 90 && tens % 10 == 0
            && s_ordinals.TryGetValue(word[(dash + 1)..], out var units) && units is >= 1 and <= 9)
        {
            value = tens + units;
            return true;
        }

        return TryDigitOrdinal(word, out value);
    }

    /// <summary>Digits followed by <c>st</c>, <c>nd</c>, <c>rd</c> or <c>th</c>.</summary>
    public static bool TryDigitOrdinal(ReadOnlySpan<char> word, out int value)
    {
        value = 0;
        if (word.Length < 3 || word.Length > 8)
        {
            return false;
        }

        var suffix = word[^2..];
        if (!(suffix.Equals("st", StringComparison.OrdinalIgnoreCase) || suffix.Equals("nd", StringComparison.OrdinalIgnoreCase)
              || suffix.Equals("rd", StringComparison.OrdinalIgnoreCase) || suffix.Equals("th", StringComparison.OrdinalIgnoreCase)))
        {
            return false;
        }

        var digits = word[..^2];
        return digits.Length > 0 && IsAllDigits(digits)
            && int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out value);
    }

    /// <summary>A scale word: <c>hundred</c>, <c>thousand</c>, <c>million</c>, <c>billion</c>, <c>trillion</c>.</summary>
    public static bool TryScale(ReadOnlySpan<char> word, out long value) => s_scales.TryGetValue(word, out value);

    /// <summary>A short scale suffix glued to digits: <c>k</c>, <c>m</c>, <c>bn</c>, <c>tn</c>, <c>mn</c>.</summary>
    public static bool TryScaleSuffix(ReadOnlySpan<char> suffix, out long value)
    {
        value = suffix switch
        {
            "k" or "K" => 1_000,
            "m" or "M" or "mn" or "mln" => 1_000_000,
            "bn" or "b" or "B" or "bln" => 1_000_000_000,
            "tn" or "trn" => 1_000_000_000_000,
            _ => 0,
        };
        return value != 0;
    }

    /// <summary>True when every character is an ASCII digit (and there is at least one).</summary>
    public static bool IsAllDigits(ReadOnlySpan<char> text) =>
        !text.IsEmpty && !text.ContainsAnyExceptInRange('0', '9');

    /// <summary>
    /// Reads a decimal number at the start of <paramref name="text"/>: digits with optional thousands
    /// commas in groups of three (<c>18,400</c>) and an optional decimal part (<c>3.2</c>, <c>.5</c> is
    /// not accepted). Returns the number of characters read, 0 when there is no number.
    /// </summary>
    public static int ReadDecimal(ReadOnlySpan<char> text, out decimal value)
    {
        value = 0;
        var i = 0;
        while (i < text.Length && char.IsAsciiDigit(text[i]))
        {
            i++;
        }

        if (i == 0 || i > 15)
        {
            return 0;
        }

        // Thousands commas only after a lead group of one to three digits (18,400 but not 1234,567).
        var end = i;
        if (i <= 3)
        {
            while (end + 4 <= text.Length && text[end] == ',' && IsAllDigits(text.Slice(end + 1, 3))
                   && (end + 4 == text.Length || !char.IsAsciiDigit(text[end + 4])))
            {
                end += 4;
            }
        }

        var fractionStart = -1;
        if (end + 1 < text.Length && text[end] == '.' && char.IsAsciiDigit(text[end + 1]))
        {
            fractionStart = end + 1;
            end++;
            while (end < text.Length && char.IsAsciiDigit(text[end]) && end - fractionStart < 10)
            {
                end++;
            }
        }

        Span<char> buffer = stackalloc char[end];
        var length = 0;
        foreach (var c in text[..end])
        {
            if (c != ',')
            {
                buffer[length++] = c;
            }
        }

        if (!decimal.TryParse(buffer[..length], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value))
        {
            return 0;
        }

        return end;
    }
}
