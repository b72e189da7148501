using System.Text.Json;

namespace Crosswire.Summarization.Briefs;

/// <summary>
/// Writes briefs as JSON: <c>{"stories":[{"id","headline","sources":[{"number","article","outlet","title",
/// "published","origin","url","copyOf"}],"summary":[{"text","sources":["a1","a2"],"span":{"article","start",
/// "length"}}]}]}</c>. Unknown fields are written as null, so every story has the same shape.
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
        json.WriteStartArray("sources");
        foreach (var source in brief.Sources)
        {
            json.WriteStartObject();
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
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("summary");
        foreach (var sentence in brief.Summary)
        {
            json.WriteStartObject();
            json.WriteString("text", sentence.Text);
            json.WriteStartArray("sources");
            foreach (var source in sentence.Sources)
            {
                json.WriteStringValue(source);
            }

            json.WriteEndArray();
            json.WriteStartObject("span");
            json.WriteString("article", sentence.ArticleId);
            json.WriteNumber("start", sentence.Span.Start);
            json.WriteNumber("length", sentence.Span.Length);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }
}
