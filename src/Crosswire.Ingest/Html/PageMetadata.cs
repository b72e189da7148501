using System.Text.Json;
using AngleSharp.Dom;
using Crosswire.Ingest.Dates;

namespace Crosswire.Ingest.Html;

/// <summary>
/// The metadata of a news page: title (<c>og:title</c>, JSON-LD <c>headline</c>, <c>&lt;h1&gt;</c>,
/// <c>&lt;title&gt;</c>, each without a trailing <c>| Outlet</c>), outlet (<c>og:site_name</c>, JSON-LD
/// <c>publisher.name</c>), publication date (<c>article:published_time</c> and similar meta tags, JSON-LD
/// <c>datePublished</c>, <c>&lt;time datetime&gt;</c>), URL (canonical link, <c>og:url</c>, JSON-LD) and
/// language (<c>&lt;html lang&gt;</c>).
/// </summary>
internal sealed record PageMetadata(string? Title, string? Source, DateTimeOffset? Published, string? Url, string? Language)
{
    private static readonly HashSet<string> s_articleTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        "NewsArticle", "Article", "ReportageNewsArticle", "AnalysisNewsArticle", "OpinionNewsArticle",
        "BackgroundNewsArticle", "ReviewNewsArticle", "BlogPosting", "LiveBlogPosting", "Report",
    };

    private static readonly string[] s_dateMetaNames =
    [
        "article:published_time", "og:article:published_time", "datepublished", "pubdate", "publishdate",
        "publish-date", "publication_date", "date", "dc.date", "dc.date.issued", "dcterms.created", "sailthru.date",
        "parsely-pub-date",
    ];

    /// <summary>Reads the metadata of <paramref name="document"/> (before any element is removed).</summary>
    public static PageMetadata Read(IDocument document, PageIndex index, int maxDepth)
    {
        var meta = MetaValues(index);
        var linked = LinkedData.Find(index, maxDepth);

        var source = Collapse(meta.GetValueOrDefault("og:site_name")) ?? Collapse(linked.Publisher);

        var title = CleanTitle(meta.GetValueOrDefault("og:title"), source)
            ?? CleanTitle(linked.Headline, source)
            ?? CleanTitle(index.FirstHeading?.TextContent, source)
            ?? CleanTitle(document.Title, source);

        DateTimeOffset? published = null;
        foreach (var name in s_dateMetaNames)
        {
            published ??= PublishedDateParser.Parse(meta.GetValueOrDefault(name));
        }

        published ??= PublishedDateParser.Parse(linked.DatePublished);
        published ??= PublishedDateParser.Parse(index.Time?.GetAttribute("datetime"));

        var url = Collapse(index.Canonical?.GetAttribute("href"))
            ?? Collapse(meta.GetValueOrDefault("og:url"))
            ?? Collapse(linked.Url);

        return new PageMetadata(title, source, published, url, LanguageCode(document.DocumentElement?.GetAttribute("lang")));
    }

    /// <summary>The ISO 639-1 part of a language tag (<c>en-GB</c> gives <c>en</c>), or null.</summary>
    public static string? LanguageCode(string? tag)
    {
        if (string.IsNullOrWhiteSpace(tag))
        {
            return null;
        }

        var primary = tag.Trim().Split('-', '_')[0];
        return primary.Length == 2 && char.IsAsciiLetter(primary[0]) && char.IsAsciiLetter(primary[1])
            ? primary.ToLowerInvariant()
            : null;
    }

    /// <summary>White space collapsed to single spaces and trimmed; null when nothing is left.</summary>
    public static string? Collapse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        return string.Join(' ', value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>The title without a trailing outlet name: <c>Floods close the coast road | The Gazette</c>
    /// loses everything after the pipe; a dash or colon part goes only when it is the outlet's name.</summary>
    public static string? CleanTitle(string? title, string? source)
    {
        var text = Collapse(title);
        if (text is null)
        {
            return null;
        }

        foreach (var separator in (ReadOnlySpan<string>)[" | ", " - ", " – ", " — ", " :: ", " · ", ": "])
        {
            var index = text.LastIndexOf(separator, StringComparison.Ordinal);
            if (index <= 0)
            {
                continue;
            }

            var tail = text.AsSpan(index + separator.Length).Trim();
            if ((source is not null && tail.Equals(source, StringComparison.OrdinalIgnoreCase)) || separator == " | ")
            {
                return text[..index].Trim();
            }
        }

        return text;
    }

    private static Dictionary<string, string> MetaValues(PageIndex index)
    {
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var element in index.Metas)
        {
            var key = element.GetAttribute("property") ?? element.GetAttribute("name") ?? element.GetAttribute("itemprop");
            var content = element.GetAttribute("content");
            if (key is not null && content is not null)
            {
                values.TryAdd(key.Trim(), content);
            }
        }

        return values;
    }

    /// <summary>What the JSON-LD blocks of a page say about its article.</summary>
    private sealed record LinkedData(string? Headline, string? Publisher, string? DatePublished, string? Url)
    {
        public static LinkedData Find(PageIndex index, int maxDepth)
        {
            var options = new JsonDocumentOptions
            {
                MaxDepth = maxDepth,
                AllowTrailingCommas = true,
                CommentHandling = JsonCommentHandling.Skip,
            };
            foreach (var script in index.LinkedData)
            {
                try
                {
                    using var json = JsonDocument.Parse(script.TextContent, options);
                    var article = FindArticle(json.RootElement, 0);
                    if (article is { } found)
                    {
                        return new LinkedData(
                            StringOf(found, "headline") ?? StringOf(found, "name"),
                            PublisherName(found),
                            StringOf(found, "datePublished") ?? StringOf(found, "dateCreated"),
                            StringOf(found, "url") ?? IdOf(found, "mainEntityOfPage"));
                    }
                }
                catch (JsonException)
                {
                    // Broken JSON-LD is common on real pages; the other metadata sources still apply.
                }
            }

            return new LinkedData(null, null, null, null);
        }

        private static JsonElement? FindArticle(JsonElement element, int depth)
        {
            if (depth > 8)
            {
                return null;
            }

            if (element.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in element.EnumerateArray())
                {
                    if (FindArticle(item, depth + 1) is { } found)
                    {
                        return found;
                    }
                }

                return null;
            }

            if (element.ValueKind != JsonValueKind.Object)
            {
                return null;
            }

            if (element.TryGetProperty("@type", out var type) && IsArticleType(type))
            {
                return element;
            }

            return element.TryGetProperty("@graph", out var graph) ? FindArticle(graph, depth + 1) : null;
        }

        private static bool IsArticleType(JsonElement type) => type.ValueKind switch
        {
            JsonValueKind.String => s_articleTypes.Contains(type.GetString()!),
            JsonValueKind.Array => type.EnumerateArray().Any(t => t.ValueKind == JsonValueKind.String && s_articleTypes.Contains(t.GetString()!)),
            _ => false,
        };

        private static string? PublisherName(JsonElement article)
        {
            if (!article.TryGetProperty("publisher", out var publisher))
            {
                return null;
            }

            if (publisher.ValueKind == JsonValueKind.Array)
            {
                publisher = publisher.EnumerateArray().FirstOrDefault();
            }

            return publisher.ValueKind switch
            {
                JsonValueKind.String => publisher.GetString(),
                JsonValueKind.Object => StringOf(publisher, "name"),
                _ => null,
            };
        }

        private static string? StringOf(JsonElement element, string name) =>
            element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

        private static string? IdOf(JsonElement element, string name)
        {
            if (!element.TryGetProperty(name, out var value))
            {
                return null;
            }

            return value.ValueKind == JsonValueKind.Object ? StringOf(value, "@id") : value.ValueKind == JsonValueKind.String ? value.GetString() : null;
        }
    }
}
