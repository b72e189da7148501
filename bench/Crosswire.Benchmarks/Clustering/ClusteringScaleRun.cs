using System.Diagnostics;
using System.Globalization;
using Crosswire.Clustering;
using Crosswire.Text.Pipeline;

namespace Crosswire.Benchmarks;

/// <summary>
/// <c>--scale [N...]</c> (default 10000 100000): for each N, generates a synthetic stream of N articles
/// (<see cref="SyntheticNews"/>), runs the text pipeline and feature extraction on all cores, then
/// clusters the features one by one in publication order, and prints both times, throughput, the B-cubed
/// score against the generated stories and the process's peak working set. The clustering phase also reports
/// its CPU time (process-wide, so GC threads count), which a machine shared with other jobs distorts less than
/// wall time. Each N runs in a fresh process
/// (the run re-launches itself) so peak memory is that N's own.
/// </summary>
public static class ClusteringScaleRun
{
    /// <summary>Runs the scale measurement; returns the exit code.</summary>
    public static int Run(string[] args)
    {
        var sizes = args.Where(arg => arg != "--scale").Select(arg => int.Parse(arg, CultureInfo.InvariantCulture)).ToList();
        if (sizes.Count == 0)
        {
            sizes = [10_000, 100_000];
        }

        if (sizes.Count > 1)
        {
            foreach (var size in sizes)
            {
                var host = Environment.ProcessPath!;
                string[] childArgs = Path.GetFileNameWithoutExtension(host) == "dotnet"
                    ? [typeof(ClusteringScaleRun).Assembly.Location, "--scale", size.ToString(CultureInfo.InvariantCulture)]
                    : ["--scale", size.ToString(CultureInfo.InvariantCulture)];
                using var child = Process.Start(host, childArgs);
                child.WaitForExit();
                if (child.ExitCode != 0)
                {
                    return child.ExitCode;
                }
            }

            return 0;
        }

        Measure(sizes[0]);
        return 0;
    }

    private static void Measure(int size)
    {
        var clock = Stopwatch.StartNew();
        var stream = SyntheticNews.Generate(size);
        var generate = clock.Elapsed;

        clock.Restart();
        var extractor = new FeatureExtractor();
        var features = new ArticleFeatures[stream.Count];
        Parallel.For(0, stream.Count, i => features[i] = extractor.Extract(TextPipeline.Default.Analyze(stream[i].Article)));
        var extract = clock.Elapsed;
        stream = [.. stream.Select(item => item with { Article = item.Article with { Text = string.Empty } })];
        GC.Collect();

        var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        clock.Restart();
        var clusterer = new StoryClusterer();
        foreach (var item in features)
        {
            clusterer.Add(item);
        }

        var cluster = clock.Elapsed;
        process.Refresh();
        var clusterCpu = process.TotalProcessorTime - cpuBefore;
        var gold = new Dictionary<string, string>(stream.Count, StringComparer.Ordinal);
        var predicted = new Dictionary<string, string>(stream.Count, StringComparer.Ordinal);
        foreach (var item in stream)
        {
            gold.Add(item.Article.Id, item.Story.ToString(CultureInfo.InvariantCulture));
            predicted.Add(item.Article.Id, clusterer.StoryOf(item.Article.Id)!);
        }

        var score = BCubed.Score(gold, predicted);
        var peak = process.PeakWorkingSet64 / (1024.0 * 1024);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"N={size:N0}: generate {generate.TotalSeconds:F1} s; analyse+extract {extract.TotalSeconds:F1} s ({size / extract.TotalSeconds:N0} articles/s, {Environment.ProcessorCount} cores); " +
            $"cluster {cluster.TotalSeconds:F2} s wall, {clusterCpu.TotalSeconds:F2} s CPU ({size / cluster.TotalSeconds:N0} articles/s, 1 thread); stories {clusterer.StoryCount:N0} (generated {gold.Values.Distinct().Count():N0}); " +
            $"B-cubed P {score.Precision:F4} R {score.Recall:F4} F1 {score.F1:F4}; peak working set {peak:N0} MB"));
    }
}
