using Crosswire.Core.Documents;
using Crosswire.Ingest.Datasets;
using Crosswire.Text.Pipeline;

namespace Crosswire.Benchmarks;

/// <summary>
/// Stories for the summarizer benchmarks, built at run time from the shared dev sample (never stored in the
/// repository): one real cluster, and a large synthetic story whose articles recombine sentences of one
/// cluster (the shared facts, several outlets reporting them) with sentences of other clusters (each
/// outlet's own material), every tenth article a verbatim reprint of an earlier one.
/// </summary>
internal static class SyntheticStory
{
    /// <summary>The analysed articles of dev cluster <paramref name="index"/>.</summary>
    public static List<AnalyzedArticle> DevCluster(int index)
    {
        var cluster = Clusters()[index];
        return [.. cluster.Articles.Select(TextPipeline.Default.Analyze)];
    }

    /// <summary>A story of <paramref name="articleCount"/> analysed articles of about 25 sentences each.</summary>
    public static List<AnalyzedArticle> Large(int articleCount, int seed = 20)
    {
        var clusters = Clusters();
        var sentences = clusters
            .Select(cluster => cluster.Articles.Select(TextPipeline.Default.Analyze)
                .SelectMany(analyzed => Enumerable.Range(0, analyzed.Sentences.Length).Select(analyzed.SentenceText))
                .ToArray())
            .ToArray();
        var core = sentences.OrderByDescending(story => story.Length).First();
        var random = new Random(seed);
        var texts = new List<string>(articleCount);
        for (var a = 0; a < articleCount; a++)
        {
            if (a % 10 == 9)
            {
                texts.Add(texts[random.Next(texts.Count)]);
                continue;
            }

            var picked = new List<string>();
            for (var i = 0; i < 10; i++)
            {
                picked.Add(core[random.Next(core.Length)]);
            }

            for (var i = 0; i < 15; i++)
            {
                var other = sentences[random.Next(sentences.Length)];
                if (other.Length > 0)
                {
                    picked.Add(other[random.Next(other.Length)]);
                }
            }

            texts.Add(string.Join("\n\n", picked));
        }

        return [.. texts.Select((text, a) => TextPipeline.Default.Analyze(new Article { Id = "s" + a, Text = text }))];
    }

    private static List<DatasetCluster> Clusters() =>
        [.. new DatasetReader().Read(BenchData.Path("multinews-dev.jsonl")).Where(outcome => outcome.IsCluster).Select(outcome => outcome.Cluster!)];
}
