using System.Globalization;
using System.Text.Json;
using Crosswire.Summarization.Rouge;

namespace Crosswire.Cli.Rendering;

/// <summary>Speed and memory of an evaluation run.</summary>
/// <param name="Clusters">Clusters summarized.</param>
/// <param name="Articles">Their articles.</param>
/// <param name="ClustersPerSecond">Clusters summarized per second.</param>
/// <param name="ArticlesPerSecond">Articles summarized per second.</param>
/// <param name="ClustersPerCpuSecond">Clusters summarized per second of processor time (steadier than wall
/// time on a busy machine).</param>
/// <param name="PeakMegabytes">Peak working set of the process, MiB.</param>
public sealed record EvalSpeed(int Clusters, int Articles, double ClustersPerSecond, double ArticlesPerSecond, double ClustersPerCpuSecond, double PeakMegabytes);

/// <summary>Writes ROUGE reports as a table or JSON, scores as percentages like the README.</summary>
public static class RougeRendering
{
    /// <summary>A table: one row per metric with F and its 95% interval, recall and precision.</summary>
    public static TextTable Table(RougeReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var table = new TextTable(
            new TableColumn("METRIC"),
            new TableColumn("F", AlignRight: true),
            new TableColumn("F 95% INTERVAL", AlignRight: true),
            new TableColumn("RECALL", AlignRight: true),
            new TableColumn("PRECISION", AlignRight: true),
            new TableColumn("TOPICS", AlignRight: true));
        foreach (var metric in report.Metrics)
        {
            table.AddRow(
                metric.Metric,
                Percent(metric.F.Average),
                $"{Percent(metric.F.Lower)} - {Percent(metric.F.Upper)}",
                Percent(metric.Recall.Average),
                Percent(metric.Precision.Average),
                report.TopicCount.ToString(CultureInfo.InvariantCulture));
        }

        return table;
    }

    /// <summary>A table of recall: one row per metric with recall and its 95% interval, then F.</summary>
    public static TextTable RecallTable(RougeReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var table = new TextTable(
            new TableColumn("METRIC"),
            new TableColumn("RECALL", AlignRight: true),
            new TableColumn("RECALL 95% INTERVAL", AlignRight: true),
            new TableColumn("F", AlignRight: true),
            new TableColumn("TOPICS", AlignRight: true));
        foreach (var metric in report.Metrics)
        {
            table.AddRow(
                metric.Metric,
                Percent(metric.Recall.Average),
                $"{Percent(metric.Recall.Lower)} - {Percent(metric.Recall.Upper)}",
                Percent(metric.F.Average),
                report.TopicCount.ToString(CultureInfo.InvariantCulture));
        }

        return table;
    }

    /// <summary>Writes <paramref name="report"/> (and <paramref name="speed"/> when given) as one JSON object.</summary>
    public static void WriteJson(Utf8JsonWriter json, RougeReport report, bool wordNet, int words, EvalSpeed? speed)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(report);
        json.WriteStartObject();
        json.WriteNumber("topics", report.TopicCount);
        json.WriteNumber("words", words);
        json.WriteBoolean("wordnet", wordNet);
        json.WriteStartObject("rouge");
        foreach (var metric in report.Metrics)
        {
            json.WriteStartObject(metric.Metric);
            WriteEstimate(json, "f", metric.F);
            WriteEstimate(json, "recall", metric.Recall);
            WriteEstimate(json, "precision", metric.Precision);
            json.WriteEndObject();
        }

        json.WriteEndObject();
        if (speed is not null)
        {
            json.WriteNumber("clusters", speed.Clusters);
            json.WriteNumber("articles", speed.Articles);
            json.WriteNumber("clustersPerSecond", Math.Round(speed.ClustersPerSecond, 1));
            json.WriteNumber("articlesPerSecond", Math.Round(speed.ArticlesPerSecond, 1));
            json.WriteNumber("clustersPerCpuSecond", Math.Round(speed.ClustersPerCpuSecond, 1));
            json.WriteNumber("peakMegabytes", Math.Round(speed.PeakMegabytes));
        }

        json.WriteEndObject();
    }

    /// <summary>A score as a percentage with two decimals, e.g. <c>46.12</c>.</summary>
    public static string Percent(double score) => (score * 100).ToString("F2", CultureInfo.InvariantCulture);

    private static void WriteEstimate(Utf8JsonWriter json, string name, RougeEstimate estimate)
    {
        json.WriteStartObject(name);
        json.WriteNumber("average", Math.Round(estimate.Average * 100, 3));
        json.WriteNumber("lower", Math.Round(estimate.Lower * 100, 3));
        json.WriteNumber("upper", Math.Round(estimate.Upper * 100, 3));
        json.WriteEndObject();
    }
}
