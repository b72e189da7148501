using Crosswire.Storage.Stories;
using Crosswire.TestKit;
using Xunit;

namespace Crosswire.Storage.Tests;

public sealed class ArticleHeadlineTests
{
    [Fact]
    public void ArticleHeadline_IsTheTitleWhenThereIsOne()
    {
        Assert.Equal("Harbour wall gives way", ArticleHeadline.Of(ArticleKit.Article("Body text.", title: "  Harbour wall\n gives way ")));
    }

    [Fact]
    public void ArticleHeadline_IsTheFirstSentenceWithoutATitle()
    {
        Assert.Equal("The harbour wall at Dunmere gave way overnight.",
            ArticleHeadline.Of(ArticleKit.Article("The harbour wall at Dunmere\ngave way overnight. Crews were called at dawn.")));
    }

    [Fact]
    public void ArticleHeadline_StopsAtABlankLineWithoutATitle()
    {
        Assert.Equal("Dunmere harbour wall gives way",
            ArticleHeadline.Of(ArticleKit.Article("Dunmere harbour wall gives way\n\nThe harbour wall at Dunmere gave way overnight.")));
    }

    [Fact]
    public void ArticleHeadline_CutsALongFirstSentenceAtAWord()
    {
        var text = string.Join(' ', Enumerable.Repeat("floodwater", 30)) + ".";
        var headline = ArticleHeadline.Of(ArticleKit.Article(text));
        Assert.EndsWith("floodwater…", headline, StringComparison.Ordinal);
        Assert.True(headline.Length <= ArticleHeadline.MaxLength + 1);
    }
}
