using AngleSharp.Dom;

namespace Crosswire.Ingest.Html;

/// <summary>
/// The elements that metadata reading and content location look up, found in one walk over the page
/// (a selector query per lookup walked the whole tree each time and cost more than parsing).
/// </summary>
internal sealed class PageIndex
{
    /// <summary><c>&lt;meta&gt;</c> elements.</summary>
    public List<IElement> Metas { get; } = [];

    /// <summary><c>&lt;script type="application/ld+json"&gt;</c> elements.</summary>
    public List<IElement> LinkedData { get; } = [];

    /// <summary><c>[itemprop~=articleBody]</c> elements.</summary>
    public List<IElement> ArticleBodies { get; } = [];

    /// <summary><c>&lt;article&gt;</c> elements.</summary>
    public List<IElement> Articles { get; } = [];

    /// <summary><c>&lt;main&gt;</c> and <c>[role=main]</c> elements.</summary>
    public List<IElement> Mains { get; } = [];

    /// <summary>The first <c>&lt;h1&gt;</c>.</summary>
    public IElement? FirstHeading { get; private set; }

    /// <summary>The first <c>&lt;time datetime&gt;</c> inside an <c>&lt;article&gt;</c>, else anywhere.</summary>
    public IElement? Time { get; private set; }

    /// <summary>The first <c>&lt;link rel=canonical&gt;</c>.</summary>
    public IElement? Canonical { get; private set; }

    /// <summary>Indexes <paramref name="document"/>.</summary>
    public static PageIndex Build(IDocument document)
    {
        var index = new PageIndex();
        IElement? timeOutsideArticle = null;
        var timeInArticle = false;
        var pending = new Stack<(IElement Element, bool InArticle)>();
        if (document.DocumentElement is { } root)
        {
            pending.Push((root, false));
        }

        while (pending.Count > 0)
        {
            var (element, inArticle) = pending.Pop();
            switch (element.LocalName)
            {
                case "meta":
                    index.Metas.Add(element);
                    break;
                case "script" when element.GetAttribute("type")?.Contains("ld+json", StringComparison.OrdinalIgnoreCase) == true:
                    index.LinkedData.Add(element);
                    break;
                case "article":
                    index.Articles.Add(element);
                    inArticle = true;
                    break;
                case "main":
                    index.Mains.Add(element);
                    break;
                case "h1":
                    index.FirstHeading ??= element;
                    break;
                case "time" when element.HasAttribute("datetime"):
                    if (inArticle && !timeInArticle)
                    {
                        index.Time = element;
                        timeInArticle = true;
                    }

                    timeOutsideArticle ??= element;
                    break;
                case "link" when index.Canonical is null && IsCanonical(element):
                    index.Canonical = element;
                    break;
            }

            if (PageFurniture.IsArticleBody(element))
            {
                index.ArticleBodies.Add(element);
            }

            if (element.LocalName != "main" && string.Equals(element.GetAttribute("role"), "main", StringComparison.OrdinalIgnoreCase))
            {
                index.Mains.Add(element);
            }

            // Pushed in reverse so that elements come off the stack in document order.
            for (var child = element.LastElementChild; child is not null; child = child.PreviousElementSibling)
            {
                pending.Push((child, inArticle));
            }
        }

        index.Time ??= timeOutsideArticle;
        return index;
    }

    /// <summary>True while <paramref name="element"/> is still below <paramref name="body"/> (not removed).</summary>
    public static bool IsAttached(IElement element, IElement body)
    {
        for (var current = element; current is not null; current = current.ParentElement)
        {
            if (current == body)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsCanonical(IElement link) =>
        link.GetAttribute("rel")?.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Contains("canonical", StringComparer.OrdinalIgnoreCase) == true;
}
