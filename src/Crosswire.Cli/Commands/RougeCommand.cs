using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Crosswire.Cli.Hosting;
using Crosswire.Cli.Rendering;
using Crosswire.Core.Errors;
using Crosswire.Ingest.Datasets;
using Crosswire.Summarization.Rouge;

namespace Crosswire.Cli.Commands;

/// <summary>
/// <c>crosswire rouge --dataset FILE.jsonl --summaries OUT.jsonl [--words N] [--recall] [--format table|json]</c>:
/// scores summaries (lines <c>{"id", "sentences": [...]}</c>, as <c>summarize</c> writes them) against the
/// dataset's references with the README protocol. A bad summary line, a summary of an unknown cluster and a
/// cluster without a summary are reported (E154, E155); the others are scored.
/// </summary>
public static class RougeCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create()
    {
        var dataset = SummaryOptions.Dataset();
        var summaries = new Option<string>("--summaries")
        {
            Description = "Summaries to score: JSON lines {\"id\": ..., \"sentences\": [...]}",
            HelpName = "FILE",
            Required = true,
        };
        var words = SummaryOptions.Words();
        var recall = new Option<bool>("--recall")
        {
            Description = "Report recall with its 95% interval (as for published recall-only figures) instead of F",
        };
        var format = CommonOptions.Format();
        var command = new Command("rouge", "Scores summaries against a dataset's references with ROUGE (README protocol)")
        {
            dataset, summaries, words, recall, format,
        };
        command.SetHandler((result, console) => Run(
            console, result.GetRequiredValue(dataset), result.GetRequiredValue(summaries), result.GetValue(words),
            result.GetValue(recall), result.GetValue(format)));
        return command;
    }

    private static int Run(CliConsole console, string datasetPath, string summariesPath, int words, bool recall, OutputFormat format)
    {
        if (words <= 0)
        {
            throw new CrosswireException(ErrorCatalogue.SummaryBadBudget, "--words", words);
        }

        var rejected = 0;
        var peers = ReadSummaries(summariesPath, rejection =>
        {
            rejected++;
            console.Rejected(rejection);
        });
        var rouge = new RougeProtocol(words);
        var topics = new List<RougeTopicResult>();
        foreach (var outcome in new DatasetReader().Read(datasetPath))
        {
            if (!outcome.IsCluster)
            {
                rejected++;
                console.Rejected(outcome.Rejection!);
                continue;
            }

            var cluster = outcome.Cluster;
            if (!peers.Remove(cluster.Id, out var sentences))
            {
                rejected++;
                console.Rejected(new CrosswireException(ErrorCatalogue.SummaryUnmatched, summariesPath, $"no summary of cluster '{cluster.Id}'").ToRejection());
                continue;
            }

            topics.Add(rouge.Score(cluster.Id, sentences, cluster.References));
        }

        foreach (var id in peers.Keys.Order(StringComparer.Ordinal))
        {
            rejected++;
            console.Rejected(new CrosswireException(
                ErrorCatalogue.SummaryUnmatched, summariesPath, $"summary of '{id}', which is no cluster of {datasetPath}").ToRejection());
        }

        if (topics.Count == 0)
        {
            throw new CrosswireException(ErrorCatalogue.RougeNoTopics, summariesPath);
        }

        var report = rouge.Evaluate(topics, summariesPath);
        if (format == OutputFormat.Json)
        {
            console.WriteJson(json => RougeRendering.WriteJson(json, report, rouge.UsesWordNet, words, speed: null));
        }
        else
        {
            (recall ? RougeRendering.RecallTable(report) : RougeRendering.Table(report)).Render(console);
            console.Out.WriteLine(rouge.Describe());
        }

        return rejected == 0 ? ExitCodes.Success : ExitCodes.SomeRejected;
    }

    /// <summary>The summaries of a JSON lines file by cluster id; every bad line is rejected (E154) and skipped.</summary>
    private static Dictionary<string, IReadOnlyList<string>> ReadSummaries(string path, Action<Rejection> reject)
    {
        IEnumerable<string> lines;
        try
        {
            lines = File.ReadLines(path);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new CrosswireException(File.Exists(path) ? ErrorCatalogue.Unreadable : ErrorCatalogue.NotFound, path, error, error.Message);
        }

        var summaries = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        var number = 0;
        foreach (var line in lines)
        {
            number++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var input = string.Create(CultureInfo.InvariantCulture, $"{path}:{number}");
            var (id, sentences, problem) = ParseSummary(line);
            if (problem is not null || id is null || sentences is null)
            {
                reject(new CrosswireException(ErrorCatalogue.BadSummaryLine, input, problem ?? "no summary").ToRejection());
            }
            else if (!summaries.TryAdd(id, sentences))
            {
                reject(new CrosswireException(ErrorCatalogue.BadSummaryLine, input, $"a second summary of '{id}'").ToRejection());
            }
        }

        return summaries;
    }

    private static (string? Id, IReadOnlyList<string>? Sentences, string? Problem) ParseSummary(string line)
    {
        try
        {
            using var document = JsonDocument.Parse(line);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return (null, null, "not a JSON object");
            }

            if (!root.TryGetProperty("id", out var id) || id.ValueKind != JsonValueKind.String || string.IsNullOrEmpty(id.GetString()))
            {
                return (null, null, "no \"id\" string");
            }

            if (!root.TryGetProperty("sentences", out var array) || array.ValueKind != JsonValueKind.Array)
            {
                return (null, null, "no \"sentences\" array");
            }

            var sentences = new List<string>(array.GetArrayLength());
            foreach (var item in array.EnumerateArray())
            {
                if (item.ValueKind != JsonValueKind.String)
                {
                    return (null, null, "a sentence that is not a string");
                }

                sentences.Add(item.GetString()!);
            }

            return (id.GetString(), sentences, null);
        }
        catch (JsonException error)
        {
            return (null, null, "malformed JSON: " + error.Message);
        }
    }
}
