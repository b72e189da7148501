using System.Text;
using BenchmarkDotNet.Attributes;
using Crosswire.Text.Boilerplate;

namespace Crosswire.Benchmarks;

/// <summary>
/// Isolates <see cref="BoilerplateFilter.Clean"/>: paragraph and line splitting plus every boilerplate rule,
/// on strings already in memory (no reading, no segmentation). <see cref="CleanDevSet"/> cleans the 301
/// articles of the Multi-News sample in <c>../shared/data</c> (about 1.04 million characters a call);
/// <see cref="CleanInventedArticle"/> cleans one invented article with furniture of every kind, so the
/// benchmark also runs without the outside data. Throughput = characters / mean time.
/// </summary>
[MemoryDiagnoser]
public class BoilerplateBenchmarks
{
    private readonly BoilerplateFilter _filter = new();
    private string[] _devSet = [];
    private string _invented = "";

    /// <summary>Characters cleaned by one call of <see cref="CleanDevSet"/>.</summary>
    public long DevSetCharacters { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        _invented = InventedArticle();
        if (BenchData.TryPath("multinews-dev.jsonl") is null)
        {
            return;
        }

        _devSet = BenchData.MultiNewsArticles;
        DevSetCharacters = _devSet.Sum(a => (long)a.Length);
        Console.WriteLine($"// dev set: {_devSet.Length} articles, {DevSetCharacters:N0} characters; invented article: {_invented.Length:N0} characters");
    }

    [Benchmark]
    public int CleanDevSet()
    {
        if (_devSet.Length == 0)
        {
            throw new InvalidOperationException("multinews-dev.jsonl not found in ../shared/data or $CROSSWIRE_DATA");
        }

        var paragraphs = 0;
        foreach (var article in _devSet)
        {
            paragraphs += _filter.Clean(article).Paragraphs.Length;
        }

        return paragraphs;
    }

    [Benchmark]
    public int CleanInventedArticle() => _filter.Clean(_invented).Paragraphs.Length;

    private static string InventedArticle()
    {
        string[] blocks =
        [
            "By Jane Roe",
            "Updated 3:45 p.m. ET",
            "SALEBY, Ore. (Wire) — The harbour reopened on Monday after a storm that sank three fishing boats and flooded the quay, the port authority said in a statement that also thanked volunteers.",
            "Volunteers fill sandbags near the river in Saleby on Tuesday. (Wire Photo/John Doe)",
            "Crews worked through the night to clear debris from the road to the lighthouse, and ferries resumed at noon with a reduced timetable that the operator expects to keep until the end of the month.",
            "Advertisement",
            "“We lost three boats, and we were lucky it was not more,” said Jane Roe, who runs the Saleby marina and has lived in the town for forty years.",
            "Related: Saleby council approves pier budget",
            "The council will vote next week on repairs to the sea wall, which engineers say was weakened by years of neglect and by two earlier storms this winter.",
            "What a night on the quay — Harbour Watch (@harbourwatch) May 1, 2019",
            "Sign up for our daily newsletter.",
            "John Doe contributed reporting from Kingsport.",
            "© 2021 Harbour Gazette. All rights reserved.",
        ];
        var text = new StringBuilder();
        for (var i = 0; i < 20; i++)
        {
            text.AppendJoin(" \n \n ", blocks).Append(" \n \n ");
        }

        return text.ToString();
    }
}
