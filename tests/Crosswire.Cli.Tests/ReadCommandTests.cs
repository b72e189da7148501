using System.Text;
using System.Text.Json;
using Crosswire.TestKit;
using Xunit;

namespace Crosswire.Cli.Tests;

/// <summary><c>crosswire read</c>, run as a child process on the bundled examples and on bad inputs.</summary>
public sealed class ReadCommandTests
{
    private static readonly CliRunner s_cli = new();

    [Fact]
    public void Read_ListsEveryArticleOfAStoryFolder()
    {
        var result = s_cli.Run("read", "examples/harbour-bridge/");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal("", result.StdErr);
        string[] ids =
        [
            "bayline-news-88213", "bayline-news-88190", "coastline-wire", "northlight-20261014-merriman-collapse",
            "port-ardent-gazette",
        ];
        foreach (var id in ids)
        {
            Assert.Contains(result.OutLines, line => line.StartsWith(id + " ", StringComparison.Ordinal));
        }

        Assert.Contains("Coastline Wire", result.StdOut, StringComparison.Ordinal);
        Assert.Contains("examples/harbour-bridge/northlight-news.jsonl:2", result.StdOut, StringComparison.Ordinal);
        Assert.StartsWith("6 articles, 0 rejected, ", result.OutLines[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void Read_AllExamples_ReadsEveryFormat()
    {
        var result = s_cli.Run("read", "examples/");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Empty(result.ErrLines);
        foreach (var origin in new[] { ".txt", ".html", ".jsonl:1", ".rss#1", ".atom#2" })
        {
            Assert.Contains(origin, result.StdOut, StringComparison.Ordinal);
        }

        Assert.StartsWith("22 articles, 0 rejected, ", result.OutLines[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void Read_BadInputs_AreNamedWithTheirCodesAndTheRestOfTheBatchGoesOn()
    {
        using var temp = new TempDirectory();
        temp.Write("empty.txt", "");
        temp.Write("binary.txt", [0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52, 0x00, 0x01]);
        temp.Write("mixed.jsonl", """
            {"id": "saleby-1", "title": "Ferry returns to Saleby", "text": "The ferry to Saleby ran again on Monday after a week of storms. Crews cleared the slipway overnight."}
            {"id": "saleby-2", "title": "broken", "text": "The line ends before the
            {"id": "saleby-3", "title": "Quay repairs approved", "text": "The council approved repairs to the quay. Work starts in March."}
            """);
        temp.Write("notes.md", "# Notes on the Saleby stories\n");
        temp.Write("good.txt", "Title: Lighthouse keeper retires\nSource: Saleby Courier\n\nThe last keeper of the Saleby light retired on Friday after thirty years. She will stay in the town.\n");

        var result = s_cli.Run("read", temp.Path);

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains(result.ErrLines, line => line.StartsWith("rejected: ", StringComparison.Ordinal) && line.Contains("empty.txt", StringComparison.Ordinal) && line.EndsWith("[E002]", StringComparison.Ordinal));
        Assert.Contains(result.ErrLines, line => line.Contains("binary.txt", StringComparison.Ordinal) && line.EndsWith("[E004]", StringComparison.Ordinal));
        Assert.Contains(result.ErrLines, line => line.Contains("mixed.jsonl:2", StringComparison.Ordinal) && line.EndsWith("[E006]", StringComparison.Ordinal));
        Assert.Contains(result.ErrLines, line => line.Contains("notes.md", StringComparison.Ordinal) && line.EndsWith("[E005]", StringComparison.Ordinal));
        Assert.Equal(4, result.ErrLines.Count);
        foreach (var id in new[] { "saleby-1", "saleby-3", "good" })
        {
            Assert.Contains(result.OutLines, line => line.StartsWith(id + " ", StringComparison.Ordinal));
        }

        Assert.StartsWith("3 articles, 4 rejected, ", result.OutLines[^1], StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.StdErr, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_NothingReadable_ExitsTwo()
    {
        using var temp = new TempDirectory();
        temp.Write("empty.txt", "");

        var result = s_cli.Run("read", temp.Path);

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains("[E002]", result.StdErr, StringComparison.Ordinal);
        Assert.StartsWith("0 articles, 1 rejected, ", result.OutLines[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void Read_MissingPath_IsRejectedAsNotFound()
    {
        var result = s_cli.Run("read", "examples/no-such-story/", "examples/harbour-bridge/coastline-wire.txt");

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains(result.ErrLines, line => line.Contains("examples/no-such-story", StringComparison.Ordinal) && line.EndsWith("[E001]", StringComparison.Ordinal));
        Assert.StartsWith("1 article, 1 rejected, ", result.OutLines[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void Read_UsageErrors_ExitTwoWithoutOutput()
    {
        var noPath = s_cli.Run("read");
        var badFormat = s_cli.Run("read", "examples/", "--format", "xml");
        var unknownOption = s_cli.Run("read", "examples/", "--colour");

        foreach (var result in new[] { noPath, badFormat, unknownOption })
        {
            Assert.True(result.ExitCode == 2, result.ToString());
            Assert.Equal("", result.StdOut);
            Assert.NotEqual("", result.StdErr);
            Assert.DoesNotContain("   at ", result.StdErr, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Read_RegressionUnknownOptionWasReadAsAMissingFile()
    {
        // The parser gave "--colour" to the PATH argument, so it was rejected as a file not found (E001)
        // after the examples had been listed, and the run exited 1.
        var result = s_cli.Run("read", "examples/", "--colour");

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Equal("", result.StdOut);
        Assert.Contains("'--colour'", result.StdErr, StringComparison.Ordinal);
        Assert.DoesNotContain("[E001]", result.StdErr, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_JsonFormat_IsParseableAndMatchesTheTable()
    {
        var result = s_cli.Run("read", "examples/", "--format", "json");

        Assert.True(result.ExitCode == 0, result.ToString());
        using var json = JsonDocument.Parse(result.StdOut);
        var root = json.RootElement;
        var articles = root.GetProperty("articles").EnumerateArray().ToList();
        Assert.Equal(22, articles.Count);
        var gazette = articles.Single(a => a.GetProperty("id").GetString() == "harbour-bridge/port-ardent-gazette");
        Assert.Equal("The Port Ardent Gazette", gazette.GetProperty("source").GetString());
        Assert.Equal(new DateTimeOffset(2026, 10, 14, 6, 30, 0, TimeSpan.FromHours(1)), gazette.GetProperty("published").GetDateTimeOffset());
        Assert.True(gazette.GetProperty("sentences").GetInt32() > 10);
        Assert.True(gazette.GetProperty("words").GetInt32() > gazette.GetProperty("sentences").GetInt32());
        Assert.Empty(root.GetProperty("rejected").EnumerateArray());
        var summary = root.GetProperty("summary");
        Assert.Equal(22, summary.GetProperty("articles").GetInt32());
        Assert.Equal(0, summary.GetProperty("rejected").GetInt32());
        Assert.Equal(articles.Sum(a => a.GetProperty("removedCount").GetInt32()), summary.GetProperty("removed").GetInt32());
        Assert.True(summary.GetProperty("removed").GetInt32() > 0);
    }

    [Fact]
    public void Read_Explain_ListsEveryRemovedPieceWithKindRuleAndText()
    {
        var result = s_cli.Run("read", "examples/harbour-bridge/coastline-wire.txt", "--explain");

        Assert.True(result.ExitCode == 0, result.ToString());
        var removed = result.OutLines.SkipWhile(line => line != "Removed boilerplate").Skip(2).ToList();
        Assert.Contains(removed, line => Columns(line) is ["coastline-wire", "Advertisement", "advertisement", "Advertisement"]);
        Assert.Contains(removed, line => Columns(line) is ["coastline-wire", "Byline", "byline", "By Nadia Shaw"]);
        Assert.Contains(removed, line => Columns(line) is ["coastline-wire", "Copyright", "copyright", "© 2026 Coastline Wire. All rights reserved."]);

        var json = s_cli.Run("read", "examples/harbour-bridge/coastline-wire.txt", "--explain", "--format", "json");
        using var document = JsonDocument.Parse(json.StdOut);
        var article = Assert.Single(document.RootElement.GetProperty("articles").EnumerateArray());
        var pieces = article.GetProperty("removed").EnumerateArray().ToList();
        Assert.Equal(article.GetProperty("removedCount").GetInt32(), pieces.Count);
        Assert.Equal(removed.Count - 1, pieces.Count); // the table ends with the summary line
        Assert.Contains(pieces, piece => piece.GetProperty("rule").GetString() == "contributor-note"
            && piece.GetProperty("text").GetString() == "Owen Tuck contributed reporting from Port Ardent.");
    }

    [Fact]
    public void Read_PipedOutput_HasNoAnsiEscapeCodes()
    {
        using var temp = new TempDirectory();
        temp.Write("empty.txt", "");
        var result = s_cli.Run("read", "examples/", temp.Path, "--explain");

        Assert.NotEqual("", result.StdOut);
        Assert.NotEqual("", result.StdErr); // the rejection of empty.txt
        Assert.DoesNotContain('\u001b', result.StdOut);
        Assert.DoesNotContain('\u001b', result.StdErr);
    }

    [Fact]
    public void Read_Stdin_ReadsTheArticleFromDash()
    {
        var input = "Title: Saleby lifeboat launched\nSource: Saleby Courier\nPublished: 2026-03-02T09:15:00+00:00\n\n"
            + "The Saleby lifeboat was launched twice on Sunday. Both crews returned safely before dark.\n";

        var result = s_cli.Run(["read", "-", "--format", "json"], input);

        Assert.True(result.ExitCode == 0, result.ToString());
        using var json = JsonDocument.Parse(result.StdOut);
        var article = Assert.Single(json.RootElement.GetProperty("articles").EnumerateArray());
        Assert.Equal("Saleby lifeboat launched", article.GetProperty("title").GetString());
        Assert.Equal("-", article.GetProperty("origin").GetString());
        Assert.Equal(2, article.GetProperty("sentences").GetInt32());
    }

    /// <summary>The cells of a plain table row: columns are separated by at least two spaces.</summary>
    private static string[] Columns(string line)
    {
        var cells = new List<string>();
        var cell = new StringBuilder();
        for (var i = 0; i < line.Length; i++)
        {
            if (line[i] == ' ' && i + 1 < line.Length && line[i + 1] == ' ')
            {
                if (cell.Length > 0)
                {
                    cells.Add(cell.ToString());
                    cell.Clear();
                }

                continue;
            }

            if (line[i] == ' ' && cell.Length == 0)
            {
                continue;
            }

            cell.Append(line[i]);
        }

        if (cell.Length > 0)
        {
            cells.Add(cell.ToString().TrimEnd());
        }

        return [.. cells];
    }
}
