namespace Crosswire.Text.Boilerplate;

/// <summary>Cheap facts about the form of a line: words, capitals, closing punctuation.</summary>
internal static class TextShape
{
    /// <summary>True when <paramref name="line"/> holds no letter and no digit (rules, bullets, ellipses).</summary>
    public static bool HasNoLetterOrDigit(ReadOnlySpan<char> line)
    {
        foreach (var c in line)
        {
            if (char.IsLetterOrDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Number of white-space separated words.</summary>
    public static int CountWords(ReadOnlySpan<char> line)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in line)
        {
            if (char.IsWhiteSpace(c))
            {
                inWord = false;
            }
            else if (!inWord)
            {
                inWord = true;
                count++;
            }
        }

        return count;
    }

    /// <summary>Length of the leading decoration (dashes, bullets, asterisks, slashes) and white space.</summary>
    public static int LeadingDecorationLength(ReadOnlySpan<char> line)
    {
        var i = 0;
        while (i < line.Length && (char.IsWhiteSpace(line[i]) || IsDecoration(line[i])))
        {
            i++;
        }

        return i;
    }

    /// <summary>The last character that is not a closing quote, bracket or white space, or '\0'.</summary>
    public static char LastSignificant(ReadOnlySpan<char> line)
    {
        for (var i = line.Length - 1; i >= 0; i--)
        {
            var c = line[i];
            if (!char.IsWhiteSpace(c) && c is not ('"' or '\'' or '”' or '’' or ')' or ']' or '»'))
            {
                return c;
            }
        }

        return '\0';
    }

    /// <summary>True when the line ends like a sentence (with '.', '!', '?' or '…', before closing quotes).</summary>
    public static bool EndsLikeSentence(ReadOnlySpan<char> line) => LastSignificant(line) is '.' or '!' or '?' or '…';

    /// <summary>True when the first letter of <paramref name="word"/> (after opening punctuation) is a capital,
    /// or the word starts with a digit.</summary>
    public static bool IsCapitalized(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (char.IsLetter(c))
            {
                return char.IsUpper(c);
            }

            if (char.IsDigit(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when <paramref name="word"/> has letters and all of them are lower case.</summary>
    public static bool IsLowerWord(ReadOnlySpan<char> word)
    {
        var letters = false;
        foreach (var c in word)
        {
            if (char.IsLetter(c))
            {
                if (!char.IsLower(c))
                {
                    return false;
                }

                letters = true;
            }
        }

        return letters;
    }

    /// <summary><paramref name="word"/> without surrounding punctuation (keeps inner dots and hyphens).</summary>
    public static ReadOnlySpan<char> Bare(ReadOnlySpan<char> word)
    {
        var start = 0;
        var end = word.Length;
        while (start < end && !char.IsLetterOrDigit(word[start]) && word[start] is not ('@' or '#' or '+'))
        {
            start++;
        }

        while (end > start && !char.IsLetterOrDigit(word[end - 1]) && word[end - 1] != '+')
        {
            end--;
        }

        return word[start..end];
    }

    /// <summary>True for an e-mail address, a social handle (<c>@name</c>) or a URL.</summary>
    public static bool IsAddress(ReadOnlySpan<char> word)
    {
        var bare = Bare(word);
        if (bare.Length == 0)
        {
            return false;
        }

        if (bare[0] == '@' && bare.Length > 1)
        {
            return true;
        }

        var at = bare.IndexOf('@');
        if (at > 0 && bare[(at + 1)..].Contains('.'))
        {
            return true;
        }

        return bare.StartsWith("http", StringComparison.OrdinalIgnoreCase) && bare.Contains("://", StringComparison.Ordinal)
            || bare.StartsWith("www.", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>True for a web link (<c>https://…</c>, <c>www.…</c>).</summary>
    public static bool IsLink(ReadOnlySpan<char> word)
    {
        var bare = Bare(word);
        return (bare.StartsWith("http", StringComparison.OrdinalIgnoreCase) && bare.Contains("://", StringComparison.Ordinal))
            || bare.StartsWith("www.", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>True for a word made of digits and phone punctuation only, with at least seven digits.</summary>
    public static bool IsPhoneNumber(ReadOnlySpan<char> word)
    {
        var digits = 0;
        foreach (var c in word)
        {
            if (char.IsAsciiDigit(c))
            {
                digits++;
            }
            else if (c is not ('-' or '.' or '(' or ')' or '+' or ',' or ';'))
            {
                return false;
            }
        }

        return digits >= 7;
    }

    /// <summary>True when the word holds no letter or digit (a separator such as <c>|</c> or <c>—</c>).</summary>
    public static bool IsPunctuationWord(ReadOnlySpan<char> word) => HasNoLetterOrDigit(word);

    private static bool IsDecoration(char c) =>
        c is '-' or '–' or '—' or '•' or '·' or '*' or '/' or '|' or '►' or '»' or '>' or '▶' or '■' or '●' or '_' or '~' or '=';
}

/// <summary>Enumerates the white-space separated words of a line, with their offsets.</summary>
internal ref struct WordEnumerator
{
    private readonly ReadOnlySpan<char> _line;
    private int _next;

    /// <summary>Starts before the first word of <paramref name="line"/>.</summary>
    public WordEnumerator(ReadOnlySpan<char> line)
    {
        _line = line;
        _next = 0;
        Current = default;
        Start = 0;
    }

    /// <summary>The current word.</summary>
    public ReadOnlySpan<char> Current { get; private set; }

    /// <summary>Offset of the current word in the line.</summary>
    public int Start { get; private set; }

    /// <summary>Moves to the next word.</summary>
    public bool MoveNext()
    {
        var i = _next;
        while (i < _line.Length && char.IsWhiteSpace(_line[i]))
        {
            i++;
        }

        if (i >= _line.Length)
        {
            _next = i;
            return false;
        }

        var start = i;
        while (i < _line.Length && !char.IsWhiteSpace(_line[i]))
        {
            i++;
        }

        Start = start;
        Current = _line[start..i];
        _next = i;
        return true;
    }

    /// <summary>Returns this enumerator, for <c>foreach</c>.</summary>
    public readonly WordEnumerator GetEnumerator() => this;
}

/// <summary>Tests whether a run of words reads as names (of people, outlets, places) rather than prose.</summary>
internal static class NameShape
{
    /// <summary>
    /// True when every word of <paramref name="text"/> is capitalized, an address (e-mail, handle, URL), a
    /// separator, or a lower-case word of <paramref name="allowed"/>; there are at most
    /// <paramref name="maxWords"/> words and at least one capitalized one.
    /// </summary>
    public static bool IsNameRun(ReadOnlySpan<char> text, WordSet allowed, int maxWords)
    {
        var words = 0;
        var capitalized = 0;
        foreach (var word in new WordEnumerator(text))
        {
            if (++words > maxWords)
            {
                return false;
            }

            var bare = TextShape.Bare(word);
            if (bare.Length == 0 || allowed.Contains(bare) || TextShape.IsAddress(word))
            {
                continue;
            }

            if (!TextShape.IsCapitalized(bare))
            {
                return false;
            }

            capitalized++;
        }

        return capitalized > 0;
    }

    /// <summary>Number of lower-case words of <paramref name="text"/> that are not in <paramref name="allowed"/>.</summary>
    public static int CountForeignLowerWords(ReadOnlySpan<char> text, WordSet allowed)
    {
        var count = 0;
        foreach (var word in new WordEnumerator(text))
        {
            var bare = TextShape.Bare(word);
            if (bare.Length > 0 && TextShape.IsLowerWord(bare) && !allowed.Contains(bare) && !TextShape.IsAddress(word))
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>True when <paramref name="text"/> has a letter on each side of a slash (<c>Jane Roe/Wire</c>).</summary>
    public static bool HasLetterSlash(ReadOnlySpan<char> text)
    {
        for (var i = text.IndexOf('/'); i >= 0 && i < text.Length; i = NextSlash(text, i))
        {
            var before = i - 1;
            while (before >= 0 && text[before] == ' ')
            {
                before--;
            }

            var after = i + 1;
            while (after < text.Length && text[after] == ' ')
            {
                after++;
            }

            if (before >= 0 && after < text.Length && char.IsLetter(text[before]) && char.IsLetter(text[after]))
            {
                return true;
            }
        }

        return false;
    }

    private static int NextSlash(ReadOnlySpan<char> text, int from)
    {
        var next = text[(from + 1)..].IndexOf('/');
        return next < 0 ? -1 : from + 1 + next;
    }
}
