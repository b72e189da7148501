using System.Text.Json;
using Crosswire.Text.Segmentation;
using Crosswire.TestKit;
using Xunit;

namespace Crosswire.Text.Tests.Segmentation;

/// <summary>Sentence boundaries measured against gold written by others (read at run time, never copied).</summary>
public sealed class SentenceSegmenterDataTests
{
    private readonly SentenceSegmenter _segmenter = new();
    private readonly ITestOutputHelper _output;

    public SentenceSegmenterDataTests(ITestOutputHelper output) => _output = output;

    [Fact]
    public void Segmenter_PassesGoldenRules()
    {
        var total = 0;
        var correct = 0;
        var hardCorrect = 0;
        var hardTotal = 0;
        foreach (var (_, text, expected, knownHard) in ReadCases("sentences/golden-rules-en.jsonl"))
        {
            var actual = _segmenter.Segment(text).Select(span => text.Substring(span.Start, span.Length)).ToArray();
            var ok = expected.SequenceEqual(actual);
            if (knownHard)
            {
                hardTotal++;
                hardCorrect += ok ? 1 : 0;
            }
            else
            {
                total++;
                correct += ok ? 1 : 0;
            }

            if (!ok)
            {
                _output.WriteLine($"FAIL{(knownHard ? " (known hard)" : string.Empty)}: {text}");
                _output.WriteLine("  expected: " + string.Join(" | ", expected));
                _output.WriteLine("  actual:   " + string.Join(" | ", actual));
            }
        }

        _output.WriteLine($"golden rules: {correct}/{total} right (known hard: {hardCorrect}/{hardTotal})");
        Assert.True(total >= 46, $"expected at least 46 cases, read {total}");
        Assert.True(correct >= total - 1, $"{correct}/{total} golden rules right");
    }

    [Fact]
    public void Segmenter_RecoversDucReferenceSentences()
    {
        var gold = 0;
        var recovered = 0;
        var goldBoundaries = 0;
        var predictedBoundaries = 0;
        var matchedBoundaries = 0;
        foreach (var (id, text, expected, _) in ReadCases("sentences/duc2004-reference-sentences.jsonl"))
        {
            var spans = _segmenter.Segment(text);
            var actual = spans.Select(span => text.Substring(span.Start, span.Length)).ToList();

            var remaining = actual.GroupBy(s => s).ToDictionary(g => g.Key, g => g.Count());
            foreach (var sentence in expected)
            {
                gold++;
                if (remaining.TryGetValue(sentence, out var count) && count > 0)
                {
                    recovered++;
                    remaining[sentence] = count - 1;
                }
                else
                {
                    _output.WriteLine($"MISSED ({id}): {sentence}");
                }
            }

            var goldEnds = GoldEnds(text, expected);
            var predictedEnds = spans.Take(spans.Length - 1).Select(span => span.End).ToHashSet();
            goldBoundaries += goldEnds.Count;
            predictedBoundaries += predictedEnds.Count;
            matchedBoundaries += predictedEnds.Count(goldEnds.Contains);
        }

        var recall = (double)recovered / gold;
        var precision = (double)matchedBoundaries / Math.Max(1, predictedBoundaries);
        var boundaryRecall = (double)matchedBoundaries / Math.Max(1, goldBoundaries);
        _output.WriteLine($"sentences recovered exactly: {recovered}/{gold} = {recall:P2}");
        _output.WriteLine($"boundaries: precision {precision:P2} ({matchedBoundaries}/{predictedBoundaries}), recall {boundaryRecall:P2} ({matchedBoundaries}/{goldBoundaries})");
        Assert.True(gold > 1000, $"expected over 1,000 gold sentences, read {gold}");
        Assert.True(recall >= 0.99, $"recovered {recall:P2} of the gold sentences, below 99%");
    }

    private static IEnumerable<GoldCase> ReadCases(string relativePath)
    {
        foreach (var line in SharedData.ReadLines(relativePath))
        {
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            yield return new GoldCase(
                root.TryGetProperty("id", out var id) ? id.GetString() : null,
                root.GetProperty("text").GetString()!,
                [.. root.GetProperty("sentences").EnumerateArray().Select(sentence => sentence.GetString()!)],
                root.TryGetProperty("known_hard", out var hard) && hard.GetBoolean());
        }
    }

    /// <summary>End offsets of every gold sentence but the last, located in order in the text.</summary>
    private static HashSet<int> GoldEnds(string text, string[] sentences)
    {
        var ends = new HashSet<int>();
        var position = 0;
        for (var i = 0; i < sentences.Length; i++)
        {
            var start = text.IndexOf(sentences[i], position, StringComparison.Ordinal);
            Assert.True(start >= 0, $"gold sentence not found in its text: {sentences[i]}");
            position = start + sentences[i].Length;
            if (i < sentences.Length - 1)
            {
                ends.Add(position);
            }
        }

        return ends;
    }

    private sealed record GoldCase(string? Id, string Text, string[] Sentences, bool KnownHard);
}
