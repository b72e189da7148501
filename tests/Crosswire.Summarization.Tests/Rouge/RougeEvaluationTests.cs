using System.Collections.Immutable;
using Crosswire.Core.Errors;
using Crosswire.Summarization.Rouge;
using Xunit;

namespace Crosswire.Summarization.Tests.Rouge;

public sealed class RougeEvaluationTests
{
    [Fact]
    public void RougeEvaluation_AveragesOneTopicToItsOwnScore()
    {
        var report = new RougeEvaluation().Evaluate([Topic("t1", 0.4, 0.3, 0.34286)]);

        var recall = report["ROUGE-1"].Recall;
        Assert.Equal(new RougeEstimate(0.4, 0.4, 0.4, 0.4), recall);
        Assert.Equal(1, report.TopicCount);
    }

    [Fact]
    public void RougeEvaluation_IntervalSurroundsTheAverage()
    {
        var topics = Enumerable.Range(0, 30).Select(i => Topic("t" + i, i / 30.0, 0.5, 0.5)).ToArray();

        var recall = new RougeEvaluation().Evaluate(topics)["ROUGE-1"].Recall;

        Assert.InRange(recall.Average, recall.Lower, recall.Upper);
        Assert.True(recall.Upper - recall.Lower > 0.1, $"interval {recall.Lower}..{recall.Upper} is too narrow");
        Assert.Equal(0.48333, recall.Mean);
        Assert.Equal(recall, new RougeEvaluation().Evaluate([.. topics.Reverse()])["ROUGE-1"].Recall);
    }

    [Fact]
    public void RougeEvaluation_RejectsNoTopic() =>
        Assert.Equal("E102", Assert.Throws<CrosswireException>(() => new RougeEvaluation().Evaluate([])).Code);

    [Fact]
    public void RougeEvaluation_RejectsARepeatedTopic() =>
        Assert.Equal("E103", Assert.Throws<CrosswireException>(
            () => new RougeEvaluation().Evaluate([Topic("t1", 0.1, 0.1, 0.1), Topic("t1", 0.2, 0.2, 0.2)])).Code);

    [Fact]
    public void RougeEvaluation_RejectsATopicWithoutTheMetricsOfTheFirst()
    {
        var other = new RougeTopicResult("t2", new RougeResult([new RougeScore("ROUGE-2", 0.1, 0.1, 0.1, 1, 1, 1)]));

        var error = Assert.Throws<CrosswireException>(() => new RougeEvaluation().Evaluate([Topic("t1", 0.1, 0.1, 0.1), other], "LexRank"));

        Assert.Equal("E104", error.Code);
        Assert.Contains("t2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PerlRandom_ReproducesPerlsRand()
    {
        // perl -e 'srand(0); printf("%.17g %.17g", rand(), rand()); srand(7); printf(" %.17g", rand(50))'
        var random = new PerlRandom(0);
        Assert.Equal(0.17082803610628972, random.NextDouble());
        Assert.Equal(0.74990198048496381, random.NextDouble());
        Assert.Equal(13.32220983827046, new PerlRandom(7).NextDouble() * 50);
    }

    [Theory]
    [InlineData(0.015625, 0.01562)]
    [InlineData(0.046875, 0.04688)]
    [InlineData(0.123456, 0.12346)]
    [InlineData(2.0 / 3.0, 0.66667)]
    [InlineData(0.0, 0.0)]
    public void RougeRounding_RoundsLikePrintfFromTheExactBinaryValue(double value, double rounded) =>
        Assert.Equal(rounded, RougeRounding.Round5(value));

    private static RougeTopicResult Topic(string id, double recall, double precision, double f) =>
        new(id, new RougeResult(ImmutableArray.Create(new RougeScore("ROUGE-1", recall, precision, f, 10, 10, 4))));
}
