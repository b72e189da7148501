using System.Text.RegularExpressions;

namespace Crosswire.Text.Boilerplate;

/// <summary>
/// Rules for the notices a site puts around an article: advertisement markers, link and newsletter prompts,
/// copyright lines, publication and correction notes, site notices and timestamps.
/// </summary>
internal static partial class NoticeRules
{
    /// <summary>Longest headline after a link label (<c>Related: …</c>), in words.</summary>
    private const int MaxLinkHeadlineWords = 16;

    /// <summary>Longest notice that is recognised by a phrase anywhere in the line.</summary>
    private const int MaxNoticeLine = 320;
    private const int MaxArchiveDescription = 1200;

    /// <summary>Advertisement markers: <c>Advertisement</c>, <c>Story continues below</c>,
    /// <c>A message from Sponsor: …</c>.</summary>
    public static BoilerplateRule? MatchAdvertisement(ReadOnlySpan<char> line)
    {
        if (AdvertisementRegex().IsMatch(line))
        {
            return Rules.AdMarker;
        }

        return SponsorRegex().IsMatch(line) ? Rules.SponsorMessage : null;
    }

    /// <summary>Link prompts: <c>Read more</c>, <c>Related:</c>, <c>Related: Headline</c>,
    /// <c>Click here for the full report.</c> The prompts that open with a label are only looked for when
    /// <paramref name="labelOpening"/> says the first word can be one.</summary>
    public static BoilerplateRule? MatchLink(ReadOnlySpan<char> line, bool labelOpening)
    {
        if (labelOpening)
        {
            if (BareLinkRegex().IsMatch(line) || ReadMoreAboutRegex().IsMatch(line))
            {
                return Rules.LinkPrompt;
            }

            if (IsLabelledLink(line))
            {
                return Rules.LabelledLink;
            }
        }

        if (line.Length <= 160 && line.Length > 12 && line.EndsWith(" Read more", StringComparison.Ordinal))
        {
            return Rules.LinkPrompt; // a related headline with its "Read more" button
        }

        if ((line.Contains("://", StringComparison.Ordinal) || line.Contains("www.", StringComparison.Ordinal))
            && LinkLineRegex().IsMatch(line))
        {
            return Rules.LinkLine;
        }

        return line.Length <= 150 && (line.Contains("lick", StringComparison.Ordinal) || line.StartsWith("tap ", StringComparison.OrdinalIgnoreCase))
            && ClickRegex().IsMatch(line)
            ? Rules.ClickPrompt
            : null;
    }

    /// <summary>A headline behind an arrow bullet (<c>► May 2: Harbour reopens</c>): a related-story link.</summary>
    public static bool IsArrowLink(char bullet, ReadOnlySpan<char> body) =>
        bullet is '►' or '▶' or '»' or '→' or '>'
        && TextShape.CountWords(body) <= 20
        && TextShape.LastSignificant(body) != '.';

    /// <summary>A label and a headline: <c>Related: Harbour reopens</c>, <c>WATCH: The ferry at dawn</c>.</summary>
    public static bool IsLabelledLink(ReadOnlySpan<char> line)
    {
        foreach (var match in LinkLabelRegex().EnumerateMatches(line))
        {
            var rest = line[match.Length..].TrimEnd(')');
            if (rest.IsEmpty)
            {
                return true;
            }

            // "Photo: Jane Roe/Wire" is a credit, not a link.
            var label = line.TrimStart('(');
            if ((label.StartsWith("photo", StringComparison.OrdinalIgnoreCase) || label.StartsWith("video", StringComparison.OrdinalIgnoreCase)
                    || label.StartsWith("graphic", StringComparison.OrdinalIgnoreCase))
                && CaptionRules.IsCreditText(line[..match.Length], rest))
            {
                return false;
            }

            // A headline: short and not a sentence (a sentence after "Analysis:" is prose).
            return TextShape.CountWords(rest) <= MaxLinkHeadlineWords && TextShape.LastSignificant(rest) != '.';
        }

        return false;
    }

    /// <summary>A newsletter or subscription prompt opening the line (<c>Sign up for …</c>).</summary>
    public static bool IsNewsletterOpening(ReadOnlySpan<char> line) => NewsletterStartRegex().IsMatch(line);

    /// <summary>A newsletter prompt told by a phrase anywhere (<c>… delivered to your inbox</c>), not reported
    /// speech.</summary>
    public static bool IsNewsletterPhrase(ReadOnlySpan<char> line) =>
        NewsletterAnywhereRegex().IsMatch(line) && !ReportingVerbRegex().IsMatch(line);

    /// <summary>A copyright line opening with its mark (<c>© 2019 …</c>, <c>Copyright …</c>).</summary>
    public static bool IsCopyrightOpening(ReadOnlySpan<char> line) => CopyrightStartRegex().IsMatch(line);

    /// <summary>A reprint permission (<c>Republished with permission …</c>).</summary>
    public static bool IsPermission(ReadOnlySpan<char> line) => PermissionRegex().IsMatch(line);

    /// <summary>A copyright line told by a phrase anywhere (<c>All rights reserved</c>).</summary>
    public static bool IsCopyrightPhrase(ReadOnlySpan<char> line) =>
        line.Length <= MaxNoticeLine * 2 && CopyrightAnywhereRegex().IsMatch(line);

    /// <summary>Copyright lines and reprint permissions, or null.</summary>
    public static BoilerplateRule? MatchCopyright(ReadOnlySpan<char> line)
    {
        if (IsCopyrightOpening(line) || IsCopyrightPhrase(line))
        {
            return Rules.Copyright;
        }

        return IsPermission(line) ? Rules.Permission : null;
    }

    /// <summary>A note about where or when the article was published (<c>This article was originally published
    /// on …</c>, <c>Original article on …</c>).</summary>
    public static bool IsPublicationNote(ReadOnlySpan<char> line) => PublicationNoteRegex().IsMatch(line);

    /// <summary>Other editorial notes: corrections and "developing story" notes, or null.</summary>
    public static BoilerplateRule? MatchEditorialNote(ReadOnlySpan<char> line)
    {
        if (CorrectionRegex().IsMatch(line))
        {
            return Rules.CorrectionNote;
        }

        return DevelopingRegex().IsMatch(line) ? Rules.DevelopingNote : null;
    }

    /// <summary>Notices of the site or the crawler (cookies, comments, JavaScript, missing pages), looking only
    /// at the kinds of notice in <paramref name="kinds"/>.</summary>
    public static bool IsSiteNotice(ReadOnlySpan<char> line, Cues kinds)
    {
        if (line.Length > MaxNoticeLine)
        {
            return false;
        }

        return ((kinds & Cues.ScriptNotice) != 0 && ScriptNoticeRegex().IsMatch(line))
            || ((kinds & Cues.PageNotice) != 0 && PageNoticeRegex().IsMatch(line))
            || ((kinds & Cues.LoginNotice) != 0 && LoginNoticeRegex().IsMatch(line))
            || ((kinds & Cues.CookieNotice) != 0 && CookieNoticeRegex().IsMatch(line))
            || ((kinds & Cues.CommentNotice) != 0 && CommentNoticeRegex().IsMatch(line))
            || ((kinds & Cues.NetworkNotice) != 0 && NetworkNoticeRegex().IsMatch(line))
            || ((kinds & Cues.PlayerNotice) != 0 && PlayerNoticeRegex().IsMatch(line))
            || ((kinds & Cues.ArchiveNotice) != 0 && ArchiveNoticeRegex().IsMatch(line));
    }

    /// <summary>A web archive's description of its crawl or collection ("These crawls are part of an effort to
    /// archive pages …", "a set of web collections curated … using the Archive-It service"), standing in for
    /// a page the archive failed to capture. It runs to a few sentences, longer than other notices, so it needs
    /// two cues, the archive's name and words of its work, and no reporting verb (news about an archive).</summary>
    public static bool IsArchiveDescription(ReadOnlySpan<char> line) =>
        line.Length <= MaxArchiveDescription && WebArchiveRegex().IsMatch(line) && ArchiveWorkRegex().IsMatch(line)
        && !ReportingVerbRegex().IsMatch(line);

    /// <summary>A bare timestamp: <c>Updated 3:45 p.m. ET</c>, <c>Published 2 hours ago</c>,
    /// <c>posted at 10:01 pm on March 2, 2016 by Jane Roe</c>.</summary>
    public static bool IsTimestamp(ReadOnlySpan<char> line)
    {
        if (line.Length > 120)
        {
            return false;
        }

        var dateWords = 0;
        var byName = false;
        foreach (var word in new WordEnumerator(line))
        {
            var bare = TextShape.Bare(word);
            if (bare.IsEmpty)
            {
                continue;
            }

            if (byName)
            {
                // "… by Jane Roe": the rest must be a name.
                if (!TextShape.IsCapitalized(bare) && !Vocabulary.NameJoiners.Contains(bare))
                {
                    return false;
                }

                continue;
            }

            if (IsDateWord(bare))
            {
                dateWords++;
            }
            else if (!Vocabulary.TimeWords.Contains(bare))
            {
                return false;
            }

            byName = bare.Equals("by", StringComparison.OrdinalIgnoreCase);
        }

        return dateWords > 0 && TimestampShapeRegex().IsMatch(line);
    }

    /// <summary>Length of a story label opening the line (<c>Story highlights</c>), or 0.</summary>
    public static int StoryLabelLength(ReadOnlySpan<char> line)
    {
        foreach (var match in StoryLabelRegex().EnumerateMatches(line))
        {
            return match.Length;
        }

        return 0;
    }

    /// <summary>
    /// An update label opening the line (<c>Update, 4:10 p.m.:</c>, <c>9 AM ET UPDATE:</c>): returns its
    /// length, or 0. <paramref name="wholeLine"/> tells whether the rest only describes the update
    /// (<c>Adds comment from the mayor.</c>), so the whole line is furniture.
    /// </summary>
    public static int UpdateLabelLength(ReadOnlySpan<char> line, out bool wholeLine)
    {
        wholeLine = false;
        foreach (var match in UpdateLabelRegex().EnumerateMatches(line))
        {
            var rest = line[match.Length..];
            wholeLine = UpdateDescriptionRegex().IsMatch(rest);
            return match.Length;
        }

        return 0;
    }

    private static bool IsDateWord(ReadOnlySpan<char> word)
    {
        if (char.IsAsciiDigit(word[0]))
        {
            return true;
        }

        return DateWordRegex().IsMatch(word);
    }

    [GeneratedRegex(@"^(?:(?:advertisement|advertising|sponsored(?: content| links?| stories)?|paid (?:post|content)|ad|ads)(?:\s?[-–—:|]?\s?(?:continue reading(?: the main story| below)?|story continues (?:below|after (?:this )?(?:advertisement|ad))|scroll to continue(?: with content)?))?|story continue[sd] below|continue reading(?: the main story| below)?|article continues (?:below|after (?:this )?(?:advertisement|ad)))\W*$", Patterns.IgnoreCase)]
    private static partial Regex AdvertisementRegex();

    [GeneratedRegex(@"^a message from [^:\r\n]{1,50}:\s", Patterns.IgnoreCase)]
    private static partial Regex SponsorRegex();

    [GeneratedRegex(@"^(?:(?:read|see|watch|listen|click|tap|view)(?:\s(?:more|also|next|here|now|on|it|all|the full (?:story|article|report|interview|video|statement|text|letter|list)|full (?:story|article|report|coverage)|(?:this|the|original) (?:story|article))){0,3}|related(?:\s(?:posts?|coverage|stories|story|articles?|content|links?|galleries|gallery|videos?|topics?|reading|news|items?|searches|to this story))?|recommended(?: (?:stories|reading|for you|videos?|articles))?|more(?: (?:stories|coverage|news|videos?|headlines|from [\w.'’ ]{1,30}|on (?:this|the) (?:story|topic)|in [\w ]{1,30}|like this|to read))?|also(?: read| see| on [\w.]{1,20})?|see also|you (?:may|might) (?:also )?(?:like|be interested in|have missed)|don'?t miss|top stories|most (?:read|popular|viewed|shared|emailed)|trending(?: now| stories)?|editor'?s picks|latest (?:news|stories|videos?|headlines)|read next|up next|what to read next|further reading|explore more|online|in[- ](?:depth|pictures|video|graphics|photos))\s*[:…>»]*$", Patterns.IgnoreCase)]
    private static partial Regex BareLinkRegex();

    [GeneratedRegex(@"^read more (?:about|from|on|of|at)\b[^.!?\r\n]{1,100}$", Patterns.IgnoreCase)]
    private static partial Regex ReadMoreAboutRegex();

    [GeneratedRegex(@"^\(?(?:read(?: more| this| next)?|related(?: coverage| content| links?| stories| video| articles?)?|more(?: on this(?: story)?| coverage)?|also(?: on [\w.]{1,20}| read| see)?|see(?: also)?|watch|video|videos|photos?|photo gallery|gallery|slideshow|interactive(?: map| graphic)?|map|graphics?|infographic|story|listen|bonus|plus|quiz|poll|click here|read next|up next|don'?t miss|must (?:see|read|watch)|top video|in (?:video|pictures|graphics|photos)|explained|audio|podcast|timeline|full coverage|special report|previously|earlier|recommended|trending|analysis)\s?:\s*", Patterns.IgnoreCase)]
    private static partial Regex LinkLabelRegex();

    [GeneratedRegex(@"^story highlights\b:?", Patterns.IgnoreCase)]
    private static partial Regex StoryLabelRegex();

    [GeneratedRegex(@"^[^:\r\n]{1,60}:\s?(?:https?://|www\.)\S+$", Patterns.IgnoreCase)]
    private static partial Regex LinkLineRegex();

    [GeneratedRegex(@"^(?:click|tap) (?:here|to|for|on|the|this|below|above|through)\b|\bclick here\b[^.!?\r\n]{0,60}[.!]?$|^tap here\b", Patterns.IgnoreCase)]
    private static partial Regex ClickRegex();

    [GeneratedRegex(@"^(?:sign(?:ing)? up|subscribe|get (?:our|the latest|breaking|daily|the best|more|it all)|join (?:our|the \d|\d)|want (?:more|stories|the latest|news)|download (?:the|our)|be sure to subscribe|(?:don'?t|never) miss|enter your e-?mail|receive (?:our|the)|keep up with|stay (?:informed|up to date|in the know|on top)|like (?:this|what you)|love (?:this|our)|newsletter|breaking news (?:e-?mails?|alerts)|thank(?:s| you) for (?:subscribing|signing)|invalid e-?mail|please verify|you(?:'ve| have) (?:been )?(?:subscribed|signed up))\b", Patterns.IgnoreCase)]
    private static partial Regex NewsletterStartRegex();

    [GeneratedRegex(@"newsletter[^.!?\r\n]{0,80}(?:sign up|subscribe|inbox|e-?mail)|(?:sign up|subscribe)[^.!?\r\n]{0,80}newsletter|delivered (?:straight |directly |right )?to your (?:inbox|phone)|thank(?:s| you) for (?:subscribing|signing up)|\b(?:sign up|subscribe) (?:now|today|here|for free)\b|(?<=\bour (?:free |daily |weekly )?)newsletters?\b", Patterns.IgnoreCase)]
    private static partial Regex NewsletterAnywhereRegex();

    [GeneratedRegex(@"\b(?:said|says|told|according to)\b", Patterns.IgnoreCase)]
    private static partial Regex ReportingVerbRegex();

    [GeneratedRegex(@"^\(?(?:©|\(c\)\s|copyright(?:\s?(?:©|\(c\)))?\s?(?:\d{4}|by\b|:)|all rights reserved)", Patterns.IgnoreCase)]
    private static partial Regex CopyrightStartRegex();

    [GeneratedRegex(@"^\(?(?:(?:republished|reprinted|reproduced|excerpted|adapted|used|posted|shared)(?: here)? (?:with (?:the )?(?:kind )?permission|by (?:special )?arrangement)\b|(?:this|the) (?:article|story|post|piece|excerpt|column) (?:is|was) (?:reproduced|republished|reprinted|used) with permission)", Patterns.IgnoreCase)]
    private static partial Regex PermissionRegex();

    [GeneratedRegex(@"reprints?:|all rights reserved|may not be (?:re)?published, broadcast|for your personal,? non-?commercial use|do not reproduce without permission", Patterns.IgnoreCase)]
    private static partial Regex CopyrightAnywhereRegex();

    [GeneratedRegex(@"^\(?(?:this (?:article|story|post|piece|editorial|column|op-ed|version|interview|essay|review|item|page|content|feature)\b[^.!?\r\n]{0,60}?\b(?:(?:was|is|has been|had been|were|first) )?(?:originally |first |initially |last )?(?:published|appeared|posted|ran|republished|prepared|produced|updated|adapted|excerpted)\b|original (?:article|story|post) (?:on|at|from)\b|(?:this|the) (?:article|story|post) (?:originally|first) (?:appeared|ran|published)\b|a version of this (?:article|story|post|piece) (?:appeared|appears|was published|ran)\b)", Patterns.IgnoreCase)]
    private static partial Regex PublicationNoteRegex();

    [GeneratedRegex(@"^\(?(?:(?:an? )?(?:earlier|previous|prior) version of this (?:article|story|report|post|piece)|this (?:article|story|post|piece|version) (?:has been|was) (?:corrected|amended|updated to correct)|this (?:story |version |article )?corrects\b|(?:correction|clarification|editor'?s note)s?\s?:)", Patterns.IgnoreCase)]
    private static partial Regex CorrectionRegex();

    [GeneratedRegex(@"^(?:more (?:coming|to come)|this (?:is a )?(?:developing|breaking) (?:story|news(?: story)?)|developing(?: story)?|check back (?:later |soon )?for (?:updates|more)|this (?:story|article|post) (?:is developing|will be updated)|refresh (?:this page )?for (?:updates|the latest)|updates to follow)\W*$", Patterns.IgnoreCase)]
    private static partial Regex DevelopingRegex();

    [GeneratedRegex(@"\bjavascript (?:is |must be )?(?:disabled|required|enabled|turned off)\b|\benable javascript\b|\bplease (?:enable|disable) (?:javascript|your ad ?blocker)\b|\bad ?blocker\b", Patterns.IgnoreCase)]
    private static partial Regex ScriptNoticeRegex();

    [GeneratedRegex(@"\b(?:this|the) page (?:is not|isn't|is no longer|could not be|cannot be|can't be|you requested) (?:available|found)\b|\bpage not found\b", Patterns.IgnoreCase)]
    private static partial Regex PageNoticeRegex();

    [GeneratedRegex(@"\byou must (?:be )?(?:log|logged|sign|signed) in\b|\b(?:log|sign) in to (?:continue|comment|read)\b", Patterns.IgnoreCase)]
    private static partial Regex LoginNoticeRegex();

    [GeneratedRegex(@"\b(?:we|this (?:site|website)) uses? cookies\b|\bcookie (?:policy|settings|preferences)\b|\baccept (?:all )?cookies\b|\bby continuing (?:to (?:use|browse) )?(?:this|our) (?:site|website)\b", Patterns.IgnoreCase)]
    private static partial Regex CookieNoticeRegex();

    [GeneratedRegex(@"\bcomments? (?:are|is|have been) (?:closed|disabled|moderated|turned off)\b|\b(?:join|start) the (?:conversation|discussion)\b|\bleave a comment\b|\b(?:view|show|load|read|see) (?:all )?(?:\d+ )?comments\b|\bcomment (?:policy|guidelines)\b", Patterns.IgnoreCase)]
    private static partial Regex CommentNoticeRegex();

    [GeneratedRegex(@"\bip address (?:has changed|for this domain)\b|\bcheck your dns\b|\badd location information to your tweets\b|\btweet with a location\b", Patterns.IgnoreCase)]
    private static partial Regex NetworkNoticeRegex();

    [GeneratedRegex(@"\byour browser (?:is not|does not|doesn't|is out of date)\b|\b(?:update|upgrade) your browser\b|\b(?:this|the) video (?:is (?:no longer|not) |is un|isn't )(?:available|supported)\b|\b(?:adobe )?flash player\b|\bmedia playback is unsupported\b", Patterns.IgnoreCase)]
    private static partial Regex PlayerNoticeRegex();

    [GeneratedRegex(@"\b(?:this|these|the) crawls?\b|\bwarc files?\b|\barchive-it partner\b", Patterns.IgnoreCase)]
    private static partial Regex ArchiveNoticeRegex();

    [GeneratedRegex(@"\binternet archive\b|\bwayback machine\b|archive-it\b", Patterns.IgnoreCase)]
    private static partial Regex WebArchiveRegex();

    [GeneratedRegex(@"\bcrawl(?:s|ed|er|ing)?\b|\bweb (?:captures?|collections?)\b|\bcollections? (?:curated|of (?:government )?web)\b|archive-it (?:partner|service)\b|\bembargo period\b", Patterns.IgnoreCase)]
    private static partial Regex ArchiveWorkRegex();

    [GeneratedRegex(@"^(?:" + Patterns.Month + @"|" + Patterns.Weekday + @"|(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun))\.?$", Patterns.IgnoreCase)]
    private static partial Regex DateWordRegex();

    [GeneratedRegex(@"^(?:(?:last |first |originally )?(?:updated|published|posted|modified|created)\b|\d|(?:" + Patterns.Month + @"|" + Patterns.Weekday + @")\b)", Patterns.IgnoreCase)]
    private static partial Regex TimestampShapeRegex();

    [GeneratedRegex(@"^(?:\d{1,2}(?::\d\d)?\s?(?:a\.?m\.?|p\.?m\.?)\s(?:[A-Z]{2,7}\s)?)?(?:update[sd]?|correction|clarification)\b(?:[^:\r\n]|:(?=\d\d)){0,40}?:(?!\d)\s*", Patterns.IgnoreCase)]
    private static partial Regex UpdateLabelRegex();

    [GeneratedRegex(@"^(?:adds|added|updates|updated|corrects|corrected|includes|recasts|rewrites|clarifies|this (?:story|article|post) (?:has been|was)|(?:the )?(?:article|story|post) (?:has been |was )?updated)\b", Patterns.IgnoreCase)]
    private static partial Regex UpdateDescriptionRegex();
}
