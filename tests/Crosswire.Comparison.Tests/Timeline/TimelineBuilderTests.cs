using Crosswire.Comparison.Tests.Kit;
using Crosswire.Comparison.Timeline;
using Crosswire.Core.Documents;
using Crosswire.TestKit;
using Crosswire.Text.Pipeline;
using Xunit;

namespace Crosswire.Comparison.Tests.Timeline;

public sealed class TimelineBuilderTests
{
    private static readonly DateTimeOffset Monday = new(2026, 7, 20, 16, 0, 0, TimeSpan.FromHours(3));

    private static AnalyzedArticle Analyze(string id, string text, DateTimeOffset? published) =>
        TextPipeline.Default.Analyze(ArticleKit.Article(text, id, published: published));

    [Fact]
    public void Builder_MergesTheSameDatedHappeningAcrossArticles()
    {
        var timeline = TimelineBuilder.Default.Build(
        [
            Analyze("a1", "A grass fire broke out near Kalvos on Sunday night. Residents were told to leave on Monday.", Monday),
            Analyze("a2", "The grass fire near Kalvos broke out late on Sunday night, officials said.", Monday.AddDays(1)),
        ]);

        var sunday = Assert.Single(timeline.Events, e => e.Date.ToString() == "2026-07-19");
        Assert.Equal(["a1", "a2"], sunday.Sources.Select(s => s.ArticleId));
        Assert.Equal("A grass fire broke out near Kalvos on Sunday night.", sunday.Text);
        Assert.Contains(timeline.Events, e => e.Date.ToString() == "2026-07-20");
        Assert.Empty(timeline.Rejections);
    }

    [Fact]
    public void Builder_KeepsDifferentHappeningsOnOneDateApart()
    {
        var timeline = TimelineBuilder.Default.Build(
        [
            Analyze("a1", "The ferry operator cancelled all sailings on Sunday.", Monday),
            Analyze("a2", "A second blaze was reported in the hills above Marathia on Sunday.", Monday),
        ]);

        Assert.Equal(2, timeline.Events.Count(e => e.Date.ToString() == "2026-07-19"));
    }

    [Fact]
    public void Builder_SortsByDateWithCoarserValuesFirstAndPrefersClockTimes()
    {
        var timeline = TimelineBuilder.Default.Build(
        [
            Analyze("a1", "Water bombers arrived at 3pm on Sunday. The dry spell began in June. Hotels reopened in July. The road was closed in 2024.", Monday),
        ]);

        Assert.Equal(["2024", "2026-06", "2026-07", "2026-07-19T15:00"], timeline.Events.Select(e => e.Date.ToString()));
    }

    [Fact]
    public void Builder_SourcesPointAtTheirSentence()
    {
        var article = Analyze("a1", "  Crews worked through Monday night.  ", Monday);
        var timeline = TimelineBuilder.Default.Build([article]);
        var source = Assert.Single(Assert.Single(timeline.Events).Sources);
        Assert.Equal("Crews worked through Monday night.", article.Article.Slice(source.Span));
    }

    [Fact]
    public void Builder_ReportsAnArticleWithAnUnusablePublicationDateAndGoesOn()
    {
        var timeline = TimelineBuilder.Default.Build(
        [
            Analyze("bad", "The fire started on Sunday.", new DateTimeOffset(9500, 1, 1, 0, 0, 0, TimeSpan.Zero)),
            Analyze("good", "The fire started on Sunday.", Monday),
        ]);

        var rejection = Assert.Single(timeline.Rejections);
        Assert.Equal(("bad", "E210"), (rejection.Input, rejection.Code));
        Assert.Equal("good", Assert.Single(Assert.Single(timeline.Events).Sources).ArticleId);
    }

    [Fact]
    public void Builder_OnFixturesMergesReprintsAndStaysSorted()
    {
        foreach (var story in FixtureStory.All)
        {
            var analyzed = story.Articles.Select(TextPipeline.Default.Analyze).ToList();
            var timeline = TimelineBuilder.Default.Build(analyzed);
            Assert.Empty(timeline.Rejections);
            Assert.NotEmpty(timeline.Events);
            for (var i = 1; i < timeline.Events.Length; i++)
            {
                Assert.True(timeline.Events[i - 1].Date.CompareTo(timeline.Events[i].Date) <= 0, $"{story.Slug}: events out of order at {i}");
            }

            foreach (var copies in story.Expected.Copies)
            {
                var original = timeline.Events.Where(e => e.Sources.Any(s => s.ArticleId == copies[0])).ToList();
                var shared = original.Count(e => e.Sources.Any(s => s.ArticleId == copies[1]));
                Assert.True(shared >= original.Count * 0.7, $"{story.Slug}: only {shared}/{original.Count} events of {copies[0]} merged with its reprint {copies[1]}");
            }
        }
    }
}
