using AngleSharp.Dom;

namespace Crosswire.Ingest.Html;

/// <summary>
/// Chooses the elements that hold an article's main content, after furniture removal: the
/// <c>[itemprop=articleBody]</c>, <c>&lt;article&gt;</c> or <c>&lt;main&gt;</c> element with the most prose
/// (when it holds a fair share of the page's prose), else the block with the best paragraph score, in the
/// manner of Readability: every paragraph adds to its parent and, less, to its further ancestors; a block's
/// score is cut by its link density; siblings of the winner that score well or read like prose join it.
/// </summary>
internal sealed class ContentLocator
{
    private const double MinSemanticShare = 0.3;
    private readonly HtmlExtractorOptions _options;

    /// <summary>Creates the locator.</summary>
    public ContentLocator(HtmlExtractorOptions options)
    {
        _options = options;
    }

    /// <summary>The content elements below <paramref name="body"/>, in document order.</summary>
    public IReadOnlyList<IElement> Locate(IElement body, PageIndex index)
    {
        var pageProse = ProseChars(body);
        var threshold = Math.Max(_options.MinProseLetters, pageProse * MinSemanticShare);
        var semantic = Best(index.ArticleBodies, body, threshold)
            ?? Best(index.Articles, body, threshold)
            ?? Best(index.Mains, body, threshold);
        if (semantic is not null)
        {
            return [semantic];
        }

        return ByScore(body);
    }

    private static IElement? Best(List<IElement> candidates, IElement body, double threshold)
    {
        IElement? best = null;
        var bestProse = 0;
        foreach (var candidate in candidates)
        {
            if (!PageIndex.IsAttached(candidate, body))
            {
                continue;
            }

            var prose = ProseChars(candidate);
            if (prose > bestProse)
            {
                best = candidate;
                bestProse = prose;
            }
        }

        return bestProse >= threshold ? best : null;
    }

    private List<IElement> ByScore(IElement body)
    {
        var scores = new Dictionary<IElement, double>();
        foreach (var paragraph in Paragraphs(body))
        {
            var text = paragraph.TextContent.AsSpan().Trim();
            if (text.Length < _options.MinParagraphChars)
            {
                continue;
            }

            var score = 1.0 + text.Count(',') + Math.Min(text.Length / 100, 3);
            var ancestor = paragraph.ParentElement;
            for (var level = 0; level < 5 && ancestor is not null && ancestor != body.ParentElement; level++)
            {
                if (!scores.TryGetValue(ancestor, out var current))
                {
                    current = InitialScore(ancestor);
                }

                scores[ancestor] = current + (score / (level == 0 ? 1 : level == 1 ? 2 : level * 3));
                ancestor = ancestor.ParentElement;
            }
        }

        IElement? top = null;
        var topScore = double.MinValue;
        foreach (var (element, score) in scores)
        {
            var final = score * (1 - LinkDensity(element));
            scores[element] = final;
            if (final > topScore)
            {
                top = element;
                topScore = final;
            }
        }

        if (top is null || top == body || top.ParentElement is null)
        {
            return [body];
        }

        var content = new List<IElement>();
        var siblingThreshold = Math.Max(10, topScore * 0.2);
        for (var sibling = top.ParentElement.FirstElementChild; sibling is not null; sibling = sibling.NextElementSibling)
        {
            if (sibling == top || (scores.TryGetValue(sibling, out var score) && score >= siblingThreshold) || ReadsLikeProse(sibling))
            {
                content.Add(sibling);
            }
        }

        return content;
    }

    private static bool ReadsLikeProse(IElement element)
    {
        if (element.LocalName != "p")
        {
            return false;
        }

        var text = element.TextContent.AsSpan().Trim();
        var density = LinkDensity(element);
        return (text.Length > 80 && density < 0.25) || (text.Length > 0 && density == 0 && text[^1] == '.');
    }

    /// <summary>Paragraph-like elements: p, pre, td, and divs or sections without block children.</summary>
    private static IEnumerable<IElement> Paragraphs(IElement body)
    {
        foreach (var element in body.QuerySelectorAll("*"))
        {
            switch (element.LocalName)
            {
                case "p" or "pre" or "td":
                    yield return element;
                    break;
                case "div" or "section" when !element.Children.Any(child => BlockTextWriter.IsBlock(child.LocalName)):
                    yield return element;
                    break;
            }
        }
    }

    private static double InitialScore(IElement element)
    {
        var score = element.LocalName switch
        {
            "div" => 5,
            "pre" or "td" or "blockquote" => 3,
            "address" or "ol" or "ul" or "dl" or "dd" or "dt" or "li" => -3,
            "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "th" => -5,
            _ => 0,
        };
        return score + ClassWeight(element.ClassName) + ClassWeight(element.Id);
    }

    private static int ClassWeight(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return 0;
        }

        var lower = value.ToLowerInvariant();
        var weight = 0;
        foreach (var word in (ReadOnlySpan<string>)["article", "body", "content", "entry", "main", "post", "story", "text"])
        {
            if (lower.Contains(word, StringComparison.Ordinal))
            {
                weight = 25;
                break;
            }
        }

        foreach (var word in (ReadOnlySpan<string>)["comment", "footer", "sidebar", "widget", "meta", "promo", "related", "share", "sponsor", "tag"])
        {
            if (lower.Contains(word, StringComparison.Ordinal))
            {
                return weight - 25;
            }
        }

        return weight;
    }

    /// <summary>Share of the element's non-space characters that sit inside links.</summary>
    private static double LinkDensity(IElement element)
    {
        var total = CountNonSpace(element.TextContent);
        if (total == 0)
        {
            return 0;
        }

        var linked = 0;
        foreach (var link in element.GetElementsByTagName("a"))
        {
            linked += CountNonSpace(link.TextContent);
        }

        return Math.Min(1.0, (double)linked / total);
    }

    /// <summary>Non-space characters of the element's text outside links: a measure of its prose.</summary>
    public static int ProseChars(IElement element)
    {
        var total = 0;
        var pending = new Stack<INode>();
        pending.Push(element);
        while (pending.Count > 0)
        {
            var node = pending.Pop();
            if (node.NodeType == NodeType.Text)
            {
                total += CountNonSpace(node.TextContent);
                continue;
            }

            if (node is IElement { LocalName: "a" })
            {
                continue;
            }

            for (var child = node.FirstChild; child is not null; child = child.NextSibling)
            {
                pending.Push(child);
            }
        }

        return total;
    }

    private static int CountNonSpace(string text)
    {
        var count = 0;
        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c))
            {
                count++;
            }
        }

        return count;
    }
}
