using System.Globalization;
using Crosswire.Summarization.Rouge;
using Crosswire.TestKit;
using Xunit;

namespace Crosswire.Summarization.Tests.Rouge;

/// <summary>
/// The key acceptance check: every row that the original ROUGE-1.5.5 script printed for 13 systems on the 50
/// DUC 2004 topics (<c>-n 4 -x -m -l 100 -p 0.5 -c 95 -r 1000 -f A -t 0 -a -d</c>), per topic and averaged,
/// reproduced from the shared references and system summaries. The script ran with its WordNet exception
/// database, so the installed WordNet lists are required too.
/// </summary>
public sealed class Duc2004ReproductionTests
{
    private const double Tolerance = 0.0005;

    [Fact]
    public void RougeScorer_ReproducesEveryRowOfTheRouge155Results()
    {
        var root = SharedData.Require("duc2004-rouge");
        var expected = File.ReadLines(Path.Combine(root, "rouge-1.5.5-results.tsv"))
            .Skip(1)
            .Where(line => line.Length > 0)
            .Select(line => line.Split('\t'))
            .ToLookup(fields => fields[0]);
        var references = Directory.GetFiles(Path.Combine(root, "models"))
            .Order(StringComparer.Ordinal)
            .GroupBy(path => Path.GetFileName(path).Split('.')[0])
            .ToDictionary(group => group.Key, group => group.Select(ReadSummary).ToArray());

        var options = RougeOptions.Duc2004 with { StemExceptions = WordNetData.Require() };
        var scorer = new RougeScorer(options);
        var evaluation = new RougeEvaluation(options);
        var rows = 0;
        var exact = 0;
        var worst = (Difference: 0.0, Row: "none");
        var failures = new List<string>();
        foreach (var system in expected)
        {
            var topics = new List<RougeTopicResult>();
            foreach (var (topic, models) in references)
            {
                var peer = Path.Combine(root, "peers", topic + "." + system.Key);
                topics.Add(new RougeTopicResult(topic, scorer.Score(ReadSummary(peer), models, peer)));
            }

            var byTopic = topics.ToDictionary(topic => topic.TopicId, topic => topic.Result);
            var report = evaluation.Evaluate(topics, system.Key);
            foreach (var fields in system)
            {
                var (metric, topic) = (fields[1], fields[2]);
                double[] actual = topic == "AVERAGE"
                    ? [report[metric].Recall.Average, report[metric].Precision.Average, report[metric].F.Average]
                    : [byTopic[topic][metric].Recall, byTopic[topic][metric].Precision, byTopic[topic][metric].F];
                var difference = Enumerable.Range(0, 3)
                    .Max(i => Math.Abs(actual[i] - double.Parse(fields[3 + i], CultureInfo.InvariantCulture)));
                rows++;
                exact += difference < 1e-9 ? 1 : 0;
                var row = string.Join(' ', fields) + " -> " + string.Join(' ', actual.Select(value => value.ToString("F5", CultureInfo.InvariantCulture)));
                if (difference > worst.Difference)
                {
                    worst = (difference, row);
                }

                if (difference > Tolerance)
                {
                    failures.Add(row);
                }
            }
        }

        TestContext.Current.TestOutputHelper?.WriteLine(
            $"{rows - failures.Count} of {rows} rows within {Tolerance} ({exact} exact); worst difference {worst.Difference:F5} at {worst.Row}");
        Assert.True(rows > 0, "no rows were compared");
        Assert.True(failures.Count == 0,
            $"{failures.Count} of {rows} rows differ by more than {Tolerance}; worst {worst.Difference:F5}:\n" + string.Join('\n', failures.Take(30)));
    }

    /// <summary>A summary file, one sentence a line, as the script reads it.</summary>
    private static string[] ReadSummary(string path) => [File.ReadAllText(path)];
}
