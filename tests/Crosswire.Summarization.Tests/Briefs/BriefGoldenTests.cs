using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Crosswire.Core.Documents;
using Crosswire.Summarization.Briefs;
using Crosswire.Summarization.Tests.Extractive;
using Crosswire.TestKit;
using Xunit;

namespace Crosswire.Summarization.Tests.Briefs;

/// <summary>
/// The brief of an invented story, rendered as Markdown and JSON, compared with the golden files in
/// Briefs/Golden. Run with <c>CROSSWIRE_UPDATE_GOLDEN=1</c> to rewrite them after a deliberate change, then
/// read the diff.
/// </summary>
public sealed class BriefGoldenTests
{
    private static readonly DateTimeOffset s_sunday = new(2026, 3, 8, 23, 10, 0, TimeSpan.Zero);

    [Fact]
    public void BriefMarkdown_MatchesGolden() => AssertGolden("wenlow-flood.md", BriefMarkdownWriter.Write(Brief()));

    [Fact]
    public void BriefJson_MatchesGolden()
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            BriefJsonWriter.Write(json, [Brief()]);
        }

        AssertGolden("wenlow-flood.json", Encoding.UTF8.GetString(stream.ToArray()).ReplaceLineEndings("\n") + "\n");
    }

    [Fact]
    public void BriefMarkdown_EscapesMarkupInArticleText()
    {
        Assert.Equal(@"a \*bold\* \[1\] \<b\>", BriefMarkdownWriter.Escape("a *bold* [1] <b>"));
    }

    [Fact]
    public void Brief_HeadlineFallsBackToTheSummaryWhenNoArticleHasATitle()
    {
        var brief = new BriefAssembler().Assemble("untitled", StoryKit.Story(
            "The river Ossel flooded the centre of Wenlow on Sunday night, forcing two hundred residents from their homes and closing the main bridge."), 100);

        Assert.StartsWith("The river Ossel flooded", brief.Headline, StringComparison.Ordinal);
        Assert.EndsWith("…", brief.Headline, StringComparison.Ordinal);
    }

    private static StoryBrief Brief()
    {
        List<AnalyzedArticle> articles =
        [
            StoryKit.Analyzed(
                "Flood water from the river Ossel swept through the centre of Wenlow on Sunday night, forcing two hundred residents from their homes.\n\n"
                + "The town council opened an emergency shelter in the Wenlow sports hall on Monday morning.\n\n"
                + "Local baker Imre Falk said the water had reached the counter of his shop within an hour.",
                "valley-post", "Valley Post", "Two hundred leave homes as Ossel floods Wenlow", s_sunday.AddHours(2)),
            StoryKit.Analyzed(
                "Two hundred residents of Wenlow left their homes after the river Ossel flooded the town centre on Sunday night.\n\n"
                + "An emergency shelter opened in the Wenlow sports hall, the town council said on Monday.\n\n"
                + "The regional water board said its engineers would inspect the Ossel flood wall this week.",
                "ossel-courier", "Ossel Courier", "Wenlow flood: shelter opens in sports hall", s_sunday.AddHours(9)),
            StoryKit.Analyzed(
                "Two hundred residents of Wenlow left their homes after the river Ossel flooded the town centre on Sunday night.\n\n"
                + "An emergency shelter opened in the Wenlow sports hall, the town council said on Monday.\n\n"
                + "The regional water board said its engineers would inspect the Ossel flood wall this week.",
                "county-digest", "County Digest", "Shelter opens after Wenlow flood", s_sunday.AddHours(11)),
        ];
        return new BriefAssembler().Assemble("wenlow-flood", articles, 60);
    }

    private static void AssertGolden(string name, string actual)
    {
        var path = Path.Combine(RepoPaths.Root, "tests", "Crosswire.Summarization.Tests", "Briefs", "Golden", name);
        if (Environment.GetEnvironmentVariable("CROSSWIRE_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(path, actual);
        }

        var expected = File.ReadAllText(path).ReplaceLineEndings("\n");
        Assert.True(expected == actual, $"{name} differs from the golden file.\n--- expected\n{expected}\n--- actual\n{actual}");
    }
}
