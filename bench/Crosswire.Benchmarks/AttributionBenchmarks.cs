using BenchmarkDotNet.Attributes;
using Crosswire.Summarization.Attribution;
using Crosswire.Summarization.Stories;

namespace Crosswire.Benchmarks;

/// <summary>
/// Isolates attribution: building the sentence inverted index of a story and tracing every sentence of its
/// first article to the other articles, on the synthetic 200-article story (<see cref="SyntheticStory.Large"/>,
/// about 5,000 sentences), and the story indexing (terms, concepts, copy detection) that precedes it.
/// </summary>
[MemoryDiagnoser]
public class AttributionBenchmarks
{
    private readonly StoryIndexer _indexer = new();
    private List<Crosswire.Core.Documents.AnalyzedArticle> _articles = [];
    private StoryIndex _story = null!;

    [GlobalSetup]
    public void Setup()
    {
        _articles = SyntheticStory.Large(200);
        _story = _indexer.Index("synthetic-200", _articles);
    }

    [Benchmark]
    public int AttributeFirstArticle200()
    {
        var attributor = new SourceAttributor(_story);
        var matches = 0;
        for (var s = 0; s < _articles[0].Sentences.Length; s++)
        {
            matches += attributor.Attribute(s).Length;
        }

        return matches;
    }

    [Benchmark]
    public int IndexStory200() => _indexer.Index("synthetic-200", _articles).SentenceCount;
}
