namespace Crosswire.Text.Boilerplate;

/// <summary>
/// Judges one line on its own: whether it is page furniture to remove whole, or prose that may carry a
/// dateline or byline prefix or a photo credit at its end. Context across lines is the filter's job.
/// </summary>
internal sealed class LineJudge
{
    /// <summary>Lines up to this length are tested against the rules for short furniture lines.</summary>
    private const int MaxShortLine = 250;

    /// <summary>Lines up to this length are tested for caption openings (<c>In this photo …</c>).</summary>
    private const int MaxCaptionOpeningLine = 320;

    private readonly int _maxFurniture;
    private readonly int _maxCaption;

    /// <summary>Creates a judge with the limits of <paramref name="options"/>.</summary>
    public LineJudge(BoilerplateOptions options)
    {
        _maxFurniture = options.MaxFurnitureLineChars;
        _maxCaption = options.MaxCaptionChars;
    }

    /// <summary>
    /// Judges <paramref name="line"/>, which is trimmed and not empty. <paramref name="attributionOnly"/> is
    /// set when the line is nothing but the attribution of an embedded post, whose text is the line before.
    /// </summary>
    public LineVerdict Judge(ReadOnlySpan<char> line, out bool attributionOnly)
    {
        attributionOnly = false;
        if (TextShape.HasNoLetterOrDigit(line))
        {
            return LineVerdict.RemoveLine(Rules.Separator);
        }

        var decoration = TextShape.LeadingDecorationLength(line);
        var body = line[decoration..];
        var cues = LineCues.Scan(body);
        if (JudgeMarker(body, cues) is { } marker)
        {
            return LineVerdict.RemoveLine(marker);
        }

        if (cues.Has(Cues.ArchiveNotice) && NoticeRules.IsArchiveDescription(body))
        {
            return LineVerdict.RemoveLine(Rules.SiteNotice);
        }

        if (line.Length <= _maxFurniture)
        {
            if (JudgeFurniture(body, cues, out attributionOnly) is { } furniture)
            {
                return LineVerdict.RemoveLine(furniture);
            }

            if (decoration > 0 && JudgeDecorated(line[0], body) is { } decorated)
            {
                return LineVerdict.RemoveLine(decorated);
            }
        }

        return JudgeEdges(line, decoration, cues);
    }

    private static BoilerplateRule? JudgeMarker(ReadOnlySpan<char> body, LineCues cues)
    {
        if (cues.Has(Openings.CaptionMarker) && CaptionRules.MatchMarker(body) is { } marker)
        {
            return marker;
        }

        return cues.Has(Openings.CaptionMarker) || cues.Has(Cues.Gallery) ? CaptionRules.MatchGallery(body) : null;
    }

    private static BoilerplateRule? JudgeDecorated(char lead, ReadOnlySpan<char> body)
    {
        if (NoticeRules.IsArrowLink(lead, body))
        {
            return Rules.ArrowLink;
        }

        // "— Jane Roe" signing off an article.
        return lead is '-' or '–' or '—' && body.Length <= 60 && TextShape.CountWords(body) is >= 2 and <= 4
            && !TextShape.EndsLikeSentence(body) && NameShape.IsNameRun(body, Vocabulary.NameJoiners, 4)
            ? Rules.Signature
            : null;
    }

    private BoilerplateRule? JudgeFurniture(ReadOnlySpan<char> body, LineCues cues, out bool attributionOnly)
    {
        // An embedded post's text can look like anything, so its attribution is tested first.
        if (SocialRules.IsEmbeddedPost(body, out attributionOnly))
        {
            return attributionOnly ? Rules.SocialAttribution : Rules.SocialPost;
        }

        if (cues.Has(Cues.VideoPlayer) && SocialRules.IsVideoEmbed(body))
        {
            return Rules.VideoEmbed;
        }

        if (body.Contains("=\"", StringComparison.Ordinal) && MarkupRules.HasAttribute(body))
        {
            return Rules.MarkupResidue;
        }

        if ((cues.Has(Openings.VideoPlayer) || cues.Has(Cues.VideoPlayer) || body[^1] == ')') && CaptionRules.IsVideoCaption(body))
        {
            return Rules.VideoCaption;
        }

        var creditStart = CaptionRules.TrailingCreditStart(body);
        if (creditStart == 0)
        {
            return CaptionRules.MatchEnclosed(body) ?? Rules.CreditLine;
        }

        if (creditStart > 0 && creditStart <= _maxCaption)
        {
            return Rules.CreditedCaption;
        }

        return JudgeNotice(body, cues) ?? JudgeAttribution(body, cues) ?? JudgeShortOrCaption(body, cues);
    }

    private static BoilerplateRule? JudgeNotice(ReadOnlySpan<char> body, LineCues cues)
    {
        if ((cues.Has(Openings.Newsletter) && NoticeRules.IsNewsletterOpening(body))
            || (cues.Has(Cues.Newsletter) && NoticeRules.IsNewsletterPhrase(body)))
        {
            return Rules.Newsletter;
        }

        if (((cues.Has(Openings.Copyright) || cues.Has(Cues.Copyright)) && NoticeRules.IsCopyrightOpening(body))
            || (cues.Has(Cues.Copyright) && NoticeRules.IsCopyrightPhrase(body)))
        {
            return Rules.Copyright;
        }

        if (cues.Has(Openings.Permission) && NoticeRules.IsPermission(body))
        {
            return Rules.Permission;
        }

        if (cues.Has(Openings.Publication) && NoticeRules.IsPublicationNote(body))
        {
            return Rules.PublicationNote;
        }

        if (cues.Has(Openings.Correction | Openings.Developing) && NoticeRules.MatchEditorialNote(body) is { } note)
        {
            return note;
        }

        return cues.Has(Cues.SiteNotice) && NoticeRules.IsSiteNotice(body, cues.Cues) ? Rules.SiteNotice : null;
    }

    private static BoilerplateRule? JudgeAttribution(ReadOnlySpan<char> body, LineCues cues)
    {
        if (cues.Has(Openings.Contributor) && AttributionRules.IsContributorCredit(body))
        {
            return Rules.ContributorCredit;
        }

        if (cues.Has(Cues.Contributor) && AttributionRules.IsContributorNote(body))
        {
            return Rules.ContributorNote;
        }

        return cues.Has(Openings.Update) && NoticeRules.UpdateLabelLength(body, out var wholeUpdate) > 0 && wholeUpdate
            ? Rules.UpdateNote
            : null;
    }

    private static BoilerplateRule? JudgeShortOrCaption(ReadOnlySpan<char> body, LineCues cues)
    {
        if (body.Length <= MaxShortLine && JudgeShort(body, cues) is { } furniture)
        {
            return furniture;
        }

        return body.Length <= MaxCaptionOpeningLine && (cues.Has(Openings.CaptionOpening) || cues.Has(Cues.Picture))
            && CaptionRules.LooksLikeCaption(body)
            ? Rules.PhotoCaption
            : null;
    }

    private static BoilerplateRule? JudgeShort(ReadOnlySpan<char> body, LineCues cues)
    {
        if (cues.Has(Openings.Advertisement) && NoticeRules.MatchAdvertisement(body) is { } advertisement)
        {
            return advertisement;
        }

        if (cues.Has(Openings.Widget) && WidgetRules.MatchWidgetLine(body) is { } widget)
        {
            return widget;
        }

        if (SocialRules.IsFollowPrompt(body, cues.Has(Openings.Prompt)))
        {
            return Rules.FollowPrompt;
        }

        if (cues.Has(Openings.Prompt) && SocialRules.IsSharePrompt(body))
        {
            return Rules.SharePrompt;
        }

        if (NoticeRules.MatchLink(body, cues.Has(Openings.Link)) is { } link)
        {
            return link;
        }

        if (CaptionRules.MatchEnclosed(body) is { } enclosed)
        {
            return enclosed;
        }

        if (cues.Has(Openings.Byline) && AttributionRules.IsByline(body))
        {
            return Rules.Byline;
        }

        if (AttributionRules.IsNameOutletByline(body))
        {
            return Rules.BylineOutlet;
        }

        if (AttributionRules.IsBareDateline(body))
        {
            return Rules.BareDateline;
        }

        if (cues.Has(Openings.Timestamp) && NoticeRules.IsTimestamp(body))
        {
            return Rules.Timestamp;
        }

        if (SocialRules.MatchContactLine(body) is { } contact)
        {
            return contact;
        }

        if (CaptionRules.MatchCreditLine(body, cues.Has(Openings.Credit)) is { } credit)
        {
            return credit;
        }

        // Player or share-bar words run together with a credit: "Enlarge this image Jane Roe/Wire".
        if (cues.Has(Openings.Widget) && WidgetRules.LeadingWidgetWords(body, out var strong, out var end, out _) > 0 && strong > 0)
        {
            var rest = body[end..].TrimStart();
            if (!rest.IsEmpty && CaptionRules.MatchCreditLine(rest) is { } widgetCredit)
            {
                return widgetCredit;
            }
        }

        return null;
    }

    private LineVerdict JudgeEdges(ReadOnlySpan<char> line, int decoration, LineCues cues)
    {
        var prefix = decoration + PrefixLength(line[decoration..], cues, out var prefixRule);
        var verdict = prefixRule is null ? LineVerdict.Keep : LineVerdict.RemovePrefix(prefixRule, prefix);
        var creditStart = CaptionRules.TrailingCreditStart(line);
        if (creditStart > verdict.PrefixLength)
        {
            return verdict.WithSuffix(Rules.TrailingCredit, creditStart);
        }

        var handleStart = SocialRules.TrailingHandleStart(line);
        return handleStart > verdict.PrefixLength ? verdict.WithSuffix(Rules.HandleCredit, handleStart) : verdict;
    }

    /// <summary>
    /// Length of the furniture opening a line of prose: a caption with its credit, player words, a story label,
    /// an update label, a dateline or a byline with a date, one after the other. The rule is the first that
    /// matched, or null.
    /// </summary>
    private int PrefixLength(ReadOnlySpan<char> body, LineCues cues, out BoilerplateRule? rule)
    {
        rule = null;
        var length = 0;
        var length2 = CaptionRules.InlineCreditPrefixLength(body, _maxCaption, out var creditRule);
        if (length2 > 0)
        {
            rule = creditRule;
            length = Skip(body, length2);
        }

        if ((length > 0 || cues.Has(Openings.Widget))
            && WidgetRules.LeadingWidgetWords(body[length..], out var strong, out _, out var strongEnd) >= 2 && strong >= 2
            && length + strongEnd < body.Length)
        {
            rule ??= Rules.WidgetPrefix;
            length = Skip(body, length + strongEnd);
        }

        if (cues.Has(Openings.StoryLabel) && (length2 = NoticeRules.StoryLabelLength(body[length..])) > 0)
        {
            rule ??= Rules.StoryLabel;
            length = Skip(body, length + length2);
        }

        if ((length > 0 || cues.Has(Openings.Update)) && (length2 = NoticeRules.UpdateLabelLength(body[length..], out _)) > 0)
        {
            rule ??= Rules.UpdateLabel;
            length = Skip(body, length + length2);
        }

        if ((length2 = AttributionRules.DatelineLength(body[length..], out var datelineRule)) > 0)
        {
            rule ??= datelineRule;
            length = Skip(body, length + length2);
        }
        else if ((length2 = AttributionRules.BylinePrefixLength(body[length..])) > 0)
        {
            rule ??= Rules.BylinePrefix;
            length = Skip(body, length + length2);
        }

        return length;
    }

    private static int Skip(ReadOnlySpan<char> body, int from)
    {
        while (from < body.Length && char.IsWhiteSpace(body[from]))
        {
            from++;
        }

        return from;
    }
}
