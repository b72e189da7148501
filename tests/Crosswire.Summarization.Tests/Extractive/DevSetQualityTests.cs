using Crosswire.Ingest.Datasets;
using Crosswire.Summarization.Extractive;
using Crosswire.Summarization.Rouge;
using Crosswire.TestKit;
using Crosswire.Text.Pipeline;
using Xunit;

namespace Crosswire.Summarization.Tests.Extractive;

/// <summary>
/// A quality guard on real data: summarizing the shared Multi-News dev sample at 300 words keeps ROUGE above
/// a floor set a little under the measured figures (docs/benchmarks.md), so a change that hurts quality fails.
/// Also checks the issue's invariants on every summary: within budget, whole sentences, no half quotes.
/// </summary>
public sealed class DevSetQualityTests
{
    [Fact]
    public void Summarizer_DevSetRougeStaysAboveTheFloor()
    {
        var path = SharedData.Require("multinews-dev.jsonl");
        var summarizer = new ExtractiveSummarizer();
        var rouge = new RougeProtocol(300);
        var topics = new List<RougeTopicResult>();
        foreach (var outcome in new DatasetReader().Read(path))
        {
            Assert.True(outcome.IsCluster, outcome.Rejection?.Message);
            var cluster = outcome.Cluster;
            var summary = summarizer.Summarize(cluster.Id, [.. cluster.Articles.Select(TextPipeline.Default.Analyze)], 300);
            Assert.InRange(summary.Words, 1, 300);
            Assert.All(summary.Sentences, sentence => Assert.Equal(0, sentence.Text.Count(c => c == '"') % 2));
            topics.Add(rouge.Score(cluster.Id, [.. summary.Sentences.Select(s => s.Text)], cluster.References));
        }

        var report = rouge.Evaluate(topics, path);
        Assert.Equal(100, report.TopicCount);
        Assert.True(report["ROUGE-1"].F.Average >= 0.455, $"ROUGE-1 F {report["ROUGE-1"].F.Average:P2}");
        Assert.True(report["ROUGE-2"].F.Average >= 0.155, $"ROUGE-2 F {report["ROUGE-2"].F.Average:P2}");
    }
}
