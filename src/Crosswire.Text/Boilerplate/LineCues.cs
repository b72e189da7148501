using System.Buffers;

namespace Crosswire.Text.Boilerplate;

/// <summary>Families of rules that are anchored at the start of a line, told apart by its first word.</summary>
[Flags]
internal enum Openings
{
    None = 0,
    Newsletter = 1 << 0,
    Copyright = 1 << 1,
    Permission = 1 << 2,
    Publication = 1 << 3,
    Correction = 1 << 4,
    Developing = 1 << 5,
    Contributor = 1 << 6,
    Update = 1 << 7,
    CaptionOpening = 1 << 8,
    CaptionMarker = 1 << 9,
    VideoPlayer = 1 << 10,
    StoryLabel = 1 << 11,
    Advertisement = 1 << 12,
    Link = 1 << 13,
    Byline = 1 << 14,
    Prompt = 1 << 15,
    Widget = 1 << 16,
    Timestamp = 1 << 17,
    Credit = 1 << 18,
}

/// <summary>Families of rules that look for a phrase anywhere in a line, told apart by one of its words.</summary>
[Flags]
internal enum Cues
{
    None = 0,
    Newsletter = 1 << 0,
    Copyright = 1 << 1,
    Contributor = 1 << 2,
    Gallery = 1 << 3,
    VideoPlayer = 1 << 4,
    Picture = 1 << 5,
    ScriptNotice = 1 << 6,
    PageNotice = 1 << 7,
    LoginNotice = 1 << 8,
    CookieNotice = 1 << 9,
    CommentNotice = 1 << 10,
    NetworkNotice = 1 << 11,
    PlayerNotice = 1 << 12,
    ArchiveNotice = 1 << 13,

    /// <summary>Any kind of site notice.</summary>
    SiteNotice = ScriptNotice | PageNotice | LoginNotice | CookieNotice | CommentNotice | NetworkNotice | PlayerNotice
        | ArchiveNotice,
}

/// <summary>
/// Tells which rule families can possibly match a line, cheaply, so that a line of prose is not run through
/// every rule: the families anchored on its first word, and the families whose phrases need one of a few
/// words somewhere in it (found with vectorized multi-string searches). The cues are necessary conditions
/// only; the rules themselves decide.
/// </summary>
internal readonly record struct LineCues(Openings Openings, Cues Cues)
{
    /// <summary>Longest prefix of the first word that makes its key (5 bits a letter).</summary>
    private const int KeyLetters = 12;

    /// <summary>Longest line with phrase-anywhere notices (newsletter, copyright, contributor notes).</summary>
    private const int MaxPhraseLine = 700;

    /// <summary>Longest line that can be a site notice.</summary>
    private const int MaxSiteNoticeLine = 320;

    private static readonly Dictionary<ulong, Openings> OpeningTable = BuildOpeningTable();

    // Each set stays small (at most ten fragments) and its fragments start with letters that are rare together
    // in prose ("wslett" rather than "newsletter"): the vectorized search then seldom stops to verify a false
    // candidate. Case is ignored.
    private static readonly SearchValues<string> NoticeWords = Words(
        "wslett", "bscri", "inbox", "reserved", "reprint", "broadcast", "commercial use", "reproduce", "contribut",
        "eported ");

    private static readonly SearchValues<string> NewsletterWords = Words("wslett", "bscri", "inbox");
    private static readonly SearchValues<string> CopyrightWords = Words(
        "reserved", "reprint", "broadcast", "commercial use", "reproduce");

    private static readonly SearchValues<string> ContributorWords = Words("contribut", "eported ");

    private static readonly SearchValues<string> PlayerWords = Words(
        "aption", "allery", "eplay", "utoplay", "embed", "icture taken");

    private static readonly SearchValues<string> AccessNoticeWords = Words(
        "avascript", "blocker", "page not", "page is", "page you", "page could", "page can", "og in", "ogged in",
        "sign in");

    private static readonly SearchValues<string> SiteNoticeWords = Words(
        "cookie", "ntinuing to", "mments", "comment pol", "ave a comment", "nversation", "scussion", "ip address",
        "dns", "ocation inf");

    private static readonly SearchValues<string> PlayerNoticeWords = Words(
        "wser", "ash player", "layback", "eo is no", "eo isn", "eo is un", "crawl", "hive-it", "weet with",
        "signed in");

    // A web archive's description of a crawl runs longer than other notices (NoticeRules.IsArchiveDescription).
    private const int MaxArchiveDescriptionLine = 1200;

    private static readonly SearchValues<string> ArchiveWords = Words("crawl", "hive-it", "ayback machine");

    /// <summary>Looks at <paramref name="line"/> (trimmed, without its leading decoration).</summary>
    public static LineCues Scan(ReadOnlySpan<char> line)
    {
        var openings = FirstWordOpenings(line);
        var cues = Cues.None;
        if (line.ContainsAny(PlayerWords))
        {
            cues |= Cues.Gallery | Cues.VideoPlayer | Cues.Picture;
        }

        if (line.Length <= MaxPhraseLine && line.ContainsAny(NoticeWords))
        {
            cues |= (line.ContainsAny(NewsletterWords) ? Cues.Newsletter : Cues.None)
                | (line.ContainsAny(CopyrightWords) ? Cues.Copyright : Cues.None)
                | (line.ContainsAny(ContributorWords) ? Cues.Contributor : Cues.None);
        }

        if (line.Length <= MaxSiteNoticeLine)
        {
            cues |= (line.ContainsAny(AccessNoticeWords) ? Cues.ScriptNotice | Cues.PageNotice | Cues.LoginNotice : Cues.None)
                | (line.ContainsAny(SiteNoticeWords) ? Cues.CookieNotice | Cues.CommentNotice | Cues.NetworkNotice : Cues.None)
                | (line.ContainsAny(PlayerNoticeWords)
                    ? Cues.PlayerNotice | Cues.ArchiveNotice | Cues.NetworkNotice | Cues.LoginNotice
                    : Cues.None);
        }
        else if (line.Length <= MaxArchiveDescriptionLine && line.ContainsAny(ArchiveWords))
        {
            cues |= Cues.ArchiveNotice;
        }

        return new LineCues(openings, cues);
    }

    /// <summary>True when a rule of <paramref name="family"/> may match.</summary>
    public bool Has(Openings family) => (Openings & family) != 0;

    /// <summary>True when a rule of <paramref name="family"/> may match.</summary>
    public bool Has(Cues family) => (Cues & family) != 0;

    private static Openings FirstWordOpenings(ReadOnlySpan<char> line)
    {
        if (line.IsEmpty)
        {
            return Openings.None;
        }

        var first = line[0];
        if (char.IsAsciiDigit(first))
        {
            return Openings.Update | Openings.CaptionMarker;
        }

        var openings = first is '©' or '(' ? Openings.Copyright : Openings.None;
        ulong key = 0;
        var letters = 0;
        foreach (var c in line)
        {
            var letter = (c | 0x20) - 'a';
            if (c < 128 && (uint)letter < 26)
            {
                if (letters++ < KeyLetters)
                {
                    key = (key << 5) | (uint)(letter + 1);
                }
            }
            else if (letters > 0 && c is not ('\'' or '’'))
            {
                break;
            }
            else if (letters == 0 && c is not ('(' or '[' or '"' or '“' or '\'' or '‘'))
            {
                break; // the line does not open with a word
            }
        }

        return letters > 0 ? openings | OpeningTable.GetValueOrDefault(key) : openings;
    }

    private static SearchValues<string> Words(params string[] words) =>
        SearchValues.Create(words, StringComparison.OrdinalIgnoreCase);

    private static ulong Key(string word)
    {
        ulong key = 0;
        var letters = 0;
        foreach (var c in word)
        {
            if (letters++ < KeyLetters)
            {
                key = (key << 5) | (uint)(c - 'a' + 1);
            }
        }

        return key;
    }

    private static Dictionary<ulong, Openings> BuildOpeningTable()
    {
        var table = new Dictionary<ulong, Openings>();
        void Add(Openings openings, params string[] words)
        {
            foreach (var word in words)
            {
                var key = Key(word);
                table[key] = table.GetValueOrDefault(key) | openings;
            }
        }

        // Opening words of the anchored rules (apostrophes dropped: "don't" is "dont").
        Add(Openings.Newsletter, "sign", "signing", "subscribe", "get", "join", "want", "download", "be", "dont",
            "never", "enter", "receive", "keep", "stay", "like", "love", "newsletter", "breaking", "thank", "thanks",
            "invalid", "please", "youve", "you");
        Add(Openings.Copyright, "copyright", "all", "c");
        Add(Openings.Permission, "republished", "reprinted", "reproduced", "excerpted", "adapted", "used", "posted",
            "shared", "this", "the");
        Add(Openings.Publication, "this", "original", "the", "a");
        Add(Openings.Correction, "an", "a", "earlier", "previous", "prior", "this", "correction", "corrections",
            "clarification", "clarifications", "editors", "editor");
        Add(Openings.Developing, "more", "this", "developing", "check", "refresh", "updates");
        Add(Openings.Contributor, "with", "additional", "reporting", "writing", "editing", "research", "fact",
            "graphics", "photography", "design", "production", "compiled", "produced", "edited", "written",
            "translated", "assistance", "contribution", "contributions", "contributing", "contributors",
            "contributor", "wire", "the", "associated", "reuters", "afp");
        Add(Openings.Update, "update", "updated", "updates", "correction", "clarification");
        Add(Openings.CaptionOpening, "in", "this", "these", "a", "an", "the");
        Add(Openings.CaptionMarker, "image", "media", "video", "photo", "photos", "picture", "file", "handout", "foto");
        Add(Openings.VideoPlayer, "close", "just");
        Add(Openings.StoryLabel, "story");
        Add(Openings.Advertisement, "advertisement", "advertising", "sponsored", "paid", "ad", "ads", "story",
            "continue", "article", "a");
        Add(Openings.Link, "read", "see", "watch", "listen", "click", "tap", "view", "related", "recommended", "more",
            "also", "you", "dont", "don", "top", "most", "trending", "editors", "editor", "latest", "up", "what",
            "further", "explore", "online", "in", "photo", "photos", "photo", "video", "videos", "gallery",
            "slideshow", "interactive", "map", "graphic", "graphics", "infographic", "story", "bonus", "plus",
            "quiz", "poll", "must", "explained", "audio", "podcast", "timeline", "full", "special", "previously",
            "earlier", "analysis");
        Add(Openings.Byline, "by", "written", "words", "story", "text", "reporting", "updated", "posted", "published");
        Add(Openings.Prompt, "follow", "like", "find", "connect", "join", "share", "read");
        Add(Openings.Widget, "share", "shares", "tweet", "tweets", "retweet", "email", "e", "print", "facebook",
            "twitter", "pinterest", "linkedin", "reddit", "whatsapp", "google", "instagram", "youtube", "tumblr",
            "flipboard", "messenger", "sms", "comments", "comment", "enlarge", "embed", "autoplay", "fullscreen",
            "photo", "photos", "video", "videos", "image", "images", "gallery", "slideshow", "playing", "play", "replay",
            "caption", "captions", "icon", "close", "loading", "thumbnail", "audio", "podcast", "bookmark", "size",
            "transcript", "playlist", "skip", "view", "hide", "show", "next", "previous", "prev", "now", "full", "back",
            "watch", "listen", "read", "click", "tap", "open", "toggle", "expand", "sign", "log", "copy", "save",
            "text", "related", "more", "see", "all", "mute", "unmute", "pause", "x");
        Add(Openings.Timestamp, "updated", "published", "posted", "last", "first", "originally", "modified",
            "created", "update", "date", "january", "february", "march", "april", "may", "june", "july", "august",
            "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
            "sept", "oct", "nov", "dec", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
            "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun");
        Add(Openings.Credit, "photo", "photos", "photograph", "photographs", "photographer", "image", "images",
            "picture", "pictures", "credit", "credits", "illustration", "illustrations", "graphic", "graphics",
            "video", "videos", "screenshot", "screenshots", "screen", "screengrab", "source", "thumbnail", "top",
            "main", "lead", "header", "featured", "cover", "hero", "inset", "above", "below", "file", "staff", "the",
            "associated", "ap", "afp", "reuters", "getty", "epa", "pa", "bloomberg", "xinhua", "tass", "sipa", "upi",
            "shutterstock", "istock", "istockphoto", "newscom", "wenn", "rex", "corbis", "alamy", "zuma", "nurphoto",
            "anadolu", "sopa");
        return table;
    }
}
