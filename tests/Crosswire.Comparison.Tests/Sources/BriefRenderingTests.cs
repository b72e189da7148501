using System.Text;
using System.Text.Json;
using Crosswire.Summarization.Briefs;
using Crosswire.TestKit;
using Xunit;

namespace Crosswire.Comparison.Tests.Sources;

public sealed class BriefRenderingTests
{
    private static string Golden(string name) =>
        Path.Combine(RepoPaths.Fixtures("Crosswire.Comparison.Tests"), "briefs", name);

    /// <summary>Compares with the golden file; with CROSSWIRE_UPDATE_GOLDEN=1 rewrites it instead.</summary>
    private static void AssertGolden(string name, string actual)
    {
        var path = Golden(name);
        if (Environment.GetEnvironmentVariable("CROSSWIRE_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(path, actual);
        }

        Assert.True(File.Exists(path), $"golden file {path} is missing (run with CROSSWIRE_UPDATE_GOLDEN=1)");
        Assert.Equal(File.ReadAllText(path).ReplaceLineEndings("\n"), actual.ReplaceLineEndings("\n"));
    }

    private static string Json(StoryBrief brief)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            BriefJsonWriter.Write(json, [brief]);
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    [Fact]
    public void BriefMarkdownWriter_WritesTheComparisonSections_Golden() =>
        AssertGolden("ashcombe-dam.md", BriefMarkdownWriter.Write(BriefStory.Brief()));

    [Fact]
    public void BriefJsonWriter_WritesTheIssueShape_Golden() =>
        AssertGolden("ashcombe-dam.json", Json(BriefStory.Brief()));

    [Fact]
    public void BriefHtmlWriter_WritesAStandalonePage_Golden() =>
        AssertGolden("ashcombe-dam.html", BriefHtmlWriter.Write([BriefStory.Brief()]));

    [Fact]
    public void BriefJsonWriter_StoryHasEveryIssueField()
    {
        using var document = JsonDocument.Parse(Json(BriefStory.Brief()));
        var story = document.RootElement.GetProperty("stories")[0];
        foreach (var field in new[] { "id", "headline", "sources", "summary", "claims", "quotes", "entities", "timeline" })
        {
            Assert.True(story.TryGetProperty(field, out _), $"missing {field}");
        }

        var claim = story.GetProperty("claims")[0];
        Assert.Equal("conflict", claim.GetProperty("status").GetString());
        Assert.True(claim.GetProperty("variants").GetArrayLength() >= 2);
        Assert.Equal(JsonValueKind.Object, story.GetProperty("entities")[0].GetProperty("mentions").ValueKind);
    }

    [Fact]
    public void BriefHtmlWriter_EncodesHostileArticleText()
    {
        var hostile = BriefStory.Articles.ToArray();
        hostile[0] = hostile[0] with
        {
            Source = "Evil <b>Outlet</b>",
            Title = "Dam <script>alert('title')</script>",
            Text = hostile[0].Text + "\n\nThe engineers said the crack <script>alert('x')</script> was 4 metres long <img src=x onerror=alert(1)> and \"growing\" since January.",
        };

        var html = BriefHtmlWriter.Write([BriefStory.Brief(hostile)]);

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<b>Outlet", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
    }
}
