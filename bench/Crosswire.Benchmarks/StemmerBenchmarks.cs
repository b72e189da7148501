using BenchmarkDotNet.Attributes;
using Crosswire.Text.Stemming;

namespace Crosswire.Benchmarks;

/// <summary>
/// Isolates stemming: one call stems every word of a Snowball vocabulary (42,603 words for Porter, 42,649 for
/// English), through the allocation-free span overload and through the string overload. Words per second are
/// the vocabulary size divided by the mean time.
/// </summary>
[MemoryDiagnoser]
public class StemmerBenchmarks
{
    private readonly char[] _buffer = new char[256];
    private string[] _porterWords = [];
    private string[] _englishWords = [];

    [GlobalSetup]
    public void Setup()
    {
        _porterWords = File.ReadAllLines(BenchData.Path("stemmers/porter/voc.txt"));
        _englishWords = File.ReadAllLines(BenchData.Path("stemmers/english/voc.txt"));
    }

    [Benchmark(Baseline = true)]
    public int PorterOriginalSpan() => StemSpans(PorterStemmer.Original, _porterWords);

    [Benchmark]
    public int PorterOriginalString() => StemStrings(PorterStemmer.Original, _porterWords);

    [Benchmark]
    public int PorterRouge155Span() => StemSpans(PorterStemmer.Rouge155, _porterWords);

    [Benchmark]
    public int EnglishSpan() => StemSpans(EnglishStemmer.Instance, _englishWords);

    [Benchmark]
    public int EnglishString() => StemStrings(EnglishStemmer.Instance, _englishWords);

    private int StemSpans(IStemmer stemmer, string[] words)
    {
        var total = 0;
        foreach (var word in words)
        {
            total += stemmer.Stem(word, _buffer);
        }

        return total;
    }

    private static int StemStrings(IStemmer stemmer, string[] words)
    {
        var total = 0;
        foreach (var word in words)
        {
            total += stemmer.Stem(word).Length;
        }

        return total;
    }
}
