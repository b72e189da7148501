using Crosswire.Core.Errors;
using Crosswire.Summarization.Rouge;
using Xunit;

namespace Crosswire.Summarization.Tests.Rouge;

public sealed class RougeScorerTests
{
    private static readonly RougeOptions s_plain = new() { MaxN = 2, Stem = false, WordLimit = null };

    [Fact]
    public void RougeScorer_UnionLcsFollowsLinsExample()
    {
        // Lin (2004), section 3.2: r = w1 w2 w3 w4 w5; c1 = w1 w2 w6 w7 w8; c2 = w1 w3 w8 w9 w5.
        // LCS(r, c1) = w1 w2 and LCS(r, c2) = w1 w3 w5, so the union LCS is w1 w2 w3 w5.
        var result = new RougeScorer(s_plain).Score(
            ["w1 w2 w6 w7 w8", "w1 w3 w8 w9 w5"],
            [(IReadOnlyList<string>)["w1 w2 w3 w4 w5"]]);

        var l = result["ROUGE-L"];
        Assert.Equal(4, l.Hits);
        Assert.Equal(0.8, l.Recall);
        Assert.Equal(0.4, l.Precision);
        Assert.Equal(0.53333, l.F);
    }

    [Fact]
    public void RougeScorer_ClipsRepeatedNGramsToTheReferenceCount()
    {
        var result = new RougeScorer(s_plain).Score(
            ["the the the the the the the"], [(IReadOnlyList<string>)["The ferry left the harbour."]]);

        Assert.Equal(2, result["ROUGE-1"].Hits);
        Assert.Equal(0.4, result["ROUGE-1"].Recall);
        Assert.Equal(0.28571, result["ROUGE-1"].Precision);
        Assert.Equal(0, result["ROUGE-2"].Recall);
    }

    [Fact]
    public void RougeScorer_ModelAverageSumsHitsAndCountsOverReferences()
    {
        var result = new RougeScorer(s_plain).Score(
            ["council approves harbour bridge"],
            [["council approves bridge"], ["mayor opposes harbour tunnel plan"]]);

        var one = result["ROUGE-1"];
        Assert.Equal((3 + 1, 3 + 5, 4 + 4), (one.Hits, one.ReferenceCount, one.PeerCount));
        Assert.Equal(0.5, one.Recall);
        Assert.Equal(0.5, one.Precision);
    }

    [Fact]
    public void RougeScorer_BestModelKeepsTheReferenceWithTheBestRecall()
    {
        var result = new RougeScorer(s_plain with { Formula = RougeFormula.BestModel }).Score(
            ["council approves harbour bridge"],
            [["mayor opposes harbour tunnel plan"], ["council approves bridge"]]);

        Assert.Equal((3, 3, 4), (result["ROUGE-1"].Hits, result["ROUGE-1"].ReferenceCount, result["ROUGE-1"].PeerCount));
        Assert.Equal(1, result["ROUGE-1"].Recall);
    }

    [Fact]
    public void RougeScorer_TokensAreRunsOfAsciiLettersAndDigits()
    {
        // "U.S.-led" is u, s, led; "café" loses its accented letter; "2,000" is 2 and 000.
        var result = new RougeScorer(s_plain).Score(
            ["U.S.-led café talks: 2,000 delegates"], [(IReadOnlyList<string>)["u s led caf talks 2 000 delegates"]]);

        Assert.Equal(1, result["ROUGE-1"].Recall);
        Assert.Equal(1, result["ROUGE-1"].Precision);
        Assert.Equal(1, result["ROUGE-2"].Recall);
    }

    [Fact]
    public void RougeScorer_WordLimitCountsWhiteSpaceWordsOfEveryLine()
    {
        // Three words are kept: "U.S.-led" is one word of the limit but three tokens.
        var options = s_plain with { MaxN = 1, WordLimit = 3 };
        var result = new RougeScorer(options).Score(
            ["U.S.-led talks", "resume today in Vellmar"], [(IReadOnlyList<string>)["talks resume today in vellmar"]]);

        Assert.Equal(5, result["ROUGE-1"].PeerCount);
        Assert.Equal(2, result["ROUGE-1"].Hits);
    }

    [Fact]
    public void RougeScorer_WordLimitCountsTheEmptyFieldOfALineStartingWithSpace()
    {
        // Perl's split(/\s+/) gives a leading empty field, so " a b" is three words to the script.
        var options = s_plain with { MaxN = 1, WordLimit = 2 };
        var result = new RougeScorer(options).Score([" harbour closes early"], [(IReadOnlyList<string>)["harbour closes"]]);

        Assert.Equal(1, result["ROUGE-1"].PeerCount);
    }

    [Fact]
    public void RougeScorer_WordLimitAppliesToReferencesToo()
    {
        var options = s_plain with { MaxN = 1, WordLimit = 2 };
        var result = new RougeScorer(options).Score(["harbour closes"], [(IReadOnlyList<string>)["harbour closes early today"]]);

        Assert.Equal(2, result["ROUGE-1"].ReferenceCount);
        Assert.Equal(1, result["ROUGE-1"].Recall);
    }

    [Fact]
    public void RougeScorer_ByteLimitCutsUtf8Bytes()
    {
        // "é" is two bytes, so six bytes keep "café " and not "talks".
        var options = s_plain with { MaxN = 1, WordLimit = null, ByteLimit = 6 };
        var result = new RougeScorer(options).Score(["café talks"], [(IReadOnlyList<string>)["caf talks"]]);

        Assert.Equal(1, result["ROUGE-1"].PeerCount);
    }

    [Fact]
    public void RougeScorer_StemsOnlyTokensLongerThanThreeCharacters()
    {
        var options = new RougeOptions { MaxN = 1, WordLimit = null, ComputeL = false };
        var result = new RougeScorer(options).Score(["ferries sailed"], [(IReadOnlyList<string>)["ferry sails"]]);
        Assert.Equal(2, result["ROUGE-1"].Hits);

        // "was" (three letters) is left alone, so it does not meet "wa".
        Assert.Equal(0, new RougeScorer(options).Score(["was"], [(IReadOnlyList<string>)["wa"]])["ROUGE-1"].Hits);
    }

    [Fact]
    public void RougeScorer_LooksIrregularFormsUpBeforeStemming()
    {
        var exceptions = new Dictionary<string, string> { ["wrote"] = "write" };
        var options = new RougeOptions { MaxN = 1, WordLimit = null, StemExceptions = exceptions };

        var result = new RougeScorer(options).Score(["minister wrote"], [(IReadOnlyList<string>)["minister writes"]]);

        Assert.Equal(2, result["ROUGE-1"].Hits);
        Assert.Equal(1, new RougeScorer(options with { StemExceptions = null })
            .Score(["minister wrote"], [(IReadOnlyList<string>)["minister writes"]])["ROUGE-1"].Hits);
    }

    [Fact]
    public void RougeScorer_ScoresAnEmptySummaryAsZero()
    {
        var result = new RougeScorer().Score([], [(IReadOnlyList<string>)["harbour closes"]]);

        Assert.All(result.Scores, score => Assert.Equal((0.0, 0.0, 0.0), (score.Recall, score.Precision, score.F)));
    }

    [Fact]
    public void RougeScorer_SplitsPlainReferencesWithTheGivenSplitter()
    {
        var splitter = (string text) => (IReadOnlyList<string>)text.Split(". ");
        var scorer = new RougeScorer(s_plain, splitter);

        var result = scorer.Score(["w1 w2 w6 w7 w8", "w1 w3 w8 w9 w5"], ["w1 w2 w3 w4 w5. w8 w9"]);

        Assert.Equal((6, 7), (result["ROUGE-L"].Hits, result["ROUGE-L"].ReferenceCount));
        Assert.Equal(0.85714, result["ROUGE-L"].Recall);
    }

    [Fact]
    public void RougeScorer_SplitsPlainReferencesOnLinesByDefault()
    {
        var result = new RougeScorer(s_plain).Score(["w1 w2", "w3 w4"], ["w3 w4\nw1 w2"]);

        Assert.Equal(1, result["ROUGE-L"].Recall);
        Assert.Equal(0.66667, result["ROUGE-2"].Recall);
    }

    [Fact]
    public void RougeScorer_ProducesTheMetricsOfItsOptionsInOrder()
    {
        var result = new RougeScorer(RougeOptions.Duc2004).Score(["a b"], [(IReadOnlyList<string>)["a b"]]);

        Assert.Equal(["ROUGE-1", "ROUGE-2", "ROUGE-3", "ROUGE-4"], result.Scores.Select(score => score.Metric));
        Assert.Null(result.Find("ROUGE-L"));
        Assert.Throws<KeyNotFoundException>(() => result["ROUGE-L"]);
    }

    [Fact]
    public void RougeScorer_RejectsAScoringWithoutReference()
    {
        var error = Assert.Throws<CrosswireException>(() =>
            new RougeScorer().Score(["harbour closes"], Array.Empty<IReadOnlyList<string>>(), "topic-7"));

        Assert.Equal("E101", error.Code);
        Assert.StartsWith("topic-7:", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(-1, 0.5, 95, 1000)]
    [InlineData(2, 1.5, 95, 1000)]
    [InlineData(2, 0.5, 120, 1000)]
    [InlineData(2, 0.5, 95, 0)]
    public void RougeScorer_RejectsInvalidOptions(int maxN, double alpha, double confidence, int resamples)
    {
        var options = new RougeOptions { MaxN = maxN, Alpha = alpha, Confidence = confidence, Resamples = resamples };

        Assert.Equal("E100", Assert.Throws<CrosswireException>(() => new RougeScorer(options)).Code);
    }

    [Fact]
    public void RougeScorer_RejectsBothWordAndByteLimits() =>
        Assert.Equal("E100", Assert.Throws<CrosswireException>(
            () => new RougeScorer(new RougeOptions { WordLimit = 100, ByteLimit = 665 })).Code);
}
