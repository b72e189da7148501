using System.Text.RegularExpressions;

namespace Crosswire.Text.Boilerplate;

/// <summary>Rules for who wrote the article and where from: bylines, datelines, contributor notes and
/// authors' biographies.</summary>
internal static partial class AttributionRules
{
    /// <summary>Longest byline.</summary>
    private const int MaxBylineLine = 160;

    /// <summary>Longest contributor note.</summary>
    private const int MaxContributorLine = 420;

    /// <summary>A bare byline: <c>By Jane Roe</c>, <c>By JANE ROE Associated Wire</c>,
    /// <c>By Jane Roe and John Doe, staff writers</c>, <c>Updated by Jane Roe</c>.</summary>
    public static bool IsByline(ReadOnlySpan<char> line)
    {
        if (line.Length > MaxBylineLine)
        {
            return false;
        }

        foreach (var match in BylineOpenRegex().EnumerateMatches(line))
        {
            var names = line[match.Length..];
            return NameShape.IsNameRun(names, Vocabulary.BylineWords, 24) && !TextShape.EndsLikeSentence(StripAbbreviationDot(names));
        }

        return false;
    }

    /// <summary>A <c>Name, Outlet</c> byline: <c>Jane Roe, The Harbour Gazette</c>.</summary>
    public static bool IsNameOutletByline(ReadOnlySpan<char> line)
    {
        if (line.Length > 80 || TextShape.EndsLikeSentence(line))
        {
            return false;
        }

        var comma = line.IndexOf(',');
        if (comma <= 0)
        {
            return false;
        }

        var name = line[..comma];
        var outlet = line[(comma + 1)..];
        var nameWords = TextShape.CountWords(name);
        if (nameWords is < 2 or > 4 || !NameShape.IsNameRun(name, Vocabulary.NameJoiners, 4)
            || !NameShape.IsNameRun(outlet, Vocabulary.NameJoiners, 8))
        {
            return false;
        }

        foreach (var word in new WordEnumerator(outlet))
        {
            if (Vocabulary.OutletWords.Contains(TextShape.Bare(word)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A contributor credit opening the line: <c>Reporting by …; Editing by …</c>,
    /// <c>Additional reporting by …</c>, <c>With assistance from …</c>, <c>Contributing: …</c>.</summary>
    public static bool IsContributorCredit(ReadOnlySpan<char> line) =>
        line.Length <= MaxContributorLine && ContributorOpenRegex().IsMatch(line);

    /// <summary>A contributor note made of names, places and the words of such notes:
    /// <c>Jane Roe contributed to this report.</c>, <c>Jane Roe reported from Kingsport; John Doe in Sale
    /// contributed reporting.</c></summary>
    public static bool IsContributorNote(ReadOnlySpan<char> line)
    {
        if (line.Length > MaxContributorLine)
        {
            return false;
        }

        var endsContributed = ContributedEndRegex().IsMatch(line);
        if (!endsContributed && !ReportedFromRegex().IsMatch(line))
        {
            return false;
        }

        return NameShape.CountForeignLowerWords(line, Vocabulary.ContributorWords) == 0;
    }

    /// <summary>An author's short biography: <c>Jane Roe is a reporter for The Harbour Gazette.</c></summary>
    public static bool IsAuthorBio(ReadOnlySpan<char> line)
    {
        if (line.Length > MaxContributorLine)
        {
            return false;
        }

        foreach (var match in BioOpenRegex().EnumerateMatches(line))
        {
            // The occupation comes within the next few words and is followed by the outlet ("is a national
            // political reporter for The Gazette"), or closes a sentence in a line that says how to reach them.
            var words = 0;
            var afterRole = false;
            var enumerator = new WordEnumerator(line[match.Length..]);
            while (enumerator.MoveNext())
            {
                var word = enumerator.Current;
                var bare = TextShape.Bare(word);
                if (afterRole && !bare.Equals("and", StringComparison.OrdinalIgnoreCase))
                {
                    return Vocabulary.AuthorRoleLinks.Contains(bare);
                }

                if (Vocabulary.AuthorRoles.Contains(bare))
                {
                    if (word[^1] == '.')
                    {
                        return SocialMentionRegex().IsMatch(line);
                    }

                    afterRole = true;
                }
                else if (++words >= 10)
                {
                    break;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// Length of a dateline opening the line (<c>KINGSPORT, Ore. (Wire) —</c>, <c>LONDON —</c>, <c>(Wire)</c>),
    /// or 0. <paramref name="rule"/> says which form it was; a story label such as <c>BREAKING —</c> is
    /// reported as <see cref="Rules.StoryLabel"/>.
    /// </summary>
    public static int DatelineLength(ReadOnlySpan<char> line, out BoilerplateRule rule)
    {
        rule = Rules.Dateline;
        var first = line[0];
        if (first == '(')
        {
            rule = Rules.AgencyDateline;
            foreach (var match in AgencyOpenRegex().EnumerateMatches(line))
            {
                return match.Length;
            }

            return 0;
        }

        if (!char.IsUpper(first) || line.Length < 4 || !char.IsUpper(line[1]))
        {
            return 0;
        }

        foreach (var match in DatelineRegex().EnumerateMatches(line))
        {
            var dateline = line[..match.Length];
            var place = dateline[..dateline.IndexOfAny(DatelinePlaceEnd)].Trim();
            if (Vocabulary.StoryLabels.Contains(place))
            {
                rule = Rules.StoryLabel;
            }

            return match.Length;
        }

        return 0;
    }

    /// <summary>A dateline standing alone on its line: <c>KINGSPORT, Ore. (Wire) —</c>.</summary>
    public static bool IsBareDateline(ReadOnlySpan<char> line) =>
        line.Length <= 80 && char.IsUpper(line[0]) && BareDatelineRegex().IsMatch(line);

    /// <summary>Length of a byline with a date opening the line (<c>By Jane Roe Oct 31, 2015 in Science</c>),
    /// or 0.</summary>
    public static int BylinePrefixLength(ReadOnlySpan<char> line)
    {
        if (line.Length < 10 || (line[0] != 'B' && line[0] != 'b'))
        {
            return 0;
        }

        foreach (var match in BylineDateOpenRegex().EnumerateMatches(line))
        {
            return match.Length;
        }

        return 0;
    }

    private static ReadOnlySpan<char> StripAbbreviationDot(ReadOnlySpan<char> names)
    {
        // "By Jane Roe Jr." or "… Wire Inc." ends with an abbreviation, not a sentence.
        var lastSpace = names.LastIndexOf(' ');
        var last = names[(lastSpace + 1)..];
        return last.Length <= 4 && last.Length > 1 && last[^1] == '.' && char.IsUpper(last[0]) ? names[..^1] : names;
    }

    private static readonly System.Buffers.SearchValues<char> DatelinePlaceEnd = System.Buffers.SearchValues.Create(",(—–-");

    [GeneratedRegex(@"^(?:(?:written|words|story|text|reporting|updated|posted|published) )?by\s(?:by\s)?(?=\S)", Patterns.IgnoreCase)]
    private static partial Regex BylineOpenRegex();

    [GeneratedRegex(@"^\(?(?:(?:with )?(?:additional )?(?:reporting|writing|editing|research|fact-checking|graphics|photography|design|production) by\b|(?:compiled|produced|edited|written|translated) by\b|(?:with |additional )?(?:assistance|additional reporting|reporting assistance|contributions?) (?:from|by)\b|contribut(?:ing|ors?)(?: writers?| reporters?)?\s?:|(?:wire services|the associated press|associated press|reuters|afp) contributed\b)", Patterns.IgnoreCase)]
    private static partial Regex ContributorOpenRegex();

    [GeneratedRegex(@"\bcontributed(?: (?:additional |to )?(?:reporting|research|writing)| to (?:this|the) (?:report|story|article|coverage))?(?: (?:from|in) [^.;\r\n]{1,60})?[.)]*$", Patterns.IgnoreCase)]
    private static partial Regex ContributedEndRegex();

    [GeneratedRegex(@"^[^.;\r\n]{2,80}\breported (?:from|in) [A-Z]", Patterns.Options)]
    private static partial Regex ReportedFromRegex();

    [GeneratedRegex(@"twitter|facebook|instagram|@\w|e-?mail", Patterns.IgnoreCase)]
    private static partial Regex SocialMentionRegex();

    [GeneratedRegex(@"^\W{0,3}(?:[A-Z][\w.'’\-]*\s){1,4}(?:is|was|writes|covers|reports)\s", Patterns.Options)]
    private static partial Regex BioOpenRegex();

    // "(KWN)", "(Reuters) —", and a wire or press service's name when a dash follows: "(Harbour Wire) —".
    [GeneratedRegex(@"^\((?:(?:[A-Z][A-Z0-9]{1,7}|Reuters|Bloomberg|Xinhua|[A-Z][A-Za-z]{0,15}\.com)\)\s*(?:[—–\-]{1,2}\s*)?|(?:[A-Z][A-Za-z&'.]*\s){1,3}(?:Wire|News|Press|Agency|Newswire|Service)\)\s*[—–\-]{1,2}\s*)(?=[\p{Lu}""“‘'\d])", Patterns.Options)]
    private static partial Regex AgencyOpenRegex();

    // PLACE[, Region] [(Agency)] — : the place in capitals (up to three words), the region as written.
    [GeneratedRegex(@"^[A-Z][A-Z'’.\-]*[A-Z.](?:[ /][A-Z][A-Z'’.\-]*[A-Z.]){0,2}(?:,\s[A-Z][\w.'’\-]*(?:\s[A-Z][\w.'’\-]*){0,2})?(?:\s?\([^()\r\n]{1,40}\)\s?(?:[—–\-]{1,2})?|\s?(?:[—–]|--?(?=\s)))\s*(?=[\p{Lu}""“‘'\d(])", Patterns.Options)]
    private static partial Regex DatelineRegex();

    [GeneratedRegex(@"^[A-Z][A-Z'’.\-]*[A-Z.](?:[ /][A-Z][A-Z'’.\-]*[A-Z.]){0,2}(?:,\s[A-Z][\w.'’\-]*(?:\s[A-Z][\w.'’\-]*){0,2})?(?:\s?\([^()\r\n]{1,40}\)\s?(?:[—–\-]{1,2})?|\s?(?:[—–]|--?))$", Patterns.Options)]
    private static partial Regex BareDatelineRegex();

    [GeneratedRegex(@"^(?i:by)\s(?:(?i:by)\s)?[A-Z][\w.'’\-]*(?:\s[A-Z][\w.'’\-]*){1,3}\s" + Patterns.Month + @"\.?\s\d{1,2},\s\d{4}(?:\sin\s[A-Z][\w&]*(?:\s[A-Z&][\w&]*)?)?\s+(?=[\p{Lu}""“])", Patterns.Options)]
    private static partial Regex BylineDateOpenRegex();
}
