using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Crosswire.Summarization.Rouge;

namespace Crosswire.Benchmarks;

/// <summary>
/// Isolates ROUGE: scoring one 300-word summary (the first sentences of a Multi-News cluster's articles)
/// against its reference with the Multi-News protocol (ROUGE-1, ROUGE-2, summary-level ROUGE-L, stemming,
/// 300-word limit), and averaging 100 topics with 1000 bootstrap resamples. Sentences are cut at ". " here:
/// the benchmark measures the scorer, not a segmenter.
/// </summary>
[MemoryDiagnoser]
public class RougeBenchmarks
{
    private readonly RougeScorer _scorer = new(RougeOptions.MultiNews);
    private readonly RougeEvaluation _evaluation = new(RougeOptions.MultiNews);
    private string[] _summary = [];
    private IReadOnlyList<string>[] _reference = [];
    private RougeTopicResult[] _topics = [];

    [GlobalSetup]
    public void Setup()
    {
        using var cluster = JsonDocument.Parse(File.ReadLines(BenchData.Path("multinews-dev.jsonl")).First());
        var articles = cluster.RootElement.GetProperty("articles").EnumerateArray()
            .Select(article => Split(article.GetProperty("text").GetString()!)).ToArray();
        var summary = new List<string>();
        var words = 0;
        for (var rank = 0; words < 300 && articles.Any(sentences => rank < sentences.Length); rank++)
        {
            foreach (var sentences in articles.Where(sentences => rank < sentences.Length))
            {
                summary.Add(sentences[rank]);
                words += sentences[rank].Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
            }
        }

        _summary = [.. summary];
        _reference = [Split(cluster.RootElement.GetProperty("reference").GetString()!)];
        var result = _scorer.Score(_summary, _reference);
        _topics = [.. Enumerable.Range(0, 100).Select(i => new RougeTopicResult("t" + i, result))];
    }

    [Benchmark]
    public double Score300WordSummary() => _scorer.Score(_summary, _reference)["ROUGE-2"].F;

    [Benchmark]
    public double Average100Topics() => _evaluation.Evaluate(_topics)["ROUGE-1"].F.Upper;

    private static string[] Split(string text) =>
        text.Replace('\n', ' ').Split(". ", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
