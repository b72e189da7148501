using Crosswire.Ingest.Dates;
using Xunit;

namespace Crosswire.Ingest.Tests;

public sealed class PublishedDateParserTests
{
    [Theory]
    [InlineData("2026-03-04T09:30:00Z", "2026-03-04T09:30:00+00:00")]
    [InlineData("2026-03-04T09:30:00+01:00", "2026-03-04T08:30:00+00:00")]
    [InlineData("2026-03-04", "2026-03-04T00:00:00+00:00")]
    [InlineData("Wed, 04 Mar 2026 09:30:00 GMT", "2026-03-04T09:30:00+00:00")]
    [InlineData("Wed, 4 Mar 2026 09:30:00 +0100", "2026-03-04T08:30:00+00:00")]
    [InlineData("Wed, 04 Mar 2026 09:30 EST", "2026-03-04T14:30:00+00:00")]
    [InlineData("04 Mar 26 09:30:00 PDT", "2026-03-04T16:30:00+00:00")]
    [InlineData("March 4, 2026", "2026-03-04T00:00:00+00:00")]
    [InlineData("4 March 2026 10:15", "2026-03-04T10:15:00+00:00")]
    [InlineData("Mar 4, 2026 10:15 PM", "2026-03-04T22:15:00+00:00")]
    public void PublishedDateParser_ReadsCommonForms(string text, string expected)
    {
        var parsed = PublishedDateParser.Parse(text);
        Assert.NotNull(parsed);
        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), parsed.Value.ToUniversalTime());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("yesterday")]
    [InlineData("not a date 12")]
    [InlineData("Wed, 99 Foo 2026 25:61:00 XYZ")]
    public void PublishedDateParser_UnreadableGivesNull(string? text) => Assert.Null(PublishedDateParser.Parse(text));
}
