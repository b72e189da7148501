using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Crosswire.Cli.Hosting;
using Crosswire.Cli.Rendering;
using Crosswire.Core.Errors;
using Crosswire.Summarization.Extractive;
using Crosswire.Summarization.Rouge;

namespace Crosswire.Cli.Commands;

/// <summary>
/// <c>crosswire eval --dataset FILE.jsonl [--words N]</c>: summarizes every cluster of a dataset and scores
/// the summaries with the README protocol (ROUGE-1/2/L F with 95% intervals, recall and precision), then
/// prints the speed of summarization with attribution (clusters/s and articles/s, one thread, after
/// warming up on the first clusters; reading the file and scoring are not counted) and the process's peak memory.
/// </summary>
public static class EvalCommand
{
    private const int WarmUpClusters = 20;
    private const int WarmUpRounds = 3;

    /// <summary>Creates the command.</summary>
    public static Command Create()
    {
        var dataset = SummaryOptions.Dataset();
        var words = SummaryOptions.Words();
        var format = CommonOptions.Format();
        var command = new Command("eval", "Summarizes every cluster of a dataset and scores the summaries with ROUGE (README protocol), with speed and memory")
        {
            dataset, words, format,
        };
        command.SetHandler((result, console) =>
            Run(console, result.GetRequiredValue(dataset), result.GetValue(words), result.GetValue(format)));
        return command;
    }

    private static int Run(CliConsole console, string path, int words, OutputFormat format)
    {
        var summarizer = SummaryOptions.Summarizer(words);
        var stories = new DatasetStories(console);
        var loaded = new List<DatasetStory>();
        using (var progress = ProgressMeter.Start(console, "Reading", "clusters"))
        {
            foreach (var story in stories.Read(path))
            {
                loaded.Add(story);
                progress.Advance();
            }
        }

        if (loaded.Count == 0)
        {
            throw new CrosswireException(ErrorCatalogue.NothingToSummarize, path, "the dataset holds no valid cluster");
        }

        // Warm-up: the first summaries pay for JIT compilation and tiering, which is not what the figures measure.
        for (var i = 0; i < WarmUpRounds; i++)
        {
            foreach (var story in loaded.Take(WarmUpClusters))
            {
                TrySummarize(summarizer, story, words, rejections: null);
            }
        }

        var summaries = new List<(DatasetStory Story, Summary Summary)>(loaded.Count);
        var articles = 0;
        var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        using (var progress = ProgressMeter.Start(console, "Summarizing", "clusters", loaded.Count))
        {
            foreach (var story in loaded)
            {
                if (TrySummarize(summarizer, story, words, stories) is { } summary)
                {
                    summaries.Add((story, summary));
                    articles += story.Articles.Count;
                }

                progress.Advance();
            }
        }

        clock.Stop();
        process.Refresh();
        var cpuSeconds = Math.Max((process.TotalProcessorTime - cpuBefore).TotalSeconds, 1e-9);
        var rouge = new RougeProtocol(words);
        var topics = summaries
            .Select(pair => rouge.Score(pair.Story.Cluster.Id, pair.Summary.Sentences.Select(s => s.Text).ToList(), pair.Story.Cluster.References))
            .ToList();
        if (topics.Count == 0)
        {
            throw new CrosswireException(ErrorCatalogue.NothingToSummarize, path, "no cluster could be summarized");
        }

        var report = rouge.Evaluate(topics, path);
        var seconds = Math.Max(clock.Elapsed.TotalSeconds, 1e-9);
        var speed = new EvalSpeed(summaries.Count, articles, summaries.Count / seconds, articles / seconds,
            summaries.Count / cpuSeconds, process.PeakWorkingSet64 / (1024.0 * 1024.0));
        if (format == OutputFormat.Json)
        {
            console.WriteJson(json => RougeRendering.WriteJson(json, report, rouge.UsesWordNet, words, speed));
        }
        else
        {
            RougeRendering.Table(report).Render(console);
            console.Out.WriteLine(rouge.Describe());
            console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{speed.Clusters:N0} clusters, {speed.Articles:N0} articles summarized (with attribution) in {seconds:F2} s on one thread: {speed.ClustersPerSecond:F1} clusters/s, {speed.ArticlesPerSecond:F1} articles/s ({speed.ClustersPerCpuSecond:F1} clusters per CPU second); peak memory {speed.PeakMegabytes:F0} MB"));
        }

        return stories.Rejected == 0 ? ExitCodes.Success : ExitCodes.SomeRejected;
    }

    private static Summary? TrySummarize(ExtractiveSummarizer summarizer, DatasetStory story, int words, DatasetStories? rejections)
    {
        try
        {
            return summarizer.Summarize(story.Cluster.Id, story.Articles, words);
        }
        catch (CrosswireException error)
        {
            rejections?.Reject(error.ToRejection());
            return null;
        }
    }
}
