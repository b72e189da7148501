using System.Globalization;
using System.Text.Json;
using Crosswire.Cli.Hosting;
using Crosswire.Storage.Stories;

namespace Crosswire.Cli.Rendering;

/// <summary>Renders stored stories the same way in every command: a table or JSON objects.</summary>
public static class StoryListing
{
    private const int MaxOutletsShown = 4;

    /// <summary>Writes <paramref name="stories"/> as a table (id, headline, articles, outlets, first and last
    /// seen) under <paramref name="title"/>.</summary>
    public static void RenderTable(CliConsole console, IEnumerable<StorySummary> stories, string? title = null)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(stories);
        var table = new TextTable(
            new TableColumn("Story"),
            new TableColumn("Headline", MaxWidth: 60),
            new TableColumn("Articles", AlignRight: true),
            new TableColumn("Outlets", MaxWidth: 40),
            new TableColumn("First seen"),
            new TableColumn("Last seen"));
        foreach (var story in stories)
        {
            table.AddRow(
                story.Id,
                story.Headline,
                story.ArticleCount.ToString(CultureInfo.InvariantCulture),
                Outlets(story),
                Time(story.FirstSeen),
                Time(story.LastSeen));
        }

        table.Render(console, title);
    }

    /// <summary>Writes <paramref name="story"/> as one JSON object.</summary>
    public static void WriteJson(Utf8JsonWriter json, StorySummary story)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(story);
        json.WriteStartObject();
        json.WriteString("id", story.Id);
        json.WriteString("headline", story.Headline);
        json.WriteNumber("articles", story.ArticleCount);
        json.WriteStartArray("outlets");
        foreach (var outlet in story.Outlets)
        {
            json.WriteStringValue(outlet);
        }

        json.WriteEndArray();
        json.WriteString("firstSeen", story.FirstSeen);
        json.WriteString("lastSeen", story.LastSeen);
        json.WriteEndObject();
    }

    private static string Outlets(StorySummary story) =>
        story.Outlets.Length <= MaxOutletsShown
            ? string.Join(", ", story.Outlets)
            : string.Join(", ", story.Outlets.Take(MaxOutletsShown)) + string.Create(CultureInfo.InvariantCulture, $" +{story.Outlets.Length - MaxOutletsShown}");

    private static string Time(DateTimeOffset time) =>
        time.ToUniversalTime().ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
}
