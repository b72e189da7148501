using System.Text.Json;
using Crosswire.TestKit;
using Xunit;

namespace Crosswire.Cli.Tests;

/// <summary><c>crosswire cluster</c>, run as a child process on an invented dataset.</summary>
public sealed class ClusterCommandTests
{
    private static readonly CliRunner s_cli = new();

    private static readonly string[] s_lines =
    [
        Cluster("tide-000",
            "The Saltmere tidal barrier failed to close on Sunday night and seawater flooded the lower streets of Saltmere harbour. Engineer Rosa Quillan said a jammed hydraulic gate stopped the Saltmere barrier. The Saltmere council opened an emergency shelter in the town hall for flooded families.",
            "Rosa Quillan, the engineer in charge of the Saltmere tidal barrier, blamed a jammed hydraulic gate for Sunday's flooding. Seawater reached the lower streets of Saltmere harbour before the barrier was closed by hand. Flooded families spent the night in the Saltmere town hall shelter."),
        Cluster("orchard-001",
            "A late frost destroyed most of the apple blossom in the Fennick valley orchards this week. Grower Abel Tansy said the Fennick harvest would be the smallest in twenty years. The Fennick growers cooperative asked the region for frost relief payments for orchards.",
            "Orchards across the Fennick valley lost their apple blossom to frost, and grower Abel Tansy expects a tiny harvest. The Fennick growers cooperative wants frost relief payments for apple orchards after the blossom froze."),
        "{not json",
        Cluster("chess-002",
            "The junior chess championship in Brackley ended with a surprise as twelve-year-old Nia Okafor beat the defending champion in a long endgame. Organisers said a record number of schools entered the Brackley chess tournament this year."),
    ];

    [Fact]
    public void Cluster_InventedDataset_WritesStoriesAndPrintsBCubed()
    {
        using var temp = new TempDirectory();
        var dataset = temp.Write("invented.jsonl", string.Join('\n', s_lines));
        var output = Path.Combine(temp.Path, "stories.jsonl");

        var result = s_cli.Run("cluster", "--dataset", dataset, "--out", output);

        Assert.True(result.ExitCode == 1, result.ToString());
        var rejection = Assert.Single(result.ErrLines);
        Assert.Matches(@"^rejected: .*invented\.jsonl.*3.*\[E\d{3}\]$", rejection);
        Assert.Contains("B-cubed precision 1.0000  recall 1.0000  F1 1.0000", result.StdOut, StringComparison.Ordinal);
        Assert.Contains("over the 5 articles with content: precision 1.0000  recall 1.0000  F1 1.0000", result.StdOut, StringComparison.Ordinal);
        Assert.Contains("contentless one alone: precision 1.0000  recall 1.0000  F1 1.0000", result.StdOut, StringComparison.Ordinal);

        var stories = File.ReadAllLines(output).Select(line =>
        {
            using var json = JsonDocument.Parse(line);
            return (Article: json.RootElement.GetProperty("article").GetString()!, Story: json.RootElement.GetProperty("story").GetString()!);
        }).ToDictionary(pair => pair.Article, pair => pair.Story);
        Assert.Equal(["chess-002/a1", "orchard-001/a1", "orchard-001/a2", "tide-000/a1", "tide-000/a2"], stories.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(stories["tide-000/a1"], stories["tide-000/a2"]);
        Assert.Equal(stories["orchard-001/a1"], stories["orchard-001/a2"]);
        Assert.Equal(3, stories.Values.Distinct().Count());
    }

    [Fact]
    public void Cluster_ShuffleWithTheSameSeedGivesTheSameStories()
    {
        using var temp = new TempDirectory();
        var dataset = temp.Write("invented.jsonl", string.Join('\n', s_lines.Where(line => line.StartsWith('{') && line.Length > 20)));
        var first = Path.Combine(temp.Path, "first.jsonl");
        var second = Path.Combine(temp.Path, "second.jsonl");

        var one = s_cli.Run("cluster", "--dataset", dataset, "--out", first, "--shuffle", "7");
        var two = s_cli.Run("cluster", "--dataset", dataset, "--out", second, "--shuffle", "7");

        Assert.True(one.ExitCode == 0, one.ToString());
        Assert.Equal(one.StdOut, two.StdOut);
        Assert.Equal(File.ReadAllText(first), File.ReadAllText(second));
    }

    [Fact]
    public void Cluster_MissingDataset_IsAClearError()
    {
        using var temp = new TempDirectory();
        var result = s_cli.Run("cluster", "--dataset", Path.Combine(temp.Path, "absent.jsonl"), "--out", Path.Combine(temp.Path, "out.jsonl"));

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains("absent.jsonl", result.StdErr, StringComparison.Ordinal);
        Assert.Contains("E001", result.StdErr, StringComparison.Ordinal);
    }

    private static string Cluster(string id, params string[] texts) => JsonSerializer.Serialize(new
    {
        id,
        articles = texts.Select((text, i) => new { id = $"a{i + 1}", text }),
        reference = "Written for the Crosswire tests.",
    });
}
