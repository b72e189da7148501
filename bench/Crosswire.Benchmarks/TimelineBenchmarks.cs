using BenchmarkDotNet.Attributes;
using Crosswire.Comparison.Timeline;
using Crosswire.Comparison.Values;
using Crosswire.Core.Documents;
using Crosswire.Text.Pipeline;

namespace Crosswire.Benchmarks;

/// <summary>
/// Isolates date and number recognition: every article of <c>multinews-dev.jsonl</c> is analysed once in
/// setup (with an assumed publication date so relative expressions resolve), then <see cref="TemporalTagger"/>
/// tags all of them and <see cref="ValueRecognizer"/> reads every sentence. Reading, cleaning, segmentation
/// and tokenization are not measured. The MB/s column is corpus UTF-8 bytes per second.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(MultiNewsThroughputConfig))]
public class TimelineBenchmarks
{
    private AnalyzedArticle[] _articles = [];

    [GlobalSetup]
    public void Setup()
    {
        var published = new DateTimeOffset(2016, 6, 15, 12, 0, 0, TimeSpan.Zero);
        _articles = [.. BenchData.MultiNewsArticles.Select((text, i) => TextPipeline.Default.Analyze(new Article
        {
            Id = $"a{i}",
            Text = text,
            Published = published,
        }))];
    }

    [Benchmark]
    public int TagCorpus()
    {
        var expressions = 0;
        foreach (var article in _articles)
        {
            expressions += TemporalTagger.Default.Tag(article).Length;
        }

        return expressions;
    }

    [Benchmark]
    public int RecognizeValuesInCorpus()
    {
        var values = 0;
        foreach (var article in _articles)
        {
            foreach (var sentence in article.Sentences)
            {
                values += ValueRecognizer.Default.Recognize(article.Article.Text, sentence.Span).Length;
            }
        }

        return values;
    }
}
