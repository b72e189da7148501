using System.Collections.Frozen;

namespace Crosswire.Text.Boilerplate;

/// <summary>Small closed word classes the rules test words against (case-insensitive, looked up by span).</summary>
internal static class Vocabulary
{
    /// <summary>Words of share bars, players and galleries that name a widget by themselves.</summary>
    public static readonly WordSet StrongWidgetWords = new(
        "share", "shares", "shared", "tweet", "tweets", "retweet", "email", "e-mail", "print", "facebook", "twitter",
        "pinterest", "linkedin", "reddit", "whatsapp", "google+", "instagram", "youtube", "tumblr", "flipboard",
        "messenger", "sms", "comments", "comment", "enlarge", "embed", "autoplay", "fullscreen", "photo", "photos",
        "video", "videos", "image", "images", "gallery", "slideshow", "playing", "play", "replay", "caption",
        "captions", "icon", "close", "loading", "thumbnail", "audio", "podcast", "bookmark", "size", "transcript",
        "playlist", "×", "✕");

    /// <summary>Words that may accompany widget words without making the line prose.</summary>
    public static readonly WordSet WeakWidgetWords = new(
        "this", "story", "article", "page", "on", "the", "us", "and", "or", "to", "a", "of", "with", "full", "screen",
        "next", "previous", "prev", "more", "view", "hide", "show", "skip", "ad", "ads", "now", "read", "watch",
        "listen", "back", "x", "sign", "in", "up", "log", "mute", "unmute", "pause", "expand", "collapse", "toggle",
        "open", "menu", "home", "top", "related", "location", "click", "tap", "here", "see", "all", "options", "link",
        "copy", "url", "app", "text", "save", "via", "your", "friends", "button", "icons", "count", "sound", "off",
        "full-screen", "second", "seconds", "min", "mins", "unavailable", "cancel", "start", "starts", "will", "be",
        "is", "not", "available", "ended", "paused", "error");

    /// <summary>Social networks, for telling share widgets from media widgets.</summary>
    public static readonly WordSet SocialWords = new(
        "share", "shares", "shared", "tweet", "tweets", "retweet", "email", "e-mail", "print", "facebook", "twitter",
        "pinterest", "linkedin", "reddit", "whatsapp", "google+", "instagram", "tumblr", "flipboard", "messenger",
        "sms", "comments", "comment", "bookmark");

    /// <summary>Lower-case words that may join the names of a byline or credit.</summary>
    public static readonly WordSet NameJoiners = new(
        "and", "&", "of", "the", "de", "del", "della", "der", "la", "le", "van", "von", "da", "di", "du", "dos", "bin",
        "al", "el", "y", "for", "in", "at");

    /// <summary>Lower-case words allowed in a photo credit besides names.</summary>
    public static readonly WordSet CreditWords = new(
        "via", "for", "by", "and", "of", "the", "de", "screenshot", "screengrab", "photo", "photos", "image", "images",
        "courtesy", "staff", "file", "handout", "pool", "illustration", "photographer", "photograph", "from",
        "getty", "video", "still", "composite", "&");

    /// <summary>Lower-case words allowed in a byline besides names (roles, dates).</summary>
    public static readonly WordSet BylineWords = new(
        "and", "&", "of", "the", "de", "del", "la", "le", "van", "von", "da", "di", "du", "bin", "al", "staff",
        "writer", "writers", "reporter", "reporters", "correspondent", "correspondents", "editor", "editors",
        "contributor", "contributors", "columnist", "senior", "special", "chief", "political", "national", "foreign",
        "investigative", "producer", "photographer", "photographers", "in", "at", "for", "with", "updated",
        "published", "posted", "on", "am", "pm", "a.m.", "p.m.", "et", "news", "science", "health", "business",
        "sports", "entertainment", "technology", "tech", "opinion", "world", "politics", "local");

    /// <summary>Lower-case words a contributor note is made of besides names and places.</summary>
    public static readonly WordSet ContributorWords = new(
        "and", "&", "writer", "writers", "reporter", "reporters", "correspondent", "correspondents", "staff",
        "editor", "editors", "researcher", "researchers", "photographer", "producer", "producers", "in", "from", "of",
        "the", "also", "reported", "reporting", "contributed", "contributing", "to", "this", "report", "story",
        "article", "science", "political", "national", "special", "senior", "chief", "intern", "news", "assistant",
        "data", "video", "investigative", "freelance", "at", "de", "van", "von", "da", "al", "additional", "research",
        "writing", "with", "assistance", "by", "editing", "contributions", "compiled", "a", "an", "wire", "services",
        "service", "agency", "agencies", "wires", "bureau", "chief", "white", "house", "medical", "business",
        "economics", "diplomatic", "legal", "health", "environment", "energy", "technology", "sports", "metro",
        "here", "there", "who", "while", "on", "desk");

    /// <summary>Words of an author's contact line besides names, addresses and phone numbers.</summary>
    public static readonly WordSet ContactWords = new(
        "email", "e-mail", "twitter", "phone", "tel", "telephone", "instagram", "facebook", "fax", "contact", "reach",
        "at", "or", "and", "on", "via", "follow", "you", "can", "me", "him", "her", "them", "the", "author", "write",
        "to", "send", "tips", "tip", "is", "us", "your", "have", "a", "we", "should", "know", "news", "got",
        "questions", "story", "idea", "ideas", "reporter", "writer", "call", "text", "signal", "whatsapp",
        "linkedin", "be", "reached", "found", "followed", "mail", "by", "with", "comments", "feedback");

    /// <summary>Outlet words that mark the second half of a <c>Name, Outlet</c> byline.</summary>
    public static readonly WordSet OutletWords = new(
        "news", "press", "times", "post", "journal", "tribune", "herald", "wire", "agency", "reuters", "associated",
        "staff", "correspondent", "writer", "reporter", "editor", "contributor", "bureau", "network", "radio", "tv",
        "magazine", "daily", "gazette", "chronicle", "observer", "telegraph", "guardian", "independent", "mail",
        "star", "sun", "globe", "cnn", "bbc", "npr", "ap", "afp", "bloomberg", "review", "today", "weekly",
        "courier", "examiner", "sentinel", "dispatch", "inquirer", "record", "register", "bulletin", "standard",
        "express", "mirror", "media", "broadcasting", "television", "online", "digital", "insider", "report");

    /// <summary>Occupations of an author's short biography.</summary>
    public static readonly WordSet AuthorRoles = new(
        "reporter", "writer", "correspondent", "columnist", "editor", "contributor", "producer", "journalist",
        "specialist", "author", "blogger", "commentator", "analyst", "anchor", "host", "critic", "intern", "fellow",
        "freelancer", "column", "reporters", "writers", "correspondents", "columnists", "editors", "contributors");

    /// <summary>Words that tie an author's occupation to an outlet or a beat ("reporter for", "writer at").</summary>
    public static readonly WordSet AuthorRoleLinks = new(
        "for", "at", "with", "based", "covering", "who", "in", "on", "of");

    /// <summary>Words of a bare timestamp besides numbers and month or day names.</summary>
    public static readonly WordSet TimeWords = new(
        "at", "on", "ago", "am", "pm", "a.m.", "p.m.", "a.m", "p.m", "et", "est", "edt", "pt", "pst", "pdt", "ct",
        "cst", "cdt", "mt", "mst", "mdt", "gmt", "utc", "bst", "cet", "cest", "ist", "aest", "eastern", "pacific",
        "central", "mountain", "time", "minute", "minutes", "min", "mins", "hour", "hours", "hr", "hrs", "day", "days",
        "week", "weeks", "month", "months", "year", "years", "yesterday", "today", "updated", "published", "posted",
        "last", "first", "originally", "modified", "created", "update", "date", "the", "of", "and", "|", "just", "now",
        "an", "a", "noon", "midnight", "by");

    /// <summary>All-capital words that open a story as a label rather than a place.</summary>
    public static readonly WordSet StoryLabels = new(
        "breaking", "breaking news", "update", "updated", "updates", "exclusive", "interview", "analysis", "opinion",
        "review", "watch", "video", "photos", "live", "corrected", "correction", "refile", "rpt", "factbox",
        "insight", "special report", "column", "editorial", "commentary", "breakingviews", "explainer", "news analysis",
        "developing", "just in", "new", "alert", "urgent", "flash", "story highlights", "highlights");
}

/// <summary>A closed set of words, looked up case-insensitively by span without allocating.</summary>
internal sealed class WordSet
{
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    /// <summary>Creates the set.</summary>
    public WordSet(params string[] words)
    {
        _lookup = words.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>True when <paramref name="word"/> is in the set.</summary>
    public bool Contains(ReadOnlySpan<char> word) => _lookup.Contains(word);
}
