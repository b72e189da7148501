using BenchmarkDotNet.Attributes;
using Crosswire.Clustering;
using Crosswire.Text.Pipeline;

namespace Crosswire.Benchmarks;

/// <summary>
/// Isolates the clustering stages on a synthetic stream of 5,000 articles (<see cref="SyntheticNews"/>,
/// generated at run time): <see cref="ClusterStream"/> adds the pre-extracted features to a new
/// <see cref="StoryClusterer"/> (the online state only), <see cref="ExtractFeatures"/> runs
/// <see cref="FeatureExtractor"/> on pre-analysed articles (no reading, no text pipeline). The 10k/100k
/// scale figures come from <c>--scale</c> (<see cref="ClusteringScaleRun"/>).
/// </summary>
[MemoryDiagnoser]
public class ClusteringBenchmarks
{
    private const int StreamSize = 5_000;

    private readonly FeatureExtractor _extractor = new();
    private Crosswire.Core.Documents.AnalyzedArticle[] _analyzed = [];
    private ArticleFeatures[] _features = [];

    [GlobalSetup]
    public void Setup()
    {
        var stream = SyntheticNews.Generate(StreamSize);
        _analyzed = [.. stream.Select(item => TextPipeline.Default.Analyze(item.Article))];
        _features = [.. _analyzed.Select(_extractor.Extract)];
    }

    [Benchmark]
    public int ClusterStream()
    {
        var clusterer = new StoryClusterer();
        foreach (var features in _features)
        {
            clusterer.Add(features);
        }

        return clusterer.StoryCount;
    }

    [Benchmark]
    public int ExtractFeatures()
    {
        var terms = 0;
        foreach (var article in _analyzed)
        {
            terms += _extractor.Extract(article).TermCount;
        }

        return terms;
    }
}
