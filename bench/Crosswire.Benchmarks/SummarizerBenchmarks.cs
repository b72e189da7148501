using BenchmarkDotNet.Attributes;
using Crosswire.Core.Documents;
using Crosswire.Summarization.Extractive;

namespace Crosswire.Benchmarks;

/// <summary>
/// Isolates the summarizer (story index, concept weights, sentence screen, budgeted selection with local
/// search, ordering and attribution) on articles already through the text pipeline: one Multi-News dev
/// cluster at 300 words, and a synthetic story of 200 articles (<see cref="SyntheticStory.Large"/>).
/// </summary>
[MemoryDiagnoser]
public class SummarizerBenchmarks
{
    private readonly ExtractiveSummarizer _summarizer = new();
    private List<AnalyzedArticle> _cluster = [];
    private List<AnalyzedArticle> _large = [];

    [GlobalSetup]
    public void Setup()
    {
        _cluster = SyntheticStory.DevCluster(0);
        _large = SyntheticStory.Large(200);
    }

    [Benchmark]
    public int DevCluster300Words() => _summarizer.Summarize("mn-dev-000", _cluster, 300).Words;

    [Benchmark]
    public int Story200Articles300Words() => _summarizer.Summarize("synthetic-200", _large, 300).Words;
}
