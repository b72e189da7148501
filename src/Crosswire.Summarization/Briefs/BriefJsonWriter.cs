using System.Text.Json;

namespace Crosswire.Summarization.Briefs;

/// <summary>
/// Writes briefs as JSON: <c>{"stories":[{"id","headline","sources":[{"number","article","outlet","title",
/// "published","origin","url","copyOf"}],"summary":[{"text","sources":["a1","a2"],"span":{"article","start",
/// "length"}}]}]}</c>, and when the story has been compared also <c>claims</c>, <c>quotes</c>, <c>entities</c>
/// and <c>timeline</c> in the shape of issue 5. Unknown fields are written as null, so every story has the same shape.
/// </summary>
public static class BriefJsonWriter
{
    /// <summary>Writes <c>{"stories":[...]}</c>.</summary>
    public static void Write(Utf8JsonWriter json, IEnumerable<StoryBrief> briefs)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(briefs);
        json.WriteStartObject();
        json.WriteStartArray("stories");
        foreach (var brief in briefs)
        {
            WriteStory(json, brief);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>Writes one story object.</summary>
    public static void WriteStory(Utf8JsonWriter json, StoryBrief brief)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(brief);
        json.WriteStartObject();
        json.WriteString("id", brief.Id);
        json.WriteString("headline", brief.Headline);
        WriteObjects(json, "sources", brief.Sources, static (json, source) =>
        {
            json.WriteNumber("number", source.Number);
            json.WriteString("article", source.ArticleId);
            json.WriteString("outlet", source.Outlet);
            json.WriteString("title", source.Title);
            if (source.Published is { } published)
            {
                json.WriteString("published", published);
            }
            else
            {
                json.WriteNull("published");
            }

            json.WriteString("origin", source.Origin);
            json.WriteString("url", source.Url);
            json.WriteString("copyOf", source.CopyOf);
        });
        WriteObjects(json, "summary", brief.Summary, static (json, sentence) =>
        {
            json.WriteString("text", sentence.Text);
            WriteIds(json, "sources", sentence.Sources);
            json.WriteStartObject("span");
            json.WriteString("article", sentence.ArticleId);
            json.WriteNumber("start", sentence.Span.Start);
            json.WriteNumber("length", sentence.Span.Length);
            json.WriteEndObject();
        });
        if (brief.IsCompared)
        {
            WriteComparison(json, brief);
        }

        json.WriteEndObject();
    }

    /// <summary>The claims, quotes, entities and timeline in the shape of issue 5:
    /// <c>"claims":[{"text","status","sources","variants":[{"text","sources"}]}]</c>,
    /// <c>"quotes":[{"text","speaker","sources"}]</c>, <c>"entities":[{"name","type","mentions":{"a1":3}}]</c>,
    /// <c>"timeline":[{"date","text","sources"}]</c>.</summary>
    private static void WriteComparison(Utf8JsonWriter json, StoryBrief brief)
    {
        WriteObjects(json, "claims", brief.Claims, static (json, claim) =>
        {
            json.WriteString("text", claim.Text);
            json.WriteString("status", StatusName(claim.Status));
            WriteIds(json, "sources", claim.Sources);
            WriteObjects(json, "variants", claim.Variants, static (json, variant) =>
            {
                json.WriteString("text", variant.Text);
                WriteIds(json, "sources", variant.Sources);
            });
        });
        WriteObjects(json, "quotes", brief.Quotes, static (json, quote) =>
        {
            json.WriteString("text", quote.Text);
            json.WriteString("speaker", quote.Speaker);
            WriteIds(json, "sources", quote.Sources);
        });
        WriteObjects(json, "entities", brief.Entities, static (json, entity) =>
        {
            json.WriteString("name", entity.Name);
            json.WriteString("type", entity.Type);
            json.WriteStartObject("mentions");
            foreach (var (article, count) in entity.Mentions)
            {
                json.WriteNumber(article, count);
            }

            json.WriteEndObject();
        });
        WriteObjects(json, "timeline", brief.Timeline, static (json, entry) =>
        {
            json.WriteString("date", entry.Date);
            json.WriteString("text", entry.Text);
            WriteIds(json, "sources", entry.Sources);
        });
    }

    /// <summary>The status as the JSON and the renderers name it.</summary>
    public static string StatusName(BriefClaimStatus status) => status switch
    {
        BriefClaimStatus.Corroborated => "corroborated",
        BriefClaimStatus.SingleSource => "single-source",
        _ => "conflict",
    };

    /// <summary>Writes <c>"name":[{...},...]</c>, each object's members by <paramref name="members"/>.</summary>
    private static void WriteObjects<T>(Utf8JsonWriter json, string name, IEnumerable<T> items, Action<Utf8JsonWriter, T> members)
    {
        json.WriteStartArray(name);
        foreach (var item in items)
        {
            json.WriteStartObject();
            members(json, item);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteIds(Utf8JsonWriter json, string name, IEnumerable<string> ids)
    {
        json.WriteStartArray(name);
        foreach (var id in ids)
        {
            json.WriteStringValue(id);
        }

        json.WriteEndArray();
    }
}
