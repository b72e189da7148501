using System.Diagnostics;
using System.Text.Json;
using Crosswire.TestKit;
using Xunit;

namespace Crosswire.Cli.Tests.Commands;

/// <summary>
/// End to end through the built <c>crosswire</c> executable (beside the tests): <c>summarize</c> and
/// <c>rouge</c> on an invented two-cluster dataset, <c>brief</c> on the bundled example story, and the error
/// paths (exit codes, catalogue codes on stderr).
/// </summary>
public sealed class SummaryCommandsTests
{
    private const string Dataset =
        """
        {"id": "flood", "articles": [{"id": "a1", "text": "Flood water from the river Ossel swept through the centre of Wenlow on Sunday night, forcing two hundred residents from their homes.\n\nThe town council opened an emergency shelter in the Wenlow sports hall on Monday morning."}, {"id": "a2", "text": "Two hundred residents of Wenlow left their homes after the river Ossel flooded the town centre on Sunday night.\n\nAn emergency shelter opened in the Wenlow sports hall, the town council said on Monday."}], "reference": "The river Ossel flooded Wenlow on Sunday night and two hundred residents left their homes. The council opened a shelter in the sports hall."}
        {"id": "ferry", "articles": [{"id": "a1", "text": "The Harlow Point ferry will stop running for six weeks from Friday while its landing stage is rebuilt, the island council said."}], "reference": "The Harlow Point ferry stops for six weeks from Friday for repairs to its landing stage."}
        """;

    [Fact]
    public void SummarizeThenRouge_WritesOneLinePerClusterAndScoresIt()
    {
        using var temp = new TempDirectory();
        var dataset = temp.Write("dev.jsonl", Dataset);
        var output = Path.Combine(temp.Path, "out.jsonl");

        var summarize = Run("summarize", "--dataset", dataset, "--words", "40", "--out", output);
        Assert.Equal(0, summarize.ExitCode);
        var lines = File.ReadAllLines(output);
        Assert.Equal(2, lines.Length);
        using (var flood = JsonDocument.Parse(lines[0]))
        {
            Assert.Equal("flood", flood.RootElement.GetProperty("id").GetString());
            var sentences = flood.RootElement.GetProperty("sentences").EnumerateArray().ToList();
            var sources = flood.RootElement.GetProperty("sources").EnumerateArray().ToList();
            Assert.NotEmpty(sentences);
            Assert.Equal(sentences.Count, sources.Count);
            Assert.Equal(["a1", "a2"], sources[0].EnumerateArray().Select(s => s.GetString()).Order());
        }

        var rouge = Run("rouge", "--dataset", dataset, "--summaries", output, "--words", "40", "--format", "json");
        Assert.Equal(0, rouge.ExitCode);
        using var report = JsonDocument.Parse(rouge.Output);
        Assert.Equal(2, report.RootElement.GetProperty("topics").GetInt32());
        Assert.InRange(report.RootElement.GetProperty("rouge").GetProperty("ROUGE-1").GetProperty("f").GetProperty("average").GetDouble(), 20, 100);
    }

    [Fact]
    public void Rouge_BadAndUnmatchedSummaryLines_AreReportedAndTheRestScored()
    {
        using var temp = new TempDirectory();
        var dataset = temp.Write("dev.jsonl", Dataset);
        var summaries = temp.Write("out.jsonl", "{\"id\": \"flood\", \"sentences\": [\"Two hundred residents of Wenlow left their homes.\"]}\nnot json\n{\"id\": \"other\", \"sentences\": []}\n");

        var rouge = Run("rouge", "--dataset", dataset, "--summaries", summaries, "--words", "40");

        Assert.Equal(1, rouge.ExitCode);
        Assert.Contains("[E154]", rouge.Error, StringComparison.Ordinal);
        Assert.Contains("'other'", rouge.Error, StringComparison.Ordinal);
        Assert.Contains("'ferry'", rouge.Error, StringComparison.Ordinal);
        Assert.Contains("ROUGE-2", rouge.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Brief_ExampleStory_WritesMarkdownWithNumberedSourceMarkers()
    {
        var brief = Run("brief", Path.Combine(RepoPaths.Examples, "harbour-bridge"));

        Assert.Equal(0, brief.ExitCode);
        Assert.StartsWith("# ", brief.Output, StringComparison.Ordinal);
        Assert.Contains("[1]", brief.Output, StringComparison.Ordinal);
        Assert.Contains("## Sources", brief.Output, StringComparison.Ordinal);
        Assert.Contains("copy of [", brief.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Brief_Json_HasTheStoriesShape()
    {
        var brief = Run("brief", Path.Combine(RepoPaths.Examples, "state-visit"), "--format", "json", "--words", "120");

        Assert.Equal(0, brief.ExitCode);
        using var json = JsonDocument.Parse(brief.Output);
        var story = Assert.Single(json.RootElement.GetProperty("stories").EnumerateArray());
        Assert.False(string.IsNullOrEmpty(story.GetProperty("headline").GetString()));
        var sources = story.GetProperty("sources").EnumerateArray().Select(s => s.GetProperty("article").GetString()).ToHashSet();
        var summary = story.GetProperty("summary").EnumerateArray().ToList();
        Assert.NotEmpty(summary);
        Assert.All(summary, sentence => Assert.All(sentence.GetProperty("sources").EnumerateArray(), id => Assert.Contains(id.GetString(), sources)));
        Assert.True(summary.Sum(s => s.GetProperty("text").GetString()!.Split(' ').Length) <= 120);
    }

    [Fact]
    public void Brief_ManyStories_ClustersThemFirstAndWritesOneBriefPerStory()
    {
        var brief = Run("brief", RepoPaths.Examples, "--format", "json", "--words", "80");

        Assert.Equal(0, brief.ExitCode);
        using var json = JsonDocument.Parse(brief.Output);
        var stories = json.RootElement.GetProperty("stories").EnumerateArray()
            .Select(story => story.GetProperty("sources").EnumerateArray().Select(s => s.GetProperty("origin").GetString()!.Replace('\\', '/')).ToList())
            .ToList();
        Assert.True(stories.Count >= 3, brief.Output);
        Assert.Equal(stories.Sum(s => s.Count), stories.SelectMany(s => s).Distinct().Count());
        foreach (var folder in new[] { "harbour-bridge/", "state-visit/", "vaccine-trial/" })
        {
            // Every example story is one story, and no other folder's article joins it.
            var story = Assert.Single(stories, s => s.Any(origin => origin.Contains(folder, StringComparison.Ordinal)));
            Assert.All(story, origin => Assert.True(origin.Contains(folder, StringComparison.Ordinal) || origin.Contains("wire-feed", StringComparison.Ordinal), origin));
        }
    }

    [Fact]
    public void Brief_StoredStory_IsBriefedFromTheDatabase()
    {
        using var temp = new TempDirectory();
        var database = Path.Combine(temp.Path, "stories.db");
        Assert.Equal(0, Run("ingest", Path.Combine(RepoPaths.Examples, "harbour-bridge"), "--db", database).ExitCode);
        var stories = Run("stories", "--db", database, "--format", "json");
        using var listing = JsonDocument.Parse(stories.Output);
        var id = Assert.Single(listing.RootElement.GetProperty("stories").EnumerateArray()).GetProperty("id").GetString()!;

        var brief = Run("brief", "--story", id, "--db", database);
        var unknown = Run("brief", "--story", "s-unknown", "--db", database);
        var neither = Run("brief");

        Assert.Equal(0, brief.ExitCode);
        Assert.StartsWith("# ", brief.Output, StringComparison.Ordinal);
        Assert.Contains("## Sources", brief.Output, StringComparison.Ordinal);
        Assert.Equal(2, unknown.ExitCode);
        Assert.Contains("[E186]", unknown.Error, StringComparison.Ordinal);
        Assert.Equal(2, neither.ExitCode);
    }

    [Fact]
    public void Brief_CaptionOnlyArticle_FailsWithE152()
    {
        using var temp = new TempDirectory();
        var caption = temp.Write("caption.txt", "Photo: Getty Images\n");

        var brief = Run("brief", caption);

        Assert.Equal(2, brief.ExitCode);
        Assert.Contains("[E152]", brief.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Eval_NonPositiveBudget_FailsWithE150()
    {
        using var temp = new TempDirectory();
        var dataset = temp.Write("dev.jsonl", Dataset);

        var eval = Run("eval", "--dataset", dataset, "--words", "0");

        Assert.Equal(2, eval.ExitCode);
        Assert.Contains("[E150]", eval.Error, StringComparison.Ordinal);
    }

    private static (int ExitCode, string Output, string Error) Run(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = RepoPaths.Root,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "crosswire.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["CI"] = "true";
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output, error.Result);
    }
}
