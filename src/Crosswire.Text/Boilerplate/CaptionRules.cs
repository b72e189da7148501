using System.Text.RegularExpressions;

namespace Crosswire.Text.Boilerplate;

/// <summary>Rules for photo captions, photo credits and photo galleries.</summary>
internal static partial class CaptionRules
{
    /// <summary>How far from the end of a line a trailing credit is looked for.</summary>
    private const int CreditWindow = 200;

    /// <summary>Longest parenthesized credit closing a line.</summary>
    private const int MaxCreditGroup = 140;

    /// <summary>Longest line that can be a credit on its own.</summary>
    private const int MaxCreditLine = 140;

    /// <summary>Whole-line caption markers that hold on a line of any length: caption labels of media players
    /// (<c>Image caption …</c>) and <c>FILE -</c> photo captions.</summary>
    public static BoilerplateRule? MatchMarker(ReadOnlySpan<char> line)
    {
        if (CaptionLabelRegex().IsMatch(line))
        {
            // "Image copyright Agency" alone is a credit; with a caption after it, a caption.
            return line.Contains("caption", StringComparison.OrdinalIgnoreCase) || line.Length > MaxCreditLine
                ? Rules.CaptionLabel
                : Rules.CreditLine;
        }

        if (FilePhotoRegex().IsMatch(line))
        {
            return Rules.PhotoCaption;
        }

        return null;
    }

    /// <summary>Start of a photo credit that ends <paramref name="line"/> (<c>(Jane Roe/Wire)</c>,
    /// <c>WIRE/Jane Roe</c>, <c>Photo: Jane Roe</c>), or -1.</summary>
    public static int TrailingCreditStart(ReadOnlySpan<char> line)
    {
        var last = line[^1];
        if (last == ')')
        {
            return ParenthesizedCreditStart(line, nested: false);
        }

        if (!char.IsLetterOrDigit(last) && last != '.')
        {
            return -1;
        }

        // Unparenthesized credits have a slash ("WIRE/Jane Roe") or a label ("Photo: Jane Roe").
        var offset = Math.Max(0, line.Length - CreditWindow);
        var window = line[offset..];
        if (window.IndexOfAny('/', ':') < 0)
        {
            return -1;
        }

        foreach (var match in TailCreditRegex().EnumerateMatches(window))
        {
            // "Photo: …" must name who took it; "… Credit: the mayor deserves it." is prose.
            var credit = window[match.Index..];
            var colon = credit.IndexOf(':');
            if (colon > 0 && colon < 20 && !credit[..colon].Contains('/')
                && !IsCreditText(credit[..(colon + 1)], credit[(colon + 1)..].Trim()))
            {
                return -1;
            }

            return offset + match.Index;
        }

        return -1;
    }

    /// <summary>A short line that is nothing but a photo credit (<c>Photo: Jane Roe/Wire</c>,
    /// <c>Image courtesy of the family</c>, <c>Jane Roe / Harbour Gazette</c>), or null.</summary>
    public static BoilerplateRule? MatchCreditLine(ReadOnlySpan<char> line) => MatchCreditLine(line, labelOpening: true);

    /// <summary>As <see cref="MatchCreditLine(ReadOnlySpan{char})"/>; the credits that open with a label or an
    /// agency's name are only looked for when <paramref name="labelOpening"/> says the first word can be one.</summary>
    public static BoilerplateRule? MatchCreditLine(ReadOnlySpan<char> line, bool labelOpening)
    {
        if (line.Length > MaxCreditLine)
        {
            return null;
        }

        if (labelOpening)
        {
            if (AgencyLineRegex().IsMatch(line))
            {
                return Rules.AgencyCredit;
            }

            foreach (var match in LabelledCreditRegex().EnumerateMatches(line))
            {
                var labelled = line[..match.Length];
                var rest = line[match.Length..];
                if (IsCreditText(labelled, rest))
                {
                    return Rules.CreditLine;
                }

                // "Video: How the vote works" links to a video; "Video from the town showed …" is prose.
                return labelled.TrimEnd().EndsWith(':') && IsHeadline(rest) ? Rules.LabelledLink : null;
            }
        }

        if (TextShape.EndsLikeSentence(line) && !EndsWithAbbreviation(line))
        {
            return null;
        }

        if (CourtesyRegex().IsMatch(line))
        {
            return Rules.CreditLine;
        }

        if (!line.Contains("://", StringComparison.Ordinal)
            && (NameShape.HasLetterSlash(line) || line.Contains("Getty", StringComparison.Ordinal))
            && NameShape.IsNameRun(line, Vocabulary.CreditWords, 12))
        {
            return Rules.SlashCredit;
        }

        return null;
    }

    /// <summary>True when a short line opens the way captions do (<c>In this photo…</c>, <c>This image shows…</c>,
    /// <c>A handout photo…</c>) or closes with <c>Picture taken …</c>.</summary>
    public static bool LooksLikeCaption(ReadOnlySpan<char> line) =>
        ThisPhotoRegex().IsMatch(line) || HandoutPhotoRegex().IsMatch(line)
        || (line.Contains("Picture taken", StringComparison.Ordinal) && PictureTakenRegex().IsMatch(line));

    /// <summary>A video player's caption: <c>CLOSE description CREDIT</c> or a description ending with
    /// <c>(Published Monday, May 6, 2019)</c>.</summary>
    public static bool IsVideoCaption(ReadOnlySpan<char> line)
    {
        if (line.StartsWith("CLOSE ", StringComparison.Ordinal) && line.Length > 20)
        {
            // The player closes the description with its credit in capitals (an agency or outlet).
            var lastSpace = line.LastIndexOf(' ');
            var credit = line[(lastSpace + 1)..];
            return credit.Length >= 2 && IsAllCapitals(credit);
        }

        if (line.StartsWith("JUST WATCHED", StringComparison.Ordinal) || line.Contains("Replay More Videos", StringComparison.Ordinal))
        {
            return true; // a video player's "just watched / must watch" box
        }

        if (line[^1] != ')')
        {
            return false;
        }

        var open = line.LastIndexOf('(');
        return open >= 0 && PublishedSuffixRegex().IsMatch(line[open..]);
    }

    /// <summary>
    /// Length of a caption and its parenthesized credit opening a long line (<c>The ferry at dawn. (Photo:
    /// Jane Roe) …</c>), or of the credit alone when it opens the line; 0 when there is none.
    /// <paramref name="rule"/> says which.
    /// </summary>
    public static int InlineCreditPrefixLength(ReadOnlySpan<char> line, int maxCaption, out BoilerplateRule rule)
    {
        rule = Rules.InlineCredit;
        var window = line[..Math.Min(line.Length, maxCaption + 100)];
        if (window.IndexOf('(') < 0)
        {
            return 0;
        }

        foreach (var match in InlineCreditRegex().EnumerateMatches(window))
        {
            var end = match.Index + match.Length;
            if (end >= line.Length)
            {
                return 0; // a credit closing the line is the trailing-credit rule's
            }

            if (match.Index == 0)
            {
                return end;
            }

            var caption = line[..match.Index].TrimEnd();
            if (match.Index <= maxCaption && TextShape.EndsLikeSentence(caption))
            {
                rule = Rules.CreditedCaption;
                return end;
            }

            return 0;
        }

        return 0;
    }

    /// <summary>A line wholly inside parentheses or square brackets that is a credit, a link or a note, or null.</summary>
    public static BoilerplateRule? MatchEnclosed(ReadOnlySpan<char> line)
    {
        if (line.Length < 3 || line.Length > 300)
        {
            return null;
        }

        var open = line[0];
        var close = line[^1];
        if (!((open == '(' && close == ')') || (open == '[' && close == ']')))
        {
            return null;
        }

        var inner = line[1..^1].Trim();
        if (inner.IndexOfAny('(', '[') >= 0 && inner.IndexOfAny(')', ']') < inner.IndexOfAny('(', '['))
        {
            return null; // "(a) text (b)": two groups, not one enclosed line.
        }

        if (open == '[')
        {
            // "[Jane Roe/Wire]" credits a picture; "[Harbour reopens after storm]" links to a story.
            return HatTipRegex().IsMatch(inner) || MatchCreditLine(inner) is not null || AgencyLineRegex().IsMatch(inner)
                ? Rules.BracketedCredit
                : Rules.BracketedLink;
        }

        if (NoticeRules.IsLabelledLink(inner))
        {
            return Rules.LabelledLink;
        }

        if (NoticeRules.MatchCopyright(inner) is { } copyright)
        {
            return copyright;
        }

        if (AttributionRules.IsContributorCredit(inner))
        {
            return Rules.ContributorCredit;
        }

        if (NoticeRules.IsPublicationNote(inner))
        {
            return Rules.PublicationNote;
        }

        if (MatchCreditLine(inner) is { } credit)
        {
            return credit;
        }

        // "(Harbour Police Department)" under a picture: a few capitalized words, no sentence.
        return !TextShape.EndsLikeSentence(inner) && NameShape.IsNameRun(inner, Vocabulary.NameJoiners, 6)
            ? Rules.BracketedCredit
            : null;
    }

    /// <summary>True when <paramref name="rest"/>, after a label such as <c>Photo:</c> or <c>Image by</c>, names
    /// who made or owns the picture rather than a headline or a sentence.</summary>
    public static bool IsCreditText(ReadOnlySpan<char> label, ReadOnlySpan<char> rest)
    {
        if (rest.IsEmpty || (TextShape.EndsLikeSentence(rest) && !EndsWithAbbreviation(rest)))
        {
            return false;
        }

        if (NameShape.HasLetterSlash(rest)
            || rest.Contains("Getty", StringComparison.Ordinal)
            || rest.Contains("courtesy", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        // A video's title is capitalized like a name: "Video: Harbour Life" links to it.
        var isVideo = label.TrimStart('(').StartsWith("video", StringComparison.OrdinalIgnoreCase);
        if (!isVideo && NameShape.IsNameRun(rest, Vocabulary.CreditWords, 10))
        {
            return true;
        }

        // "Photo: staff" — but "Source: the agency" needs names.
        return !label.StartsWith("Source", StringComparison.OrdinalIgnoreCase) && TextShape.CountWords(rest) <= 2;
    }

    private static bool IsHeadline(ReadOnlySpan<char> rest) =>
        TextShape.CountWords(rest) <= 16 && TextShape.LastSignificant(rest) != '.';

    private static int ParenthesizedCreditStart(ReadOnlySpan<char> line, bool nested)
    {
        var open = line.LastIndexOf('(');
        if (open < 0 || line.Length - open > MaxCreditGroup)
        {
            return -1;
        }

        var group = line[open..];
        if (AgencyGroupRegex().IsMatch(group))
        {
            // "(Wire Photo/Jane Roe) (Associated Press)": the agency's name after the photographer's credit.
            var before = line[..open].TrimEnd();
            if (!nested && before.Length > 0 && before[^1] == ')')
            {
                var previous = ParenthesizedCreditStart(before, nested: true);
                if (previous >= 0)
                {
                    return previous;
                }
            }

            return open;
        }

        if (CreditGroupRegex().IsMatch(group))
        {
            return open;
        }

        // "(Jane Roe)" or "(WIRE)" right after a sentence: a photographer's or an agency's name.
        return FollowsSentence(line, open) && NameGroupRegex().IsMatch(group) ? open : -1;
    }

    private static bool FollowsSentence(ReadOnlySpan<char> line, int index)
    {
        var i = index - 1;
        var spaces = 0;
        while (i >= 0 && line[i] == ' ')
        {
            i--;
            spaces++;
        }

        return spaces is >= 1 and <= 3 && i >= 0 && line[i] is '.' or '!' or '?' or '”' or '"' or '’' or ')';
    }

    /// <summary>A photo gallery's counter (<c>3 of 12</c>) or its captions run together with the gallery's
    /// buttons, or null.</summary>
    public static BoilerplateRule? MatchGallery(ReadOnlySpan<char> line)
    {
        if (char.IsAsciiDigit(line[0]))
        {
            foreach (var match in GalleryCounterRegex().EnumerateMatches(line))
            {
                var rest = line[match.Length..].Trim();
                if (rest.IsEmpty)
                {
                    return Rules.GalleryCounter;
                }

                return WidgetRules.LeadingWidgetWords(rest, out var strong) >= 2 && strong > 0 ? Rules.PhotoGallery : null;
            }

            return null;
        }

        if (line.StartsWith("Photo", StringComparison.OrdinalIgnoreCase)
            && (RepeatedPhotosLabelRegex().IsMatch(line) || line.StartsWith("Photo gallery ", StringComparison.OrdinalIgnoreCase)))
        {
            return Rules.PhotoGallery;
        }

        return (line.Contains("aption", StringComparison.Ordinal) || line.Contains("allery", StringComparison.Ordinal))
            && GalleryMarkRegex().IsMatch(line)
            ? Rules.PhotoGallery
            : null;
    }

    private static bool EndsWithAbbreviation(ReadOnlySpan<char> line)
    {
        // "Jane Roe/Wire Inc." ends with a dot that closes an abbreviation, not a sentence.
        var lastSpace = line.LastIndexOf(' ');
        var last = line[(lastSpace + 1)..];
        return last.Length <= 5 && last.Length >= 2 && last[^1] == '.' && char.IsUpper(last[0]);
    }

    private static bool IsAllCapitals(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (char.IsLetter(c) && !char.IsUpper(c))
            {
                return false;
            }
        }

        return true;
    }

    [GeneratedRegex(@"^(?:(?:image|media|video|photo|picture) caption|image (?:copyright|source)|media playback is unsupported)\b", Patterns.IgnoreCase)]
    private static partial Regex CaptionLabelRegex();

    [GeneratedRegex(@"^(?:FILE(?: PHOTO)?|HANDOUT(?: PHOTO)?|PHOTO|IMAGE|FOTO)\s?[-–—:]\s?\S", Patterns.Options)]
    private static partial Regex FilePhotoRegex();

    [GeneratedRegex(@"^\d{1,3}\s?(?:of|/)\s?\d{1,4}\b", Patterns.IgnoreCase)]
    private static partial Regex GalleryCounterRegex();

    [GeneratedRegex(@"^Photos?\s?:\s?Photos?\s?:", Patterns.IgnoreCase)]
    private static partial Regex RepeatedPhotosLabelRegex();

    [GeneratedRegex(@"\b(?:Hide Caption\s\d{1,4}\sof\s\d{1,4}|Image \d{1,4} of\b.{0,60}\bCaption\b|Back to Gallery)", Patterns.IgnoreCase)]
    private static partial Regex GalleryMarkRegex();

    [GeneratedRegex(@"^\((?:Associated Press|The Associated Press|AP|Reuters|AFP|Getty Images)\)$", Patterns.Options)]
    private static partial Regex AgencyGroupRegex();

    [GeneratedRegex(
        @"^(?:" +
        @"\(\s?" + Patterns.Agency + @"(?:\s?(?:Photo|Photos|Images|Photo Illustration|File|File Photo|Pool|via Getty Images))?(?:\s?/\s?[^()\r\n]{1,60})?\s?\)" +
        @"|\(\s?(?i:photos?|images?|pictures?|photograph(?:s|er)?|credit|photo credit|image credit|illustration|video|graphic|screenshot|screengrab)(?:\s(?i:by|courtesy(?: of)?|via|from)|\s?:)\s?[^()\r\n]{1,80}\)" +
        @"|\([^()\r\n]{0,40}\b(?i:photo|file photo|handout|handout photo|courtesy photo|photo illustration)\)" +
        @"|\((?:[A-Z][\w.'’&\-]*\s?){1,4}/\s?(?:[A-Z][\w.'’&\-]*\s?){1,4}\)" +
        @")$", Patterns.Options)]
    private static partial Regex CreditGroupRegex();

    [GeneratedRegex(@"^\((?:[A-Z][\w.'’\-]*(?:\s(?:[A-Z][\w.'’\-]*|de|van|von|da|del|al|bin|la|le)){1,3}|[A-Z]{2,8})\)$", Patterns.Options)]
    private static partial Regex NameGroupRegex();

    [GeneratedRegex(
        @"(?:" +
        @"(?<=[.!?”""’)]\s{1,3})(?:REUTERS|Reuters|AFP|AP|EPA|XINHUA|Getty Images)\s?/\s?[A-Z][\w.'’\- ]{1,40}(?:\s?/\s?[\w.'’\- ]{1,40})?" +
        @"|(?<=\S\s{1,3})(?:Photo|Photos|Photograph|Photographer|Image|Images|Picture|Credit|Photo credit|Image credit|Illustration)s?:\s[^!?\r\n]{1,100}" +
        @"|(?<=[.!?”""’)]\s{1,3})(?:[A-Z][\w.'’\-]*\s?){1,4}/\s?(?:[A-Z][\w.'’\-]*\s?){1,4}(?:\s?(?:via|for)\s(?:[A-Z][\w.'’\-]*\s?){1,3})?" +
        @")\s*$", Patterns.Options)]
    private static partial Regex TailCreditRegex();

    [GeneratedRegex(@"^(?:The )?" + Patterns.Agency + @"(?:\s(?:Photo|Photos|Images|File|File Photo|Photo Illustration|Pool|via Getty Images))?(?:\s?/\s?[^/\r\n]{1,60}){0,3}$", Patterns.Options)]
    private static partial Regex AgencyLineRegex();

    [GeneratedRegex(
        @"^(?:(?:thumbnail|top|main|lead|header|featured|cover|hero|inset|above|below|file|cover|staff)\s)?" +
        @"(?:photos?|photographs?|photographer|images?|pictures?|credits?|photo credits?|image credits?|image source|illustrations?|graphics?|videos?|screenshots?|screen ?grabs?|source)" +
        @"(?:\s(?:by|courtesy(?: of)?|via|from)\s|\s?:\s?)(?=\S)", Patterns.IgnoreCase)]
    private static partial Regex LabelledCreditRegex();

    [GeneratedRegex(@"^(?:\S+\s){0,3}?courtesy(?: of)?\s\S", Patterns.IgnoreCase)]
    private static partial Regex CourtesyRegex();

    [GeneratedRegex(@"^(?:in )?(?:this|these)\s(?:[\w.,'’\-]+\s){0,5}?(?:photos?|images?|pictures?|photographs?|video ?stills?|still images?|frame ?grabs?|screen ?grabs?|screenshots?|graphics?|charts?|graphs?|maps?|illustrations?|photo illustrations?)(?:,|\s(?:taken|provided|released|made|shows?|showing|shot|from|by|courtesy|posted|obtained|distributed|supplied|dated|shared|depicts?)\b)", Patterns.IgnoreCase)]
    private static partial Regex ThisPhotoRegex();

    [GeneratedRegex(@"^(?:an?|the) (?:handout|file|undated|still|screen ?grab|frame ?grab|combination|composite|aerial)\s(?:[\w'’\-]+\s){0,2}?(?:photos?|images?|pictures?|photographs?|stills?)\b", Patterns.IgnoreCase)]
    private static partial Regex HandoutPhotoRegex();

    [GeneratedRegex(@"\bPicture taken (?:on )?(?:" + Patterns.Weekday + @",? )?" + Patterns.Month + @"\.? \d{1,2}(?:, \d{4})?\.?$", Patterns.Options)]
    private static partial Regex PictureTakenRegex();

    [GeneratedRegex(@"^\(Published (?:" + Patterns.Weekday + @",?\s)?" + Patterns.Month + @"\.?\s\d{1,2},\s\d{4}\)$", Patterns.Options)]
    private static partial Regex PublishedSuffixRegex();

    [GeneratedRegex(@"\((?:Photo|Photos|Image|Images|Photograph|Picture|Credit)(?:\s(?:by|courtesy(?: of)?)|\s?:)\s?[^()\r\n]{1,80}\)", Patterns.Options)]
    private static partial Regex InlineCreditRegex();

    [GeneratedRegex(@"^(?:h/t|ht|hat tip|via|source|photo|image|credit)\b", Patterns.IgnoreCase)]
    private static partial Regex HatTipRegex();
}
