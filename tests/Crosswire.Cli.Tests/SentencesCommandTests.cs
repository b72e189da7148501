using Crosswire.TestKit;
using Xunit;

namespace Crosswire.Cli.Tests;

/// <summary><c>crosswire sentences</c>, run as a child process.</summary>
public sealed class SentencesCommandTests
{
    private static readonly CliRunner s_cli = new();

    [Fact]
    public void Sentences_Stdin_PrintsOneSentenceALine()
    {
        var result = s_cli.Run(["sentences", "-"], "The ferry left Saleby at 9 a.m. on Monday. Dr. Ames was on board.\nShe said the crossing was calm.\n");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(
            ["The ferry left Saleby at 9 a.m. on Monday.", "Dr. Ames was on board.", "She said the crossing was calm."],
            result.OutLines);
        Assert.Equal("", result.StdErr);
    }

    [Fact]
    public void Sentences_Ids_PrefixesEachLineWithTheArticleIdAndATab()
    {
        var result = s_cli.Run("sentences", "--ids", "examples/harbour-bridge/northlight-news.jsonl");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.True(result.OutLines.Count > 20);
        Assert.All(result.OutLines, line => Assert.Matches("^northlight-20261014-merriman-(collapse|toll-revised)\t\\S", line));
        Assert.Contains(result.OutLines, line => line.StartsWith("northlight-20261014-merriman-collapse\t", StringComparison.Ordinal));
    }

    [Fact]
    public void Sentences_Default_DropsBoilerplateAndKeepBoilerplateKeepsIt()
    {
        const string Input = "By Jo Marsh\n\nThe quay reopened on Friday after repairs.\n\nAdvertisement\n\nTraders said business had already picked up.\n";

        var cleaned = s_cli.Run(["sentences", "-"], Input);
        var kept = s_cli.Run(["sentences", "--keep-boilerplate", "-"], Input);

        Assert.Equal(["The quay reopened on Friday after repairs.", "Traders said business had already picked up."], cleaned.OutLines);
        Assert.Contains("Advertisement", kept.OutLines);
        Assert.Contains("By Jo Marsh", kept.OutLines);
        Assert.Equal(4, kept.OutLines.Count);
    }

    [Fact]
    public void Sentences_RejectedInput_IsReportedOnStderrAndTheRestIsPrinted()
    {
        using var temp = new TempDirectory();
        var good = temp.Write("good.txt", "The lock gates were replaced in May. Boats can pass again.\n");
        var empty = temp.Write("empty.txt", "");

        var result = s_cli.Run("sentences", good, empty);

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Equal(["The lock gates were replaced in May.", "Boats can pass again."], result.OutLines);
        var line = Assert.Single(result.ErrLines);
        Assert.Matches("^rejected: .*empty\\.txt: .*\\[E002\\]$", line);
        Assert.DoesNotContain('\u001b', result.StdErr);
    }
}
