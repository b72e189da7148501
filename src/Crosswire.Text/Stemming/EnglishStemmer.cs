namespace Crosswire.Text.Stemming;

/// <summary>
/// The Snowball English stemmer ("Porter2"), written from the algorithm description at snowballstem.org, in
/// its current revision (exceptional prefixes such as <c>inter</c>, <c>past</c>, <c>univers</c>; the
/// <c>-ying</c> and <c>-eed</c> special cases inside step 1b). Input is expected lower-case; apostrophes are
/// handled as the algorithm says (a leading one and a final <c>'</c>, <c>'s</c>, <c>'s'</c> are removed).
/// </summary>
public sealed class EnglishStemmer : IStemmer
{
    private static readonly (string Word, string Stem)[] s_exceptions =
    [
        ("skis", "ski"), ("skies", "sky"), ("idly", "idl"), ("gently", "gentl"), ("ugly", "ugli"),
        ("early", "earli"), ("only", "onli"), ("singly", "singl"), ("sky", "sky"), ("news", "news"),
        ("howe", "howe"), ("atlas", "atlas"), ("cosmos", "cosmos"), ("bias", "bias"), ("andes", "andes"),
    ];

    private static readonly string[] s_regionPrefixes =
        ["gener", "commun", "arsen", "past", "univers", "later", "emerg", "organ", "inter"];

    private static readonly string[] s_keptIngWords = ["inn", "out", "cann", "herr", "earr", "even"];

    private static readonly SuffixTable s_step2 = new(
        ("tional", "tion"), ("enci", "ence"), ("anci", "ance"), ("abli", "able"), ("entli", "ent"),
        ("izer", "ize"), ("ization", "ize"), ("ational", "ate"), ("ation", "ate"), ("ator", "ate"),
        ("alism", "al"), ("aliti", "al"), ("alli", "al"), ("fulness", "ful"), ("ousli", "ous"),
        ("ousness", "ous"), ("iveness", "ive"), ("iviti", "ive"), ("biliti", "ble"), ("bli", "ble"),
        ("ogist", "og"), ("ogi", "og"), ("fulli", "ful"), ("lessli", "less"), ("li", ""));

    private static readonly SuffixTable s_step3 = new(
        ("tional", "tion"), ("ational", "ate"), ("alize", "al"), ("icate", "ic"), ("iciti", "ic"), ("ical", "ic"),
        ("ful", ""), ("ness", ""), ("ative", ""));

    private static readonly SuffixTable s_step4 = new(
        ("al", ""), ("ance", ""), ("ence", ""), ("er", ""), ("ic", ""), ("able", ""), ("ible", ""), ("ant", ""),
        ("ement", ""), ("ment", ""), ("ent", ""), ("ism", ""), ("ate", ""), ("iti", ""), ("ous", ""), ("ive", ""),
        ("ize", ""), ("ion", ""));

    private static readonly ShortSyllableTest s_endsShortSyllable = EndsShortSyllable;

    /// <summary>The shared instance (the stemmer is stateless).</summary>
    public static EnglishStemmer Instance { get; } = new();

    /// <inheritdoc />
    public string Stem(string word) => StemmerText.Stem(this, word);

    /// <inheritdoc />
    public int Stem(ReadOnlySpan<char> word, Span<char> destination)
    {
        StemmerText.CopyWord(word, destination);
        var n = word.Length;
        foreach (var (exceptional, stem) in s_exceptions)
        {
            if (word.SequenceEqual(exceptional))
            {
                stem.CopyTo(destination);
                return stem.Length;
            }
        }

        if (n < 3)
        {
            return n;
        }

        var b = destination;
        if (b[0] == '\'')
        {
            b[1..n].CopyTo(b);
            n--;
        }

        var yFound = PorterStemmer.MarkConsonantY(b, n);
        var (p1, p2) = MarkRegions(b, n);

        n = Step1a(b, n);
        n = Step1b(b, n, p1);
        if (n > 2 && b[n - 1] is 'y' or 'Y' && !PorterStemmer.IsVowel(b[n - 2]))
        {
            b[n - 1] = 'i';
        }

        n = Step2(b, n, p1);
        n = Step3(b, n, p1, p2);
        n = PorterStemmer.DeleteInR2(s_step4, b, n, p2);
        n = PorterStemmer.DeleteFinalEOrL(b, n, p1, p2, s_endsShortSyllable, lAfterE: false);

        if (yFound)
        {
            b[..n].Replace('Y', 'y');
        }

        return n;
    }

    private static (int P1, int P2) MarkRegions(Span<char> b, int n)
    {
        var p1 = -1;
        foreach (var prefix in s_regionPrefixes)
        {
            if (b[..n].StartsWith(prefix))
            {
                p1 = prefix.Length;
                break;
            }
        }

        if (p1 < 0)
        {
            p1 = PorterStemmer.RegionAfterVowelConsonant(b, n, 0);
        }

        return (p1, PorterStemmer.RegionAfterVowelConsonant(b, n, p1));
    }

    private static int Step1a(Span<char> b, int n)
    {
        if (StemmerText.EndsWith(b, n, "'s'"))
        {
            n -= 3;
        }
        else if (StemmerText.EndsWith(b, n, "'s"))
        {
            n -= 2;
        }
        else if (StemmerText.EndsWith(b, n, "'"))
        {
            n--;
        }

        if (StemmerText.EndsWith(b, n, "sses"))
        {
            return n - 2;
        }

        if (StemmerText.EndsWith(b, n, "ied") || StemmerText.EndsWith(b, n, "ies"))
        {
            return n - 3 >= 2 ? n - 2 : n - 1;
        }

        if (n == 0 || b[n - 1] != 's' || StemmerText.EndsWith(b, n, "us") || StemmerText.EndsWith(b, n, "ss"))
        {
            return n;
        }

        // 's': delete when a vowel comes before the letter that precedes it.
        return n >= 2 && PorterStemmer.HasVowel(b, n - 2) ? n - 1 : n;
    }

    private static int Step1b(Span<char> b, int n, int p1)
    {
        int suffix;
        if (StemmerText.EndsWith(b, n, "eedly") || StemmerText.EndsWith(b, n, "eed"))
        {
            var start = n - (b[n - 1] == 'y' ? 5 : 3);
            var before = b[..start];
            if (before.SequenceEqual("proc") || before.SequenceEqual("exc") || before.SequenceEqual("succ") || start < p1)
            {
                return n;
            }

            return start + 2;
        }

        if (StemmerText.EndsWith(b, n, "ingly"))
        {
            suffix = 5;
        }
        else if (StemmerText.EndsWith(b, n, "edly"))
        {
            suffix = 4;
        }
        else if (StemmerText.EndsWith(b, n, "ing"))
        {
            suffix = 3;
            var before = b[..(n - 3)];
            if (before.Length == 2 && before[1] == 'y' && !PorterStemmer.IsVowel(before[0]))
            {
                before[1] = 'i';
                b[2] = 'e';
                return 3;
            }

            foreach (var kept in s_keptIngWords)
            {
                if (before.SequenceEqual(kept))
                {
                    return n;
                }
            }
        }
        else if (StemmerText.EndsWith(b, n, "ed"))
        {
            suffix = 2;
        }
        else
        {
            return n;
        }

        if (!PorterStemmer.HasVowel(b, n - suffix))
        {
            return n;
        }

        return PorterStemmer.RepairStem(b, n - suffix, p1, s_endsShortSyllable, keepInitialVowelDouble: true);
    }

    /// <summary>Porter2's short syllable ending at <paramref name="end"/>: non-vowel, vowel, non-vowel other
    /// than w, x, Y; or a vowel and a non-vowel that start the word; or <c>past</c>.</summary>
    private static bool EndsShortSyllable(Span<char> b, int end)
    {
        if (end >= 3 && !PorterStemmer.IsVowel(b[end - 1]) && b[end - 1] is not ('w' or 'x' or 'Y')
            && PorterStemmer.IsVowel(b[end - 2]) && !PorterStemmer.IsVowel(b[end - 3]))
        {
            return true;
        }

        if (end == 2 && !PorterStemmer.IsVowel(b[1]) && PorterStemmer.IsVowel(b[0]))
        {
            return true;
        }

        return end >= 4 && b[(end - 4)..end].SequenceEqual("past");
    }

    private static int Step2(Span<char> b, int n, int p1)
    {
        var rule = s_step2.Match(b, n);
        if (rule < 0)
        {
            return n;
        }

        var suffix = s_step2.Suffix(rule);
        var start = n - suffix.Length;
        if (start < p1)
        {
            return n;
        }

        var allowed = suffix switch
        {
            "ogi" => start > 0 && b[start - 1] == 'l',
            "li" => start > 0 && b[start - 1] is 'c' or 'd' or 'e' or 'g' or 'h' or 'k' or 'm' or 'n' or 'r' or 't',
            _ => true,
        };
        return allowed ? StemmerText.Replace(b, n, suffix.Length, s_step2.Replacement(rule)) : n;
    }

    private static int Step3(Span<char> b, int n, int p1, int p2)
    {
        var rule = s_step3.Match(b, n);
        if (rule < 0)
        {
            return n;
        }

        var suffix = s_step3.Suffix(rule);
        var start = n - suffix.Length;
        if (start < p1 || (suffix == "ative" && start < p2))
        {
            return n;
        }

        return StemmerText.Replace(b, n, suffix.Length, s_step3.Replacement(rule));
    }
}
