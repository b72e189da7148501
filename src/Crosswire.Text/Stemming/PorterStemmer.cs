using System.Buffers;

namespace Crosswire.Text.Stemming;

/// <summary>Whether the first <c>end</c> characters of a stemmer buffer end in a short syllable.</summary>
internal delegate bool ShortSyllableTest(Span<char> buffer, int end);

/// <summary>Which form of the Porter (1980) algorithm a <see cref="PorterStemmer"/> runs.</summary>
public enum PorterVariant
{
    /// <summary>The algorithm as published (Porter 1980, "An algorithm for suffix stripping"), as Snowball
    /// defines it: the stemmer of the Snowball <c>porter</c> vocabulary. Words of one or two letters are
    /// stemmed too (<c>as</c> → <c>a</c>).</summary>
    Original,

    /// <summary>The Perl port inside the ROUGE-1.5.5 script: Porter's own departures (<c>bli</c> → <c>ble</c>
    /// instead of <c>abli</c> → <c>able</c>, and <c>logi</c> → <c>log</c>), words shorter than three letters
    /// left alone, and C.-Y. Lin's 2004 change to step 4, which tries <c>-ment</c>, then <c>-ent</c>, then
    /// <c>-sion</c>/<c>-tion</c> one after the other on what the earlier rules left (so <c>argument</c> →
    /// <c>argum</c>, <c>provisional</c> → <c>provis</c>). Needed to reproduce ROUGE scores exactly.</summary>
    Rouge155,
}

/// <summary>
/// The Porter (1980) stemmer, written from the published algorithm, on a span buffer. Input is expected
/// lower-case; the result never is longer than the word, and the string overload returns the input instance
/// when nothing changes.
/// </summary>
public sealed partial class PorterStemmer : IStemmer
{
    /// <summary>a, e, i, o, u, y.</summary>
    internal static readonly SearchValues<char> Vowels = SearchValues.Create("aeiouy");

    private static readonly ShortSyllableTest s_endsShortSyllable = EndsShortSyllable;

    private static readonly SuffixTable s_step2 = new(
        ("tional", "tion"), ("enci", "ence"), ("anci", "ance"), ("abli", "able"), ("entli", "ent"), ("eli", "e"),
        ("izer", "ize"), ("ization", "ize"), ("ational", "ate"), ("ation", "ate"), ("ator", "ate"),
        ("alli", "al"), ("alism", "al"), ("aliti", "al"), ("fulness", "ful"), ("ousli", "ous"),
        ("ousness", "ous"), ("iveness", "ive"), ("iviti", "ive"), ("biliti", "ble"));

    private static readonly SuffixTable s_step3 = new(
        ("alize", "al"), ("icate", "ic"), ("iciti", "ic"), ("ical", "ic"), ("ative", ""), ("ful", ""), ("ness", ""));

    private static readonly SuffixTable s_step4 = new(
        ("al", ""), ("ance", ""), ("ence", ""), ("er", ""), ("ic", ""), ("able", ""), ("ible", ""), ("ant", ""),
        ("ement", ""), ("ment", ""), ("ent", ""), ("ou", ""), ("ism", ""), ("ate", ""), ("iti", ""), ("ous", ""),
        ("ive", ""), ("ize", ""), ("ion", ""));

    /// <summary>Creates a stemmer of the given variant.</summary>
    public PorterStemmer(PorterVariant variant = PorterVariant.Original)
    {
        if (!Enum.IsDefined(variant))
        {
            throw new ArgumentOutOfRangeException(nameof(variant), variant, "Unknown Porter variant.");
        }

        Variant = variant;
    }

    /// <summary>The published algorithm (<see cref="PorterVariant.Original"/>).</summary>
    public static PorterStemmer Original { get; } = new(PorterVariant.Original);

    /// <summary>The ROUGE-1.5.5 Perl port (<see cref="PorterVariant.Rouge155"/>).</summary>
    public static PorterStemmer Rouge155 { get; } = new(PorterVariant.Rouge155);

    /// <summary>The variant this stemmer runs.</summary>
    public PorterVariant Variant { get; }

    /// <inheritdoc />
    public string Stem(string word) => StemmerText.Stem(this, word);

    /// <inheritdoc />
    public int Stem(ReadOnlySpan<char> word, Span<char> destination)
    {
        StemmerText.CopyWord(word, destination);
        return Variant == PorterVariant.Original
            ? StemOriginal(destination, word.Length)
            : StemRouge155(destination, word.Length);
    }

    private static int StemOriginal(Span<char> b, int n)
    {
        var yFound = MarkConsonantY(b, n);
        var p1 = RegionAfterVowelConsonant(b, n, 0);
        var p2 = RegionAfterVowelConsonant(b, n, p1);

        n = Step1a(b, n);
        n = Step1b(b, n, p1);
        if (n > 0 && (b[n - 1] == 'y' || b[n - 1] == 'Y') && HasVowel(b, n - 1))
        {
            b[n - 1] = 'i';
        }

        n = ReplaceInRegion(s_step2, b, n, p1);
        n = ReplaceInRegion(s_step3, b, n, p1);
        n = DeleteInR2(s_step4, b, n, p2);
        n = DeleteFinalEOrL(b, n, p1, p2, s_endsShortSyllable, lAfterE: true);

        if (yFound)
        {
            b[..n].Replace('Y', 'y');
        }

        return n;
    }

    /// <summary>Marks as <c>Y</c> every <c>y</c> that acts as a consonant: the first letter, or one after a
    /// vowel. Returns whether any was marked.</summary>
    internal static bool MarkConsonantY(Span<char> b, int n)
    {
        var found = false;
        for (var i = 0; i < n; i++)
        {
            if (b[i] == 'y' && (i == 0 || IsVowel(b[i - 1])))
            {
                b[i] = 'Y';
                found = true;
            }
        }

        return found;
    }

    /// <summary>The region start after the first non-vowel that follows a vowel at or after
    /// <paramref name="from"/> (Snowball's <c>gopast v gopast non-v</c>), or <paramref name="n"/>.</summary>
    internal static int RegionAfterVowelConsonant(Span<char> b, int n, int from)
    {
        var i = from;
        while (i < n && !IsVowel(b[i]))
        {
            i++;
        }

        i++;
        while (i < n && IsVowel(b[i]))
        {
            i++;
        }

        return Math.Min(i + 1, n);
    }

    /// <summary>Vowels of the Porter and Snowball English algorithms; a consonant <c>y</c> is marked
    /// <c>Y</c> beforehand.</summary>
    internal static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';

    /// <summary>True when the first <paramref name="length"/> characters hold a vowel.</summary>
    internal static bool HasVowel(Span<char> b, int length) => b[..length].IndexOfAny(Vowels) >= 0;

    private static int Step1a(Span<char> b, int n)
    {
        if (StemmerText.EndsWith(b, n, "sses") || StemmerText.EndsWith(b, n, "ies"))
        {
            return n - 2;
        }

        return n > 0 && b[n - 1] == 's' && !StemmerText.EndsWith(b, n, "ss") ? n - 1 : n;
    }

    private static int Step1b(Span<char> b, int n, int p1)
    {
        if (StemmerText.EndsWith(b, n, "eed"))
        {
            return n - 3 >= p1 ? n - 1 : n;
        }

        var suffix = StemmerText.EndsWith(b, n, "ed") ? 2 : StemmerText.EndsWith(b, n, "ing") ? 3 : 0;
        if (suffix == 0 || !HasVowel(b, n - suffix))
        {
            return n;
        }

        return RepairStem(b, n - suffix, p1, s_endsShortSyllable, keepInitialVowelDouble: false);
    }

    /// <summary>The end of step 1b once <c>-ed</c> or <c>-ing</c> is gone: <c>at</c>, <c>bl</c>, <c>iz</c>
    /// gain an <c>e</c>; a double consonant loses one letter (kept after a lone initial a, e or o when
    /// <paramref name="keepInitialVowelDouble"/>); a short stem ending in a short syllable gains an <c>e</c>.</summary>
    internal static int RepairStem(
        Span<char> b, int n, int p1, ShortSyllableTest endsShortSyllable, bool keepInitialVowelDouble)
    {
        if (StemmerText.EndsWith(b, n, "at") || StemmerText.EndsWith(b, n, "bl") || StemmerText.EndsWith(b, n, "iz"))
        {
            b[n] = 'e';
            return n + 1;
        }

        if (n >= 2 && b[n - 1] == b[n - 2] && b[n - 1] is 'b' or 'd' or 'f' or 'g' or 'm' or 'n' or 'p' or 'r' or 't')
        {
            return keepInitialVowelDouble && n == 3 && b[0] is 'a' or 'e' or 'o' ? n : n - 1;
        }

        if (n == p1 && endsShortSyllable(b, n))
        {
            b[n] = 'e';
            return n + 1;
        }

        return n;
    }

    /// <summary>Porter's <c>*o</c>: the first <paramref name="end"/> characters end consonant, vowel,
    /// consonant other than w, x or Y.</summary>
    private static bool EndsShortSyllable(Span<char> b, int end) =>
        end >= 3 && !IsVowel(b[end - 1]) && b[end - 1] is not ('w' or 'x' or 'Y')
        && IsVowel(b[end - 2]) && !IsVowel(b[end - 3]);

    private static int ReplaceInRegion(SuffixTable table, Span<char> b, int n, int region)
    {
        var rule = table.Match(b, n);
        return rule >= 0 && n - table.Suffix(rule).Length >= region
            ? StemmerText.Replace(b, n, table.Suffix(rule).Length, table.Replacement(rule))
            : n;
    }

    /// <summary>Step 4: deletes the longest listed suffix when it lies in R2 (<c>ion</c> only after s or t).</summary>
    internal static int DeleteInR2(SuffixTable table, Span<char> b, int n, int p2)
    {
        var rule = table.Match(b, n);
        if (rule < 0)
        {
            return n;
        }

        var start = n - table.Suffix(rule).Length;
        if (start < p2)
        {
            return n;
        }

        return table.Suffix(rule) != "ion" || (start > 0 && b[start - 1] is 's' or 't') ? start : n;
    }

    /// <summary>Step 5: a final <c>e</c> goes in R2, or in R1 after no short syllable; a final <c>ll</c> in R2
    /// loses one <c>l</c>. Porter (steps 5a and 5b) tries the <c>ll</c> rule after the <c>e</c> rule;
    /// Porter2 (one step) tries only the rule of the last letter.</summary>
    internal static int DeleteFinalEOrL(
        Span<char> b, int n, int p1, int p2, ShortSyllableTest endsShortSyllable, bool lAfterE)
    {
        if (n > 0 && b[n - 1] == 'e')
        {
            if (n - 1 >= p2 || (n - 1 >= p1 && !endsShortSyllable(b, n - 1)))
            {
                n--;
            }

            if (!lAfterE)
            {
                return n;
            }
        }

        return n >= 2 && b[n - 1] == 'l' && n - 1 >= p2 && b[n - 2] == 'l' ? n - 1 : n;
    }
}
