using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using Crosswire.Core.Documents;
using Crosswire.Text.Segmentation;

namespace Crosswire.Benchmarks;

/// <summary>
/// Isolates <see cref="SentenceSegmenter"/>: segments every article text of <c>multinews-dev.jsonl</c> (raw,
/// boilerplate included, no reading or cleaning) into one reused sink, so the figure is the segmenter's own
/// cost. The MB/s column is corpus UTF-8 bytes per second.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(MultiNewsThroughputConfig))]
public class SegmentationBenchmarks
{
    private readonly SentenceSegmenter _segmenter = new();
    private readonly ImmutableArray<TextSpan>.Builder _sink = ImmutableArray.CreateBuilder<TextSpan>(1024);
    private string[] _articles = [];

    [GlobalSetup]
    public void Setup() => _articles = BenchData.MultiNewsArticles;

    [Benchmark]
    public int SegmentCorpus()
    {
        var sentences = 0;
        foreach (var text in _articles)
        {
            _sink.Clear();
            _segmenter.Segment(text, new TextSpan(0, text.Length), _sink);
            sentences += _sink.Count;
        }

        return sentences;
    }
}
