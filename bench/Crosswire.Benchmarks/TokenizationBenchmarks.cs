using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using Crosswire.Core.Documents;
using Crosswire.Text.Tokenization;

namespace Crosswire.Benchmarks;

/// <summary>
/// Isolates <see cref="Tokenizer"/>: tokenizes every article text of <c>multinews-dev.jsonl</c> (raw, no
/// reading, cleaning or segmentation) into one reused sink, so the figure is the tokenizer's own cost.
/// <see cref="NormalizeCorpusTokens"/> adds <see cref="TokenNormalizer"/> on every token into a reused
/// buffer. The MB/s column is corpus UTF-8 bytes per second.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(MultiNewsThroughputConfig))]
public class TokenizationBenchmarks
{
    private readonly Tokenizer _tokenizer = new();
    private readonly ImmutableArray<Token>.Builder _sink = ImmutableArray.CreateBuilder<Token>(16 * 1024);
    private char[] _buffer = [];
    private string[] _articles = [];

    [GlobalSetup]
    public void Setup()
    {
        _articles = BenchData.MultiNewsArticles;
        _buffer = new char[_articles.Max(text => text.Length)];
    }

    [Benchmark(Baseline = true)]
    public int TokenizeCorpus()
    {
        var tokens = 0;
        foreach (var text in _articles)
        {
            _sink.Clear();
            _tokenizer.Tokenize(text, new TextSpan(0, text.Length), _sink);
            tokens += _sink.Count;
        }

        return tokens;
    }

    [Benchmark]
    public int NormalizeCorpusTokens()
    {
        var characters = 0;
        foreach (var text in _articles)
        {
            _sink.Clear();
            _tokenizer.Tokenize(text, new TextSpan(0, text.Length), _sink);
            for (var i = 0; i < _sink.Count; i++)
            {
                characters += TokenNormalizer.Normalize(_sink[i].Span.Slice(text), _buffer);
            }
        }

        return characters;
    }
}
