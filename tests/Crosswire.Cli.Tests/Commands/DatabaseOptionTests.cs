using Crosswire.TestKit;
using Xunit;

namespace Crosswire.Cli.Tests.Commands;

/// <summary><c>--db</c> and <c>$CROSSWIRE_DB</c>, through the built executable.</summary>
public sealed class DatabaseOptionTests
{
    private static readonly CliRunner s_cli = new();

    [Theory]
    [InlineData("stories")]
    [InlineData("ingest")]
    [InlineData("serve")]
    public void Help_DatabaseFromTheEnvironment_NeverPrintsItsPassword(string command)
    {
        var environment = new Dictionary<string, string?> { ["CROSSWIRE_DB"] = "postgres://team:hunter2-secret@db.example:5432/news" };

        var result = s_cli.Run([command, "--help"], stdin: null, environment);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("$CROSSWIRE_DB", result.StdOut, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2-secret", result.StdOut + result.StdErr, StringComparison.Ordinal);
    }

    [Fact]
    public void Stories_DatabaseFromTheEnvironment_IsUsedWhenNoDbIsGiven()
    {
        using var temp = new TempDirectory();
        var database = Path.Combine(temp.Path, "team.db");
        var environment = new Dictionary<string, string?> { ["CROSSWIRE_DB"] = database };

        var result = s_cli.Run(["stories"], stdin: null, environment);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.True(File.Exists(database), "the store named by $CROSSWIRE_DB was not opened");
    }
}
