using System.Collections.Immutable;
using System.Globalization;
using BenchmarkDotNet.Attributes;
using Crosswire.Comparison.Entities;
using Crosswire.Comparison.Quotes;
using Crosswire.Core.Documents;
using Crosswire.Text.Pipeline;

namespace Crosswire.Benchmarks;

/// <summary>
/// Isolates <see cref="EntityResolver"/> (recognition and resolution): one 200-article "story" made of the
/// first 200 articles of <c>multinews-dev.jsonl</c>, analysed once in setup, so the figure is entity work
/// only. The brief's target: well under a second or two for a 200-article story.
/// </summary>
[MemoryDiagnoser]
public class EntityBenchmarks
{
    private List<AnalyzedArticle> _story = [];

    [GlobalSetup]
    public void Setup() => _story = ComparisonStory.Analyze(200);

    [Benchmark]
    public int ResolveStory() => EntityResolver.Default.Resolve(_story).Length;
}

/// <summary>
/// Isolates <see cref="QuoteExtractor"/>: quotations and speakers of the same 200-article story, with the
/// entities resolved once in setup, so the figure is quotation work only.
/// </summary>
[MemoryDiagnoser]
public class QuoteBenchmarks
{
    private List<AnalyzedArticle> _story = [];
    private ImmutableArray<Entity> _entities = [];

    [GlobalSetup]
    public void Setup()
    {
        _story = ComparisonStory.Analyze(200);
        _entities = EntityResolver.Default.Resolve(_story);
    }

    [Benchmark]
    public int ExtractQuotes() => QuoteExtractor.Default.Extract(_story, _entities).Length;
}

internal static class ComparisonStory
{
    public static List<AnalyzedArticle> Analyze(int count) =>
        [.. BenchData.MultiNewsArticles.Take(count).Select((text, i) => TextPipeline.Default.Analyze(
            new Article { Id = "a" + i.ToString(CultureInfo.InvariantCulture), Text = text }))];
}
