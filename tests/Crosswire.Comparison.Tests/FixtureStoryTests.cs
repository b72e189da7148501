using Crosswire.Comparison.Tests.Kit;
using Xunit;

namespace Crosswire.Comparison.Tests;

public sealed class FixtureStoryTests
{
    [Fact]
    public void Fixtures_LoadWithEveryAnnotatedStringInItsArticle()
    {
        Assert.True(FixtureStory.All.Count >= 8);
        foreach (var story in FixtureStory.All)
        {
            foreach (var quote in story.Expected.Quotes)
            {
                Assert.Contains(quote.Text, story.Article(quote.Article).Text, StringComparison.Ordinal);
            }

            foreach (var variant in story.Expected.Conflicts.SelectMany(c => c.Variants))
            {
                Assert.Contains(variant.Sentence, story.Article(variant.Article).Text, StringComparison.Ordinal);
            }

            foreach (var date in story.Expected.Dates)
            {
                Assert.Contains(date.Text, story.Article(date.Article).Text, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public void Fixtures_MeetTheAnnotationTotals()
    {
        var stories = FixtureStory.All;
        Assert.True(stories.Sum(s => s.Expected.Quotes.Count) >= 60);
        Assert.True(stories.Sum(s => s.Expected.Conflicts.Count) >= 20);
        Assert.True(stories.Sum(s => s.Expected.Entities.Sum(e => e.Mentions.Values.Sum(m => m.Count))) >= 100);
        Assert.True(stories.Sum(s => s.Expected.Dates.Count) >= 40);
    }
}
