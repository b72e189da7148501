using AngleSharp.Dom;

namespace Crosswire.Ingest.Html;

/// <summary>
/// Finds and removes page furniture: navigation, headers and footers, asides, scripts and styles, forms,
/// embeds, figures and their captions, hidden elements, and blocks whose class or id names them as share
/// widgets, related links, promotions, newsletter sign-ups, comments, cookie notices, breadcrumbs or bylines.
/// </summary>
internal sealed class PageFurniture
{
    private static readonly HashSet<string> s_tags = new(StringComparer.Ordinal)
    {
        "nav", "header", "footer", "aside", "script", "style", "noscript", "form", "iframe", "figure", "figcaption",
        "template", "svg", "canvas", "button", "select", "textarea", "input", "object", "embed", "video", "audio",
        "picture", "dialog", "menu", "link", "meta", "map", "frameset", "frame",
    };

    private static readonly HashSet<string> s_roles = new(StringComparer.OrdinalIgnoreCase)
    {
        "navigation", "banner", "contentinfo", "complementary", "search", "dialog", "alertdialog", "menu", "menubar",
        "toolbar",
    };

    /// <summary>Class or id words (split at dashes, underscores and camel case) that name furniture.</summary>
    private static readonly HashSet<string> s_words = new(StringComparer.Ordinal)
    {
        "share", "shares", "sharing", "sharebar", "sharetools", "social", "socials", "related", "promo", "promos",
        "promoted", "promotion", "promotions", "newsletter", "newsletters", "comment", "comments", "cookie", "cookies",
        "consent", "gdpr", "breadcrumb", "breadcrumbs", "byline", "bylines", "ad", "ads", "advert", "adverts",
        "advertisement", "advertising", "sponsor", "sponsored", "subscribe", "subscription", "signup", "paywall",
        "popup", "modal", "outbrain", "taboola", "recirc", "recirculation", "readmore", "sidebar", "trending",
        "popular", "mostread", "toolbar", "disqus",
    };

    private readonly double _maxProseShare;
    private int _pageProse = -1;

    /// <summary>Creates the rules for one page.</summary>
    public PageFurniture(double maxProseShare)
    {
        _maxProseShare = maxProseShare;
    }

    /// <summary>Removes every furniture element below <paramref name="root"/> (not <paramref name="root"/> itself).</summary>
    public void RemoveBelow(IElement root)
    {
        var doomed = new List<IElement>();
        var pending = new Stack<IElement>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            var element = pending.Pop();
            for (var child = element.FirstElementChild; child is not null; child = child.NextElementSibling)
            {
                if (IsFurniture(child, root))
                {
                    doomed.Add(child);
                }
                else
                {
                    pending.Push(child);
                }
            }
        }

        foreach (var element in doomed)
        {
            element.Remove();
        }
    }

    private bool IsFurniture(IElement element, IElement root)
    {
        var tag = element.LocalName;
        if (s_tags.Contains(tag) || IsHidden(element))
        {
            return true;
        }

        var role = element.GetAttribute("role");
        if (role is not null && s_roles.Contains(role.Trim()))
        {
            return true;
        }

        if (tag is "main" or "article" || IsArticleBody(element) || !NamesFurniture(element))
        {
            return false;
        }

        // An element holding most of the page's prose is the article, whatever its class says.
        if (_pageProse < 0)
        {
            _pageProse = ParagraphChars(root);
        }

        return ParagraphChars(element) <= _pageProse * _maxProseShare;
    }

    /// <summary>True for <c>[itemprop~=articleBody]</c>.</summary>
    public static bool IsArticleBody(IElement element) =>
        element.GetAttribute("itemprop")?.Contains("articleBody", StringComparison.OrdinalIgnoreCase) == true;

    private static bool IsHidden(IElement element)
    {
        if (element.HasAttribute("hidden")
            || string.Equals(element.GetAttribute("aria-hidden"), "true", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var style = element.GetAttribute("style");
        if (style is null)
        {
            return false;
        }

        var compact = style.Replace(" ", string.Empty, StringComparison.Ordinal).ToLowerInvariant();
        return compact.Contains("display:none", StringComparison.Ordinal)
            || compact.Contains("visibility:hidden", StringComparison.Ordinal);
    }

    private static bool NamesFurniture(IElement element) =>
        HasFurnitureWord(element.ClassName) || HasFurnitureWord(element.Id);

    /// <summary>Splits class and id values into words at spaces, dashes, underscores and lower-to-upper case
    /// changes (<c>shareTools</c>, <c>article-share</c>, <c>related_links</c>) and looks each up.</summary>
    private static bool HasFurnitureWord(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return false;
        }

        Span<char> word = stackalloc char[32];
        var length = 0;
        var lookup = s_words.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var i = 0; i <= value.Length; i++)
        {
            var c = i < value.Length ? value[i] : ' ';
            var boundary = !char.IsAsciiLetterOrDigit(c)
                || (char.IsAsciiLetterUpper(c) && i > 0 && char.IsAsciiLetterLower(value[i - 1]));
            if (boundary && length > 0)
            {
                if (length <= word.Length && lookup.Contains(word[..length]))
                {
                    return true;
                }

                length = 0;
            }

            if (char.IsAsciiLetterOrDigit(c))
            {
                if (length < word.Length)
                {
                    word[length] = char.ToLowerInvariant(c);
                }

                length++;
            }
        }

        return false;
    }

    private static int ParagraphChars(IElement element)
    {
        var total = 0;
        foreach (var paragraph in element.GetElementsByTagName("p"))
        {
            total += paragraph.TextContent.Length;
        }

        return total;
    }
}
