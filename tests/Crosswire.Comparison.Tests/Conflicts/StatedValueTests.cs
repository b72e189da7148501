using Crosswire.Comparison.Conflicts;
using Crosswire.Comparison.Timeline;
using Crosswire.Comparison.Values;
using Crosswire.Core.Documents;
using Xunit;

namespace Crosswire.Comparison.Tests.Conflicts;

public sealed class StatedValueTests
{
    private static StatedValue Amount(string sentence, int article = 0)
    {
        var value = Assert.Single(ValueRecognizer.Default.Recognize(sentence));
        return new StatedValue(article, value.Span, new TextSpan(0, sentence.Length), ConflictKind.Number, value.Normalized, value.Text, value.Counted)
        {
            Amount = value,
            Revised = StatedValueReader.SaysRevised(sentence),
        };
    }

    private static StatedValue Clock(int hour, int minute, int article = 0)
    {
        var date = new TemporalValue(TemporalPoint.OfMinute(new DateOnly(2026, 3, 14), hour, minute));
        return new StatedValue(article, new TextSpan(0, 4), new TextSpan(0, 20), ConflictKind.Time, date.ToString(), "time", null) { Date = date };
    }

    [Fact]
    public void StatedValue_TwoLowerBoundsAgree()
    {
        Assert.True(Amount("At least 30 barns burned down.").AgreesWith(Amount("At least 45 barns burned down.", 1)));
    }

    [Theory]
    [InlineData("More than 2,600 flights have now been grounded.")]
    [InlineData("More than 2,600 flights were grounded, more than first thought.")]
    [InlineData("The number of grounded flights has risen to more than 2,600.")]
    public void StatedValue_RevisedLowerBoundDisagrees(string revised)
    {
        var first = Amount("More than 1,700 flights were grounded on Friday.");
        Assert.False(first.AgreesWith(Amount(revised, 1)));
    }

    [Fact]
    public void StatedValueReader_DoesNotTakeNowInsideAWordAsRevision()
    {
        Assert.False(StatedValueReader.SaysRevised("Snowdrifts cut off 40 farms; nobody knows how many."));
    }

    [Fact]
    public void StatedValue_ClockTimesMinutesApartAreRivalVersions()
    {
        Assert.True(Clock(14, 20).IsNear(Clock(15, 0, 1), 2));
        Assert.True(Clock(21, 45).IsNear(Clock(22, 30, 1), 2));
    }

    [Fact]
    public void StatedValue_ClockTimesHoursApartAreDifferentMoments()
    {
        Assert.False(Clock(7, 0).IsNear(Clock(19, 30, 1), 2));
    }
}
