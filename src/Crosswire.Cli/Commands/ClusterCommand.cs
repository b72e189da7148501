using System.CommandLine;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Crosswire.Cli.Hosting;
using Crosswire.Cli.Rendering;
using Crosswire.Clustering;
using Crosswire.Core.Errors;
using Crosswire.Ingest.Datasets;
using Crosswire.Text.Pipeline;

namespace Crosswire.Cli.Commands;

/// <summary>
/// <c>crosswire cluster --dataset FILE.jsonl --out OUT.jsonl [--shuffle SEED]</c>: pools every article of every
/// cluster of a labelled dataset, clusters them from scratch with <see cref="StoryClusterer"/> (in file order,
/// or a seeded shuffle), writes one line per article (<c>{"article": "clusterId/articleId", "story": "…"}</c>)
/// and prints B-cubed precision, recall and F1 against the dataset's clusters.
/// </summary>
public static class ClusterCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create()
    {
        var dataset = new Option<string>("--dataset")
        {
            Description = "Dataset to cluster: JSON lines, one cluster an object ({id, articles: [{id, text}]})",
            HelpName = "FILE.jsonl",
            Required = true,
        };
        var output = new Option<string>("--out")
        {
            Description = "Where to write the stories found, one JSON line per article",
            HelpName = "OUT.jsonl",
            Required = true,
        };
        var shuffle = new Option<int?>("--shuffle")
        {
            Description = "Shuffle the arrival order with this seed (default: file order)",
            HelpName = "SEED",
        };
        var command = new Command("cluster", "Clusters the pooled articles of a labelled dataset from scratch and scores the stories found (B-cubed)")
        {
            dataset, output, shuffle,
        };
        command.SetHandler((result, console) =>
            Run(console, result.GetRequiredValue(dataset), result.GetRequiredValue(output), result.GetValue(shuffle)));
        return command;
    }

    private static int Run(CliConsole console, string datasetPath, string outPath, int? shuffle)
    {
        var rejections = new List<Rejection>();
        var articles = new List<LabelledArticle>();
        var extractor = new FeatureExtractor();
        using (var progress = ProgressMeter.Start(console, "Reading", "articles"))
        {
            foreach (var outcome in new DatasetReader().Read(datasetPath))
            {
                if (outcome.Rejection is { } rejection)
                {
                    rejections.Add(rejection);
                    console.Rejected(rejection);
                    continue;
                }

                var cluster = outcome.Cluster!;
                foreach (var article in cluster.Articles)
                {
                    try
                    {
                        articles.Add(new LabelledArticle(extractor.Extract(TextPipeline.Default.Analyze(article)), cluster.Id));
                    }
                    catch (Exception error) when (error is not OutOfMemoryException)
                    {
                        // As in ArticleBatch: one article must never stop the batch.
                        var failure = TextPipeline.AnalysisFailure(article, error);
                        rejections.Add(failure);
                        console.Rejected(failure);
                    }

                    progress.Advance();
                }
            }
        }

        if (articles.Count == 0)
        {
            console.Note("crosswire: no articles found in " + datasetPath);
            return ExitCodes.Failure;
        }

        var result = PooledEvaluation.Run(articles, shuffle);
        WriteStories(outPath, result);
        var score = result.Score;
        console.Out.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{score.Items:N0} articles, {articles.Select(article => article.GoldCluster).Distinct().Count():N0} gold clusters, {result.StoryCount:N0} stories found ({result.NearDuplicates:N0} near-duplicates, {result.Contentless:N0} contentless)"));
        console.Out.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"B-cubed precision {score.Precision:F4}  recall {score.Recall:F4}  F1 {score.F1:F4}"));
        if (result.ContentScore is { } content)
        {
            console.Out.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"  over the {content.Items:N0} articles with content: precision {content.Precision:F4}  recall {content.Recall:F4}  F1 {content.F1:F4}"));
        }

        var bound = result.ContentBound;
        console.Out.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"  if every article with content were in its gold cluster and every contentless one alone: precision {bound.Precision:F4}  recall {bound.Recall:F4}  F1 {bound.F1:F4}"));
        return ExitCodes.ForBatch(articles.Count, rejections.Count);
    }

    private static void WriteStories(string outPath, PooledResult result)
    {
        var options = new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        using var stream = File.Create(outPath);
        foreach (var (article, story) in result.Stories)
        {
            using (var json = new Utf8JsonWriter(stream, options))
            {
                json.WriteStartObject();
                json.WriteString("article", article);
                json.WriteString("story", story);
                json.WriteEndObject();
            }

            stream.WriteByte((byte)'\n');
        }
    }
}
