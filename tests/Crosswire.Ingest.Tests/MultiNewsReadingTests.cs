using Xunit;
using static Crosswire.Ingest.Tests.IngestKit;

namespace Crosswire.Ingest.Tests;

public sealed class MultiNewsReadingTests
{
    [Fact]
    public void MultiNews_SplitsArticlesAndTurnsNewlineTokensIntoLineBreaks()
    {
        var outcomes = ReadAll(Fixture("multinews/sample.src"));
        Assert.Equal(5, outcomes.Count);
        var first = outcomes[0].Article!;
        Assert.Equal("sample:1/a1", first.Id);
        Assert.Equal("Residents of Corrow voted to rename the high street.\n\nThe vote passed by 312 to 298.", first.Text);
        Assert.EndsWith("sample.src:1", first.Origin);
        Assert.Equal("sample:1/a2", outcomes[1].Article?.Id);
        Assert.Contains("after a narrow vote.\nSome shopkeepers", outcomes[1].Article!.Text);
        Assert.Equal("sample:2/a1", outcomes[2].Article?.Id);
    }

    [Fact]
    public void MultiNews_EmptyArticleBetweenSeparatorsIsRejected()
    {
        var outcomes = ReadAll(Fixture("multinews/sample.src"));
        Assert.Equal("E009", outcomes[3].Rejection?.Code);
        Assert.EndsWith("sample.src:2/a2", outcomes[3].Rejection?.Input);
        Assert.Equal("sample:2/a3", outcomes[4].Article?.Id);
        Assert.Equal("Hosepipe use is banned from Friday across the Tarrant valley.\nFarmers are exempt.", outcomes[4].Article!.Text);
    }

    [Fact]
    public void MultiNews_DetectedByContentWithoutExtension()
    {
        var outcomes = new ArticleReader().ReadText("One story. ||||| Another story.", "stdin-capture").ToList();
        Assert.Equal(["stdin-capture:1/a1", "stdin-capture:1/a2"], outcomes.Select(o => o.Article?.Id));
    }
}
