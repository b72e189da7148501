using System.Text;
using BenchmarkDotNet.Attributes;
using Crosswire.Ingest;

namespace Crosswire.Benchmarks.Reading;

/// <summary>
/// Isolates the article readers (Crosswire.Ingest): decoding, format detection and parsing into
/// <c>Article</c>s, with nothing downstream. <see cref="JsonLines"/> reads the Multi-News dev sample
/// (../shared/data/multinews-dev.jsonl, or $CROSSWIRE_DATA) from memory; <see cref="HtmlPages"/> extracts the
/// main content of 200 generated news pages (nav, share widgets, figures, JSON-LD, related links, footers).
/// Throughput in MB/s is <see cref="JsonLinesBytes"/> or <see cref="HtmlBytes"/> divided by the mean time.
/// </summary>
[MemoryDiagnoser]
public class ReadingBenchmarks
{
    private readonly ArticleReader _reader = new();
    private byte[] _jsonLines = [];
    private string[] _pages = [];

    /// <summary>Bytes of the JSON lines input.</summary>
    public long JsonLinesBytes => _jsonLines.Length;

    /// <summary>Bytes (UTF-8) of all generated pages.</summary>
    public long HtmlBytes => _pages.Sum(page => (long)Encoding.UTF8.GetByteCount(page));

    [GlobalSetup]
    public void Setup()
    {
        _jsonLines = File.ReadAllBytes(BenchData.Path("multinews-dev.jsonl"));
        _pages = [.. Enumerable.Range(0, 200).Select(GeneratePage)];
        Console.WriteLine($"// JSON lines: {JsonLinesBytes:N0} bytes; HTML: {_pages.Length} pages, {HtmlBytes:N0} bytes");
    }

    [Benchmark]
    public int JsonLines()
    {
        var count = 0;
        foreach (var outcome in _reader.ReadStream(new MemoryStream(_jsonLines, writable: false), "multinews-dev.jsonl"))
        {
            count += outcome.IsArticle ? outcome.Article.Text.Length : 0;
        }

        return count;
    }

    [Benchmark]
    public int HtmlPages()
    {
        var count = 0;
        for (var i = 0; i < _pages.Length; i++)
        {
            foreach (var outcome in _reader.ReadText(_pages[i], "page.html"))
            {
                count += outcome.IsArticle ? outcome.Article.Text.Length : 0;
            }
        }

        return count;
    }

    /// <summary>A news page of invented prose, about 20 KB, shaped like real ones.</summary>
    private static string GeneratePage(int seed)
    {
        var random = new Random(seed);
        string[] words = ["harbour", "council", "ferry", "union", "said", "on", "Tuesday", "the", "crews", "wall", "repairs", "would", "cost", "residents", "of", "Millbrook", "after", "floods", "and", "a", "new", "plan", "for", "the", "coast", "road"];
        string Sentence() => string.Join(' ', Enumerable.Range(0, random.Next(8, 25)).Select(_ => words[random.Next(words.Length)])) + ".";
        string Paragraph() => string.Join(' ', Enumerable.Range(0, random.Next(2, 5)).Select(_ => Sentence()));

        var page = new StringBuilder();
        page.Append($$"""
            <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Story {{seed}} | The Harbour Gazette</title>
            <meta property="og:site_name" content="The Harbour Gazette"><meta property="article:published_time" content="2026-03-04T07:45:00Z">
            <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Story {{seed}}","publisher":{"name":"The Harbour Gazette"} }</script>
            <script>var x = 1; function f() { return "<p>not text</p>"; }</script><style>p { margin: 0 }</style></head>
            <body><header><nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li></ul></nav></header>
            <main><article><h1>Story {{seed}}</h1><p class="byline">By Staff Reporter</p>
            <div class="share-tools"><a href="#">Share</a> <a href="#">Email</a></div>
            <figure><img src="a.jpg"><figcaption>{{Sentence()}}</figcaption></figure>
            """);
        for (var i = 0; i < 25; i++)
        {
            page.Append(random.Next(8) switch
            {
                0 => $"<h2>{Sentence()}</h2>",
                1 => $"<blockquote>{Sentence()}</blockquote>",
                2 => $"<div class=\"ad-slot\">Advertisement</div><p>{Paragraph()}</p>",
                _ => $"<p>{Paragraph()} <a href=\"/x\">{words[random.Next(words.Length)]}</a> {Sentence()}</p>",
            });
        }

        page.Append("""
            <ul class="related-links"><li><a href="/1">Related one</a></li><li><a href="/2">Related two</a></li></ul>
            </article><aside><h2>Most read</h2><ol><li><a href="/3">Another story</a></li></ol></aside></main>
            <footer><p>&copy; 2026 The Harbour Gazette</p></footer></body></html>
            """);
        return page.ToString();
    }
}
