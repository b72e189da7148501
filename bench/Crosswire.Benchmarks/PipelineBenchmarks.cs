using BenchmarkDotNet.Attributes;
using Crosswire.Core.Documents;
using Crosswire.Ingest;
using Crosswire.Text.Pipeline;

namespace Crosswire.Benchmarks;

/// <summary>
/// The whole chain as the CLI runs it, single-threaded: read articles from bytes in memory
/// (<see cref="ArticleReader.ReadStream"/>: decoding, format detection, parsing), then
/// <see cref="TextPipeline.Analyze"/> (boilerplate removal, sentence segmentation, tokenization).
/// <see cref="DevSetChain"/> reads <c>multinews-dev.jsonl</c> (dataset format, 100 clusters, 301 articles);
/// its MB/s is the UTF-8 size of the article texts (not of the whole file, which also holds the reference
/// summaries and JSON) per second. <see cref="ExamplePagesChain"/> does the same on the HTML pages bundled
/// in <c>examples/</c>, its MB/s being the pages' bytes (markup included) per second.
/// <see cref="DevSetAnalyzeOnly"/> runs only <see cref="TextPipeline.Analyze"/> on the dev set's articles read
/// beforehand, so that the chain's time splits into reading and analysis.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(MultiNewsThroughputConfig))]
public class PipelineBenchmarks
{
    private static readonly Lazy<(string Name, byte[] Bytes)[]> s_pages = new(LoadPages);

    private readonly TextPipeline _pipeline = TextPipeline.Default;
    private byte[] _devSet = [];
    private (string Name, byte[] Bytes)[] _pages = [];
    private Article[] _devSetArticles = [];

    /// <summary>Bytes of the bundled HTML example pages, the unit of <see cref="ExamplePagesChain"/>'s MB/s.</summary>
    public static long ExamplePagesBytes => s_pages.Value.Sum(page => (long)page.Bytes.Length);

    [GlobalSetup]
    public void Setup()
    {
        _devSet = File.ReadAllBytes(BenchData.Path("multinews-dev.jsonl"));
        _pages = s_pages.Value;
        _devSetArticles = [.. new ArticleReader().ReadStream(new MemoryStream(_devSet, writable: false), "multinews-dev.jsonl")
            .Where(outcome => outcome.IsArticle)
            .Select(outcome => outcome.Article!)];
        Console.WriteLine(
            $"// dev set: {_devSet.Length:N0} file bytes, {BenchData.MultiNewsUtf8Bytes:N0} article-text bytes; " +
            $"example pages: {_pages.Length}, {ExamplePagesBytes:N0} bytes");
    }

    /// <summary>Reads and analyses every article of the dev set; returns the token count.</summary>
    [Benchmark]
    public int DevSetChain() => Chain(new ArticleReader(), _devSet, "multinews-dev.jsonl");

    /// <summary>Analyses every article of the dev set, read beforehand; returns the token count.</summary>
    [Benchmark]
    public int DevSetAnalyzeOnly()
    {
        var tokens = 0;
        foreach (var article in _devSetArticles)
        {
            tokens += _pipeline.Analyze(article).Tokens.Length;
        }

        return tokens;
    }

    /// <summary>Reads and analyses every bundled HTML page; returns the token count.</summary>
    [Benchmark]
    [InputBytes(nameof(ExamplePagesBytes))]
    public int ExamplePagesChain()
    {
        var reader = new ArticleReader();
        var tokens = 0;
        foreach (var (name, bytes) in _pages)
        {
            tokens += Chain(reader, bytes, name);
        }

        return tokens;
    }

    private int Chain(ArticleReader reader, byte[] input, string name)
    {
        var tokens = 0;
        foreach (var outcome in reader.ReadStream(new MemoryStream(input, writable: false), name))
        {
            if (!outcome.IsArticle)
            {
                throw new InvalidOperationException($"benchmark input rejected: {outcome.Rejection.Message}");
            }

            tokens += _pipeline.Analyze(outcome.Article).Tokens.Length;
        }

        return tokens;
    }

    private static (string Name, byte[] Bytes)[] LoadPages()
    {
        var examples = BenchData.RepositoryPath("examples");
        var pages = Directory.GetFiles(examples, "*.html", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(path => (Path.GetFileName(path), File.ReadAllBytes(path)))
            .ToArray();
        return pages.Length > 0 ? pages : throw new FileNotFoundException("no HTML pages in examples/", examples);
    }
}
