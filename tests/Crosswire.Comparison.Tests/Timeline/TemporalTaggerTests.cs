using Crosswire.Comparison.Timeline;
using Crosswire.Core.Errors;
using Crosswire.TestKit;
using Crosswire.Text.Pipeline;
using Xunit;

namespace Crosswire.Comparison.Tests.Timeline;

public sealed class TemporalTaggerTests
{
    // A Wednesday, 18:30 local time in UTC+2.
    private static readonly DateTimeOffset Wednesday = new(2026, 3, 11, 18, 30, 0, TimeSpan.FromHours(2));

    private static List<(string Text, string? Value)> Tag(string text, DateTimeOffset? published = null) =>
        TemporalTagger.Default.Tag(TextPipeline.Default.Analyze(ArticleKit.Article(text, published: published ?? Wednesday)))
            .Select(e => (e.Text, e.Value?.ToString()))
            .ToList();

    [Theory]
    [InlineData("The mayor resigned on Monday.", "Monday", "2026-03-09")]
    [InlineData("The mayor spoke on Wednesday.", "Wednesday", "2026-03-11")]
    [InlineData("The depot will reopen on Monday.", "Monday", "2026-03-16")]
    [InlineData("The vote is due to take place on Friday.", "Friday", "2026-03-13")]
    [InlineData("The ferry sank on Tuesday night.", "Tuesday night", "2026-03-10")]
    [InlineData("They meet again next Thursday.", "next Thursday", "2026-03-12")]
    [InlineData("The bridge will close after the council approved it on Monday.", "Monday", "2026-03-09")]
    [InlineData("The minister is expected to visit later on Wednesday.", "Wednesday", "2026-03-11")]
    public void Tagger_ResolvesWeekdaysByTense(string text, string expression, string value) =>
        Assert.Contains((expression, value), Tag(text));

    /// <summary>Regression: "had been in talks since September" in a March article was put in the coming
    /// September (the nearer one) instead of the past one.</summary>
    [Theory]
    [InlineData("The two unions had been in talks since September.", "September", "2025-09")]
    [InlineData("The depot has been shut since October.", "October", "2025-10")]
    [InlineData("The pier was repaired in September.", "September", "2025-09")]
    [InlineData("The pier will be repaired in September.", "September", "2026-09")]
    public void Tagger_ResolvesMonthsByTense(string text, string expression, string value) =>
        Assert.Contains((expression, value), Tag(text));

    /// <summary>Regression: "in the second half" of a football match was read as July to December.</summary>
    [Fact]
    public void Tagger_RegressionBareSecondHalfIsNotAHalfYear() =>
        Assert.DoesNotContain(Tag("The visitors were the better side in the second half."), item => item.Text.Contains("half", StringComparison.Ordinal));

    /// <summary>Regression: a weekday in a phrase trailing a future clause beyond the tense window ("will
    /// travel … before flying back … on Thursday") was put in the past week.</summary>
    [Theory]
    [InlineData("The minister will visit the depot on Thursday to meet the drivers and the engineers before flying back to the capital on Friday.", "Friday", "2026-03-13")]
    [InlineData("Shareholders will receive 120 pence in cash for each share, a premium of 30 per cent to Monday's closing price.", "Monday's", "2026-03-09")]
    [InlineData("The council proposed a protected zone around the old harbour walls and the fish market, and a consultation closes on June 30.", "June 30", "2026-06-30")]
    [InlineData("The town has set aside a protected area near the pier, and a consultation closes on June 30.", "June 30", "2026-06-30")]
    [InlineData("A vigil will be held on Wednesday evening at the harbour church.", "Wednesday evening", "2026-03-11")]
    public void Tagger_TakesTheTenseOfTheClauseATrailingPhraseHangsOn(string text, string expression, string value) =>
        Assert.Contains((expression, value), Tag(text));

    [Theory]
    [InlineData("The strike began yesterday.", "yesterday", "2026-03-10")]
    [InlineData("Talks resume today.", "today", "2026-03-11")]
    [InlineData("The band plays tonight.", "tonight", "2026-03-11")]
    [InlineData("Police were called last night.", "last night", "2026-03-10")]
    [InlineData("The ruling is expected tomorrow.", "tomorrow", "2026-03-12")]
    [InlineData("The board met this morning.", "this morning", "2026-03-11")]
    [InlineData("Sales fell last month.", "last month", "2026-02")]
    [InlineData("The plant opens next year.", "next year", "2027")]
    [InlineData("The report came out this week.", "this week", "2026-W11")]
    [InlineData("The firm was fined three weeks ago.", "three weeks ago", "2026-W08")]
    public void Tagger_ResolvesRelativeExpressions(string text, string expression, string value) =>
        Assert.Contains((expression, value), Tag(text));

    [Theory]
    [InlineData("The mill closed in October.", "October", "2025-10")]
    [InlineData("The works start in May.", "May", "2026-05")]
    [InlineData("The works will start in February.", "February", "2027-02")]
    [InlineData("The consultation closes on June 30.", "June 30", "2026-06-30")]
    [InlineData("Prices peaked last October.", "last October", "2025-10")]
    [InlineData("The mill closed on January 12.", "January 12", "2026-01-12")]
    [InlineData("The next round will be held on February 2.", "February 2", "2027-02-02")]
    [InlineData("The hearing is set for 2 April.", "2 April", "2026-04-02")]
    [InlineData("The mill shut on 12 June 2024.", "12 June 2024", "2024-06-12")]
    [InlineData("The pair first met on June 12 last year.", "June 12 last year", "2025-06-12")]
    [InlineData("The dam was built in 1950-53.", "1950-53", "1950/1953")]
    [InlineData("He ran the club between 2017 and 2023.", "between 2017 and 2023", "2017/2023")]
    [InlineData("The deal should close by the end of the year.", "the end of the year", "2026-12")]
    [InlineData("The deal should close by the end of April.", "the end of April", "2026-04")]
    [InlineData("Profits rose in the third quarter.", "the third quarter", "2026-07/2026-09")]
    [InlineData("Work starts next spring.", "next spring", "2027-03/2027-05")]
    [InlineData("The pool reopens this summer.", "this summer", "2026-06/2026-08")]
    [InlineData("The archive was listed on 2026-02-27.", "2026-02-27", "2026-02-27")]
    [InlineData("He bought a 1967 sports car.", "1967", "1967")]
    [InlineData("The foal was born on Jan. 16.", "Jan. 16", "2026-01-16")]
    [InlineData("The final is on Oct. 19, 2025 in Lyon.", "Oct. 19, 2025", "2025-10-19")]
    public void Tagger_ResolvesCalendarExpressions(string text, string expression, string value) =>
        Assert.Contains((expression, value), Tag(text));

    [Fact]
    public void Tagger_AttachesClockTimesToTheirDay()
    {
        var tags = Tag("The fire started at 10.15pm on Monday. Crews arrived on Tuesday morning. They left at seven o'clock and returned at 10:15 p.m.");
        Assert.Contains(("10.15pm on Monday", "2026-03-09T22:15"), tags);
        Assert.Contains(("seven o'clock", "2026-03-10T07:00"), tags);
        Assert.Contains(("10:15 p.m.", "2026-03-10T22:15"), tags);
    }

    [Fact]
    public void Tagger_ClockTimeTakesTheDayNamedBeforeItInItsSentence()
    {
        // Regression: the clock took the latest news day of the article instead of the older date beside it.
        var tags = Tag("The hall was shut on Monday. Police said that on February 19 around 8:15 pm they were called.");
        Assert.Contains(("8:15 pm", "2026-02-19T20:15"), tags);
    }

    [Fact]
    public void Tagger_ReadsClockTimeRanges()
    {
        var tags = Tag("The shop was raided this morning. Police were called between 10am and 11am.");
        Assert.Contains(("between 10am and 11am", "2026-03-11T10:00/2026-03-11T11:00"), tags);
    }

    [Fact]
    public void Tagger_ResolvesAnaphoraFromThePreviousDate()
    {
        var tags = Tag("They dined on 14 June 2025. The contract was signed the following morning. Rates rose in May 2024 and fell the following month.");
        Assert.Contains(("the following morning", "2025-06-15"), tags);
        Assert.Contains(("the following month", "2024-06"), tags);
    }

    [Theory]
    [InlineData("The market opens every Thursday.")]
    [InlineData("The library opens on Sunday afternoons.")]
    [InlineData("The hall stays open until 8pm on weekdays.")]
    [InlineData("The siege lasted 38 days.")]
    [InlineData("Rents rose in the 1990s.")]
    [InlineData("May we never see such a day again.")]
    [InlineData("April Jones spoke to the crowd.")]
    [InlineData("The shop is on the 1000 block of Elm Road.")]
    [InlineData("The hotline is staffed Monday through Friday.")]
    public void Tagger_SkipsRecurringVagueAndNonDates(string text) => Assert.Empty(Tag(text));

    [Fact]
    public void Tagger_LeavesRelativeDatesUnresolvedWithoutPublicationDate()
    {
        var article = ArticleKit.Article("The mill shut on Monday after a fire on 3 May 2021 and a flood in the summer of 2019.");
        var tags = TemporalTagger.Default.Tag(TextPipeline.Default.Analyze(article));
        Assert.Collection(
            tags,
            monday => Assert.Null(monday.Value),
            date => Assert.Equal("2021-05-03", date.Value?.ToString()),
            summer => Assert.Equal("2019-06/2019-08", summer.Value?.ToString()));
        Assert.Equal(TemporalAnchor.Publication, tags[0].Anchor);
        Assert.Equal(TemporalAnchor.Absolute, tags[1].Anchor);
    }

    [Fact]
    public void Tagger_SpanPointsAtTheExpressionWithoutItsPreposition()
    {
        const string Text = "The mill shut in the third quarter.";
        var expression = Assert.Single(TemporalTagger.Default.Tag(TextPipeline.Default.Analyze(ArticleKit.Article(Text, published: Wednesday))));
        Assert.Equal("the third quarter", Text.Substring(expression.Span.Start, expression.Span.Length));
    }

    [Fact]
    public void Tagger_RejectsPublicationDateOutOfRange()
    {
        var article = ArticleKit.Article("The mill shut on Monday.", published: new DateTimeOffset(9500, 1, 1, 0, 0, 0, TimeSpan.Zero));
        var error = Assert.Throws<CrosswireException>(() => TemporalTagger.Default.Tag(TextPipeline.Default.Analyze(article)));
        Assert.Equal("E210", error.Error.Code);
    }

    [Theory]
    [InlineData("2026", TemporalGranularity.Year)]
    [InlineData("2026-04", TemporalGranularity.Month)]
    [InlineData("2026-W19", TemporalGranularity.Week)]
    [InlineData("2026-04-21", TemporalGranularity.Day)]
    [InlineData("2026-02-09T21:45", TemporalGranularity.Minute)]
    [InlineData("2026-07/2026-09", TemporalGranularity.Month)]
    public void Value_RoundTripsFixtureNotation(string text, TemporalGranularity granularity)
    {
        var value = TemporalValue.Parse(text);
        Assert.Equal(text, value.ToString());
        Assert.Equal(granularity, value.Granularity);
    }

    [Theory]
    [InlineData("2026-13")]
    [InlineData("2026-02-30")]
    [InlineData("June 2026")]
    [InlineData("2026-09/2026-07")]
    [InlineData("9999")] // regression: a year beyond the supported range threw instead of being rejected
    public void Value_RejectsBadNotationWithE211(string text)
    {
        var error = Assert.Throws<CrosswireException>(() => TemporalValue.Parse(text));
        Assert.Equal("E211", error.Error.Code);
    }
}
