using System.Text.Json;
using Crosswire.Core.Documents;
using Crosswire.TestKit;
using Crosswire.Text.Boilerplate;
using Xunit;

namespace Crosswire.Text.Tests.Boilerplate;

/// <summary>The filter over every article of the Multi-News sample (outside data, read at run time).</summary>
public sealed class BoilerplateDevSetTests
{
    /// <summary>The filter must leave the bulk of real articles alone: boilerplate is a small share of a crawl.</summary>
    private const double MaxRemovedFraction = 0.15;

    /// <summary>Only a page that is not an article (a player's notice, an error page, a lone post) may lose
    /// all its text, and such pages are short.</summary>
    private const int MaxEmptiedCharacters = 1500;

    [Fact]
    public void DevSet_InvariantHoldsOnEveryArticleAndRemovalIsModest()
    {
        var path = SharedData.Require("multinews-dev.jsonl");
        var filter = new BoilerplateFilter();
        long characters = 0;
        long removedCharacters = 0;
        var articles = 0;
        var emptied = 0;
        var byKind = new SortedDictionary<BoilerplateKind, (int Pieces, long Characters)>();
        var byRule = new SortedDictionary<string, int>(StringComparer.Ordinal);

        foreach (var (id, text) in ReadArticles(path))
        {
            var cleaned = filter.Clean(text);
            CleanedTextChecks.AssertInvariant(text, cleaned, id);
            articles++;
            characters += CountNonWhiteSpace(text);
            if (cleaned.Paragraphs.IsEmpty)
            {
                emptied++;
                Assert.True(text.Length < MaxEmptiedCharacters, $"{id}: all {text.Length:N0} characters removed");
            }

            foreach (var removed in cleaned.Removed)
            {
                var count = CountNonWhiteSpace(text.AsSpan(removed.Span.Start, removed.Span.Length));
                removedCharacters += count;
                var (pieces, kindCharacters) = byKind.GetValueOrDefault(removed.Kind);
                byKind[removed.Kind] = (pieces + 1, kindCharacters + count);
                byRule[removed.Rule] = byRule.GetValueOrDefault(removed.Rule) + 1;
            }
        }

        var fraction = (double)removedCharacters / characters;
        var output = TestContext.Current.TestOutputHelper;
        output?.WriteLine($"{articles} articles, {characters:N0} characters, {removedCharacters:N0} removed ({fraction:P2}), {emptied} left without prose");
        foreach (var (kind, (pieces, kindCharacters)) in byKind)
        {
            output?.WriteLine($"  {kind,-14} {pieces,5} pieces {kindCharacters,8:N0} characters");
        }

        foreach (var (rule, pieces) in byRule)
        {
            output?.WriteLine($"  rule {rule,-20} {pieces,5}");
        }

        Assert.True(articles >= 250, $"only {articles} articles read from {path}");
        Assert.True(fraction < MaxRemovedFraction, $"removed {fraction:P2} of all characters");
        Assert.True(emptied <= articles / 10, $"{emptied} articles lost all their text");
        Assert.True(byKind.Count >= 10, "expected most kinds of boilerplate to occur in a raw crawl");
    }

    [Fact]
    public void DevSet_PrintsSamplesOfRemovedAndKeptShortLines()
    {
        // A fixed seed, so the samples quoted in reports can be reproduced.
        const int Samples = 20;
        const int MaxLine = 80;
        var path = SharedData.Require("multinews-dev.jsonl");
        var filter = new BoilerplateFilter();
        var removedLines = new List<string>();
        var keptLines = new List<string>();
        foreach (var (id, text) in ReadArticles(path))
        {
            var cleaned = filter.Clean(text);
            foreach (var removed in cleaned.Removed.Where(r => r.Span.Length < MaxLine))
            {
                removedLines.Add($"{id} {removed.Kind}/{removed.Rule}: {text.Substring(removed.Span.Start, removed.Span.Length)}");
            }

            foreach (var paragraph in cleaned.Paragraphs.Where(p => p.Span.Length < MaxLine))
            {
                keptLines.Add($"{id} kept: {text.Substring(paragraph.Span.Start, paragraph.Span.Length)}");
            }
        }

        var random = new Random(2024);
        var output = TestContext.Current.TestOutputHelper;
        foreach (var line in random.GetItems(removedLines.ToArray(), Samples).Concat(random.GetItems(keptLines.ToArray(), Samples)))
        {
            output?.WriteLine(line);
        }

        Assert.True(removedLines.Count >= Samples && keptLines.Count >= Samples);
    }

    private static IEnumerable<(string Id, string Text)> ReadArticles(string path)
    {
        foreach (var line in File.ReadLines(path))
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            using var cluster = JsonDocument.Parse(line);
            var clusterId = cluster.RootElement.GetProperty("id").GetString();
            foreach (var article in cluster.RootElement.GetProperty("articles").EnumerateArray())
            {
                yield return ($"{clusterId}/{article.GetProperty("id").GetString()}", article.GetProperty("text").GetString() ?? "");
            }
        }
    }

    private static int CountNonWhiteSpace(ReadOnlySpan<char> text)
    {
        var count = 0;
        foreach (var c in text)
        {
            count += char.IsWhiteSpace(c) ? 0 : 1;
        }

        return count;
    }
}
