namespace Crosswire.Text.Stemming;

/// <summary>
/// The <see cref="PorterVariant.Rouge155"/> form: the regular-expression Porter port of the ROUGE-1.5.5
/// script, re-expressed on a span. Its measure <c>m</c> counts vowel-consonant sequences where <c>y</c> is a
/// vowel after a consonant and a consonant after a vowel (an initial <c>y</c> is a consonant), exactly as the
/// script's character classes do.
/// </summary>
public sealed partial class PorterStemmer
{
    private static readonly SuffixTable s_rougeStep2 = new(
        ("ational", "ate"), ("tional", "tion"), ("enci", "ence"), ("anci", "ance"), ("izer", "ize"), ("bli", "ble"),
        ("alli", "al"), ("entli", "ent"), ("eli", "e"), ("ousli", "ous"), ("ization", "ize"), ("ation", "ate"),
        ("ator", "ate"), ("alism", "al"), ("iveness", "ive"), ("fulness", "ful"), ("ousness", "ous"),
        ("aliti", "al"), ("iviti", "ive"), ("biliti", "ble"), ("logi", "log"));

    private static readonly SuffixTable s_rougeStep4 = new(
        ("al", ""), ("ance", ""), ("ence", ""), ("er", ""), ("ic", ""), ("able", ""), ("ible", ""), ("ant", ""),
        ("ement", ""), ("ou", ""), ("ism", ""), ("ate", ""), ("iti", ""), ("ous", ""), ("ive", ""), ("ize", ""));

    private static int StemRouge155(Span<char> b, int n)
    {
        if (n < 3)
        {
            return n;
        }

        var initialY = b[0] == 'y';
        if (initialY)
        {
            b[0] = 'Y';
        }

        n = RougeStep1(b, n);
        n = RougeReplace(s_rougeStep2, b, n, 1);
        n = RougeReplace(s_step3, b, n, 1);
        n = RougeStep4(b, n);
        n = RougeStep5(b, n);

        if (initialY)
        {
            b[0] = 'y';
        }

        return n;
    }

    private static int RougeStep1(Span<char> b, int n)
    {
        if (StemmerText.EndsWith(b, n, "sses") || StemmerText.EndsWith(b, n, "ies"))
        {
            n -= 2;
        }
        else if (n >= 2 && b[n - 1] == 's' && b[n - 2] != 's')
        {
            n--;
        }

        if (StemmerText.EndsWith(b, n, "eed"))
        {
            if (RougeMeasure(b, n - 3) > 0)
            {
                n--;
            }
        }
        else
        {
            var suffix = StemmerText.EndsWith(b, n, "ed") ? 2 : StemmerText.EndsWith(b, n, "ing") ? 3 : 0;
            if (suffix > 0 && RougeHasVowel(b, n - suffix))
            {
                n -= suffix;
                if (StemmerText.EndsWith(b, n, "at") || StemmerText.EndsWith(b, n, "bl") || StemmerText.EndsWith(b, n, "iz"))
                {
                    b[n++] = 'e';
                }
                else if (n >= 2 && b[n - 1] == b[n - 2] && !IsRougeVowelOrLsz(b[n - 1]))
                {
                    n--;
                }
                else if (RougeIsConsonantsVowelConsonant(b, n))
                {
                    b[n++] = 'e';
                }
            }
        }

        if (n > 0 && b[n - 1] == 'y' && RougeHasVowel(b, n - 1))
        {
            b[n - 1] = 'i';
        }

        return n;
    }

    private static int RougeReplace(SuffixTable table, Span<char> b, int n, int minimumMeasure)
    {
        var rule = table.Match(b, n);
        return rule >= 0 && RougeMeasure(b, n - table.Suffix(rule).Length) >= minimumMeasure
            ? StemmerText.Replace(b, n, table.Suffix(rule).Length, table.Replacement(rule))
            : n;
    }

    /// <summary>Lin's step 4: the classic suffixes without <c>-ment</c>/<c>-ent</c>, then <c>-ment</c>, then
    /// <c>-ent</c> or else <c>-sion</c>/<c>-tion</c>, each tried on the result of the one before.</summary>
    private static int RougeStep4(Span<char> b, int n)
    {
        n = RougeReplace(s_rougeStep4, b, n, 2);
        if (StemmerText.EndsWith(b, n, "ment") && RougeMeasure(b, n - 4) > 1)
        {
            n -= 4;
        }

        if (StemmerText.EndsWith(b, n, "ent"))
        {
            if (RougeMeasure(b, n - 3) > 1)
            {
                n -= 3;
            }
        }
        else if ((StemmerText.EndsWith(b, n, "sion") || StemmerText.EndsWith(b, n, "tion")) && RougeMeasure(b, n - 3) > 1)
        {
            n -= 3;
        }

        return n;
    }

    private static int RougeStep5(Span<char> b, int n)
    {
        if (n > 0 && b[n - 1] == 'e')
        {
            var m = RougeMeasure(b, n - 1);
            if (m > 1 || (m == 1 && !RougeIsConsonantsVowelConsonant(b, n - 1)))
            {
                n--;
            }
        }

        return StemmerText.EndsWith(b, n, "ll") && RougeMeasure(b, n) > 1 ? n - 1 : n;
    }

    /// <summary>The measure <c>m</c> of the first <paramref name="length"/> characters: a vowel sequence
    /// starts with a, e, i, o, u or (not first) y and continues with a, e, i, o, u; a consonant sequence starts
    /// with any other character and continues with anything but a, e, i, o, u, y.</summary>
    private static int RougeMeasure(Span<char> b, int length)
    {
        if (length == 0)
        {
            return 0;
        }

        var m = 0;
        var inVowels = IsRougeVowel(b[0]);
        for (var i = 1; i < length; i++)
        {
            if (inVowels)
            {
                if (!IsRougeVowel(b[i]))
                {
                    m++;
                    inVowels = false;
                }
            }
            else if (IsVowel(b[i]))
            {
                inVowels = true;
            }
        }

        return m;
    }

    /// <summary>The script's "vowel in stem": any of a, e, i, o, u, y (an initial y is already <c>Y</c>).</summary>
    private static bool RougeHasVowel(Span<char> b, int length) => HasVowel(b, length);

    /// <summary>The script's <c>^CV[^aeiouwxy]$</c>: a consonant sequence, one vowel, one consonant other than
    /// w, x, y, and nothing else.</summary>
    private static bool RougeIsConsonantsVowelConsonant(Span<char> b, int length)
    {
        if (length < 3 || IsRougeVowel(b[0]) || !IsVowel(b[length - 2]) || IsVowel(b[length - 1])
            || b[length - 1] is 'w' or 'x')
        {
            return false;
        }

        return b[1..(length - 2)].IndexOfAny(Vowels) < 0;
    }

    private static bool IsRougeVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';

    private static bool IsRougeVowelOrLsz(char c) => IsVowel(c) || c is 'l' or 's' or 'z';
}
