using System.Text;
using Crosswire.Summarization.Rouge;
using Xunit;

namespace Crosswire.Summarization.Tests.Rouge;

/// <summary>Random text of every kind (white space, punctuation, accents, emoji, lone surrogates): no crash,
/// scores in range, and (summing over references) ROUGE-L hits never above ROUGE-1 hits, as the script's
/// clipping guarantees.</summary>
public sealed class RougeRandomInputTests
{
    private const string Alphabet = "aAbBeEiIoOsStTyY019 \t\r\n-.,'’\"éÉß中🙂\u00A0\u2028";

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void RougeScorer_ScoresRandomTextWithinBounds(int seed)
    {
        var random = new Random(seed);
        RougeOptions[] variants =
        [
            RougeOptions.MultiNews with { WordLimit = 20 },
            RougeOptions.MultiNews with { WordLimit = null, ByteLimit = 40 },
            RougeOptions.MultiNews with { Formula = RougeFormula.BestModel },
            RougeOptions.Duc2004 with { WordLimit = null, Stem = false },
        ];
        foreach (var options in variants)
        {
            var scorer = new RougeScorer(options);
            for (var round = 0; round < 100; round++)
            {
                var peer = Sentences(random);
                var references = Enumerable.Range(0, random.Next(1, 4)).Select(_ => (IReadOnlyList<string>)Sentences(random)).ToArray();

                var result = scorer.Score(peer, references);

                Assert.All(result.Scores, score =>
                {
                    Assert.InRange(score.Recall, 0, 1);
                    Assert.InRange(score.Precision, 0, 1);
                    Assert.InRange(score.F, 0, 1);
                    Assert.InRange(score.Hits, 0, Math.Min(score.ReferenceCount, score.PeerCount));
                });
                // Per reference, LCS hits are clipped by unigram counts; -f B may pick different references.
                if (options.ComputeL && options.Formula == RougeFormula.ModelAverage)
                {
                    Assert.True(result["ROUGE-L"].Hits <= result["ROUGE-1"].Hits);
                }
            }
        }
    }

    private static string[] Sentences(Random random) =>
        [.. Enumerable.Range(0, random.Next(0, 5)).Select(_ => Text(random, random.Next(0, 60)))];

    private static string Text(Random random, int length)
    {
        var text = new StringBuilder(length);
        for (var i = 0; i < length; i++)
        {
            text.Append(random.Next(10) == 0 ? (char)random.Next(0xD800, 0xE000) : Alphabet[random.Next(Alphabet.Length)]);
        }

        return text.ToString();
    }
}
