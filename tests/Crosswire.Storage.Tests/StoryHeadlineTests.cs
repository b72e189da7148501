using Crosswire.Storage.Stories;
using Xunit;

namespace Crosswire.Storage.Tests;

/// <summary><see cref="StoryHeadline"/> on invented titles.</summary>
public sealed class StoryHeadlineTests
{
    [Fact]
    public void StoryHeadline_TakesTheTitleThatSharesMostWithTheOthers_NotTheEarliestDocument()
    {
        (string, bool)[] articles =
        [
            ("Full text: joint communique of the Velmora harbour talks", true),
            ("Velmora ferry strike ends as union accepts overtime deal", true),
            ("Ferry crews return to work in Velmora after overtime deal", true),
            ("Island shops count the cost of the Velmora ferry strike", true),
        ];

        Assert.Equal("Velmora ferry strike ends as union accepts overtime deal", StoryHeadline.Choose(articles));
    }

    [Fact]
    public void StoryHeadline_OneOrTwoTitles_KeepsTheEarliestTitle()
    {
        Assert.Equal("Comet found", StoryHeadline.Choose([("A faint smudge in the images…", false), ("Comet found", true), ("Student spots comet", true)]));
        Assert.Equal("Comet found", StoryHeadline.Choose([("Comet found", true)]));
    }

    [Fact]
    public void StoryHeadline_NoTitles_TakesTheEarliestArticlesHeadline()
    {
        Assert.Equal("First line of the text", StoryHeadline.Choose([("First line of the text", false), ("Another text", false)]));
        Assert.Equal("", StoryHeadline.Choose([]));
    }

    [Fact]
    public void StoryHeadline_TiedTitles_KeepTheEarliest()
    {
        (string, bool)[] articles = [("Alpha beta gamma", true), ("Delta epsilon zeta", true), ("Theta iota kappa", true)];

        Assert.Equal("Alpha beta gamma", StoryHeadline.Choose(articles));
    }
}
