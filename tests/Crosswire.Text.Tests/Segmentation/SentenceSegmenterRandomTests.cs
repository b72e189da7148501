using Crosswire.Core.Documents;
using Crosswire.Text.Segmentation;
using Xunit;

namespace Crosswire.Text.Tests.Segmentation;

/// <summary>Random and pathological input: no crash, and the segmenter's contract always holds.</summary>
public sealed class SentenceSegmenterRandomTests
{
    private static readonly string[] s_pieces =
    [
        "a", "b", "Zed", "port", "I", "The", "He", "Mr", "U.S", "e.g", "No", "1", "25", "3.5", " ", " ", " ", "  ", "\n",
        "\r\n", "\n\n", "\u2029", "\u00A0", "\t", ".", ".", "?", "!", "…", "...", ". . .", "\"", "'", "“", "”", "‘", "’",
        "(", ")", "[", "]", "•", "⁃", "- ", "* ", "1. ", "b) ", "@", "/", "://", "www.", "—", "–", "$", "%", "😀", "\uD800",
        "\uDC00", ",", ";", ":",
    ];

    [Theory]
    [InlineData(1, 2_000)]
    [InlineData(16, 50)]
    public void Segmenter_RandomInputKeepsContract(int seed, int maxSentenceChars)
    {
        var random = new Random(seed);
        var segmenter = new SentenceSegmenter(new SegmenterOptions { MaxSentenceChars = Math.Max(SentenceSegmenter.MinSentenceChars, maxSentenceChars) });
        for (var iteration = 0; iteration < 3_000; iteration++)
        {
            var text = RandomText.Build(s_pieces, random, random.Next(0, 200));
            var start = random.Next(0, text.Length + 1);
            var range = TextSpan.FromBounds(start, random.Next(start, text.Length + 1));
            var spans = segmenter.Segment(text, range);
            SegmenterInvariants.Check(text, range, spans, segmenter.Options.MaxSentenceChars);
        }
    }

    [Fact]
    public void Segmenter_HugeRandomInputKeepsContract()
    {
        var text = RandomText.Build(s_pieces, new Random(7), 200_000);
        var segmenter = new SentenceSegmenter();
        var spans = segmenter.Segment(text);
        SegmenterInvariants.Check(text, new TextSpan(0, text.Length), spans, segmenter.Options.MaxSentenceChars);
    }

    [Fact]
    public void Segmenter_LongLeadingSpaceThenManyTerminalsKeepsContract()
    {
        var text = new string(' ', 200_000) + string.Concat(Enumerable.Repeat("? . … • ", 50_000));
        var segmenter = new SentenceSegmenter();
        SegmenterInvariants.Check(text, new TextSpan(0, text.Length), segmenter.Segment(text), segmenter.Options.MaxSentenceChars);
    }

    [Theory]
    [InlineData("a.")]
    [InlineData("1. ")]
    [InlineData("Mr.\"Ab ")]
    [InlineData("\"")]
    [InlineData(". ")]
    [InlineData("x")]
    [InlineData("a b\n")]
    [InlineData("1) b ")]
    [InlineData("U.S.")]
    [InlineData("?\"")]
    public void Segmenter_RepetitiveInputKeepsContract(string unit)
    {
        var text = string.Concat(Enumerable.Repeat(unit, 400_000 / unit.Length));
        var segmenter = new SentenceSegmenter();
        var spans = segmenter.Segment(text);
        SegmenterInvariants.Check(text, new TextSpan(0, text.Length), spans, segmenter.Options.MaxSentenceChars);
    }
}
