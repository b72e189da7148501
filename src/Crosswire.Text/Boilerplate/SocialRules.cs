using System.Text.RegularExpressions;

namespace Crosswire.Text.Boilerplate;

/// <summary>Rules for embedded social-media posts, follow and share prompts and authors' contact lines.</summary>
internal static partial class SocialRules
{
    /// <summary>How far from the end of a line a post's attribution is looked for.</summary>
    private const int AttributionWindow = 160;

    /// <summary>Longest follow, share or contact line.</summary>
    private const int MaxPromptLine = 220;

    /// <summary>
    /// An embedded post: text ending with its attribution (<c>… — Jane Roe (@janeroe) May 1, 2019</c>,
    /// <c>A post shared by Jane Roe (@janeroe) on May 1, 2019 at 3:10pm PDT</c>, <c>… pic.twitter.com/abc</c>).
    /// <paramref name="attributionOnly"/> tells whether the line holds nothing but the attribution (and links),
    /// in which case the post's text is the line before.
    /// </summary>
    public static bool IsEmbeddedPost(ReadOnlySpan<char> line, out bool attributionOnly)
    {
        attributionOnly = false;
        if (line[0] is 'S' or 'E' && SkipPostRegex().IsMatch(line))
        {
            return true;
        }

        var last = line[^1];
        if (char.IsAsciiDigit(last) || char.IsLetter(last))
        {
            var offset = Math.Max(0, line.Length - AttributionWindow);
            var window = line[offset..];
            if (window.Contains("(@", StringComparison.Ordinal))
            {
                foreach (var match in PostAttributionRegex().EnumerateMatches(window))
                {
                    attributionOnly = IsOnlyLinks(line[..(offset + match.Index)]);
                    return true;
                }
            }

            if (line.Contains("shared by", StringComparison.Ordinal) && InstagramRegex().IsMatch(line))
            {
                return true;
            }

            if (line.Contains("Posted by", StringComparison.Ordinal) && PostedByRegex().IsMatch(line))
            {
                return true;
            }
        }

        var tail = line[Math.Max(0, line.Length - 40)..];
        return (tail.Contains("t.co/", StringComparison.Ordinal) || tail.Contains("twitter.com/", StringComparison.Ordinal))
            && LinkEndRegex().IsMatch(tail);
    }

    /// <summary>A video player's embed box (<c>Embed … autoplay … Copy this code to your website</c>).</summary>
    public static bool IsVideoEmbed(ReadOnlySpan<char> line) =>
        line.Contains("this code to your", StringComparison.Ordinal);

    /// <summary><c>Follow us on …</c>, <c>Follow Jane Roe on Twitter</c>, <c>… can be followed on Twitter at …</c>.</summary>
    /// <remarks>The prompts opening with a verb are only looked for when <paramref name="verbOpening"/> says
    /// the first word can be one.</remarks>
    public static bool IsFollowPrompt(ReadOnlySpan<char> line, bool verbOpening) =>
        line.Length <= MaxPromptLine
        && ((verbOpening && FollowRegex().IsMatch(line))
            || (line.Contains("can be ", StringComparison.Ordinal) && CanBeFollowedRegex().IsMatch(line)))
        && SocialMentionRegex().IsMatch(line);

    /// <summary><c>Share this story</c>, <c>Share on Facebook</c>, <c>Read or share this story: …</c>.</summary>
    public static bool IsSharePrompt(ReadOnlySpan<char> line) =>
        line.Length <= MaxPromptLine && SharePromptRegex().IsMatch(line);

    /// <summary>
    /// An author's contact line: names, e-mail addresses, handles and phone numbers with their labels
    /// (<c>Jane Roe: 555-010-0199, jroe@example.com or @janeroe</c>); or a line of labelled web links
    /// (<c>Guidelines: https://example.org/g</c>). Null when the line is neither.
    /// </summary>
    public static BoilerplateRule? MatchContactLine(ReadOnlySpan<char> line)
    {
        if (line.Length > MaxPromptLine)
        {
            return null;
        }

        if (ContactOpenRegex().IsMatch(line))
        {
            return Rules.AuthorContact;
        }

        if (line.IndexOf('@') < 0 && !line.Contains("://", StringComparison.Ordinal) && !line.Contains("www.", StringComparison.Ordinal)
            && !HasPhoneNumber(line))
        {
            return null; // nothing to reach anyone by
        }

        var addresses = 0;
        var links = 0;
        var afterHandleLabel = false;
        var names = 0;
        foreach (var word in new WordEnumerator(line))
        {
            var bare = TextShape.Bare(word);
            if (bare.IsEmpty)
            {
                continue;
            }

            // "Twitter: janeroe" names a handle without its "@".
            var isHandle = afterHandleLabel && TextShape.IsLowerWord(bare);
            afterHandleLabel = word[^1] == ':' && Vocabulary.SocialWords.Contains(bare);
            if (isHandle || TextShape.IsAddress(word) || TextShape.IsPhoneNumber(bare))
            {
                addresses++;
                links += TextShape.IsLink(word) ? 1 : 0;
            }
            else if (!Vocabulary.ContactWords.Contains(bare))
            {
                if (!TextShape.IsCapitalized(bare) || ++names > 5)
                {
                    return null;
                }
            }
        }

        if (addresses == 0)
        {
            return null;
        }

        // Only web links ("Guidelines: https://…"): a list of links, not a way to reach the author.
        return links == addresses ? Rules.LinkLine : Rules.AuthorContact;
    }

    /// <summary>Start of a trailing <c>Instagram: @handle</c> credit, or -1.</summary>
    public static int TrailingHandleStart(ReadOnlySpan<char> line)
    {
        if (line.LastIndexOf('@') < 0)
        {
            return -1;
        }

        var offset = Math.Max(0, line.Length - AttributionWindow);
        foreach (var match in TrailingHandleRegex().EnumerateMatches(line[offset..]))
        {
            return offset + match.Index;
        }

        return -1;
    }

    private static bool HasPhoneNumber(ReadOnlySpan<char> line) =>
        line.IndexOfAnyInRange('0', '9') >= 0 && PhoneNumberRegex().IsMatch(line);

    private static bool IsOnlyLinks(ReadOnlySpan<char> text)
    {
        foreach (var word in new WordEnumerator(text))
        {
            if (!TextShape.IsAddress(word) && !word.StartsWith("pic.twitter.com", StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        return true;
    }

    [GeneratedRegex(@"(?:^|\s)(?:[—–~]|--?|&mdash;)\s?[^\s()—][^()\r\n—]{0,60}?\s?\(@\w{1,30}\)\s(?:on\s)?" + Patterns.Month + @"\.?\s\d{1,2},\s\d{4}(?:\s(?:Report|Reply|Retweet|Like|Follow))?$", Patterns.Options)]
    private static partial Regex PostAttributionRegex();

    [GeneratedRegex(@"\bA post shared by [^()\r\n]{1,80}\(@[\w.]{1,30}\) on " + Patterns.Month + @"\.? \d{1,2},? \d{4}(?: at \d{1,2}:\d\d\s?(?:am|pm)(?: [A-Z]{2,4})?)?$", Patterns.IgnoreCase)]
    private static partial Regex InstagramRegex();

    [GeneratedRegex(@"\bPosted by [^.\r\n]{1,60}? on (?:" + Patterns.Weekday + @",? )?" + Patterns.Month + @"\.? \d{1,2},? \d{4}$", Patterns.Options)]
    private static partial Regex PostedByRegex();

    [GeneratedRegex(@"(?:\bpic\.twitter\.com/\w*|\bhttps?://t\.co/\w+)$", Patterns.IgnoreCase)]
    private static partial Regex LinkEndRegex();

    [GeneratedRegex(@"^(?i:follow|like|find|connect with|join)\s(?:us|me|him|her|them|the author|the writer|the reporter|[A-Z@][\w.@'’\-]*(?:\s[A-Z][\w.'’\-]*){0,3})(?::|\s(?:on|at|via|for|in|@)\b|\s@)", Patterns.Options)]
    private static partial Regex FollowRegex();

    [GeneratedRegex(@"\bcan be (?:followed|reached|found|contacted) (?:on|at|via|by)\b", Patterns.IgnoreCase)]
    private static partial Regex CanBeFollowedRegex();

    [GeneratedRegex(@"twitter|facebook|instagram|google\+|linkedin|youtube|tiktok|snapchat|threads|bluesky|mastodon|@\w|https?://", Patterns.IgnoreCase)]
    private static partial Regex SocialMentionRegex();

    [GeneratedRegex(@"^(?:read or )?share (?:this|the|on|via|to|with)\b", Patterns.IgnoreCase)]
    private static partial Regex SharePromptRegex();

    [GeneratedRegex(@"(?:\(\d{3}\)\s?|\b\d{3}[-.\s])\d{3}[-.\s]\d{4}\b", Patterns.Options)]
    private static partial Regex PhoneNumberRegex();

    [GeneratedRegex(@"^to (?:contact|reach|e-?mail) the (?:reporters?|writers?|editors?|authors?|correspondents?)\b", Patterns.IgnoreCase)]
    private static partial Regex ContactOpenRegex();

    [GeneratedRegex(@"^(?:Skip|End of) (?:\w+ ){1,2}post(?: by)?\b", Patterns.IgnoreCase)]
    private static partial Regex SkipPostRegex();

    [GeneratedRegex(@"(?<=\S\s)(?:Instagram|Twitter|Facebook|TikTok|YouTube)\s?:\s?@\S+$", Patterns.Options)]
    private static partial Regex TrailingHandleRegex();
}
