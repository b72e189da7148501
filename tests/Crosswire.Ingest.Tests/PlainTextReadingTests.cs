using Xunit;
using static Crosswire.Ingest.Tests.IngestKit;

namespace Crosswire.Ingest.Tests;

public sealed class PlainTextReadingTests
{
    [Fact]
    public void PlainText_ReadsHeaderLinesInAnyOrderAndCase()
    {
        var article = Single(Fixture("text/bridge-closure.txt"));
        Assert.Equal("bridge-closure", article.Id);
        Assert.Equal("Kestrel Bridge to close for six weeks of repairs", article.Title);
        Assert.Equal("Northshore Daily", article.Source);
        Assert.Equal(new DateTimeOffset(2026, 2, 10, 18, 20, 0, TimeSpan.Zero), article.Published);
        Assert.Equal("https://northshoredaily.example/kestrel-bridge-closure", article.Url);
        Assert.StartsWith("The Kestrel Bridge between Northshore", article.Text);
        Assert.EndsWith("adding about twenty minutes to journeys.", article.Text);
        Assert.Contains("\n\nBuses will divert", article.Text);
    }

    [Fact]
    public void PlainText_WithoutHeaderKeepsWholeTextAndNormalisesLineEndings()
    {
        var article = Single(Fixture("text/gull-drones.txt"));
        Assert.Null(article.Title);
        Assert.DoesNotContain('\r', article.Text);
        Assert.StartsWith("Gulls ground drones at seaside festival\n\nOrganisers", article.Text);
    }

    [Fact]
    public void PlainText_UnparseableDateIsNullNotAnError()
    {
        var article = SingleText("Published: sometime last week\nTitle: Quiz night\n\nThe quiz raised 400 pounds.", "quiz.txt");
        Assert.Null(article.Published);
        Assert.Equal("Quiz night", article.Title);
        Assert.Equal("The quiz raised 400 pounds.", article.Text);
    }

    [Fact]
    public void PlainText_HeaderWithoutBodyIsRejected()
    {
        var rejection = SingleRejection(new ArticleReader().ReadText("Title: Nothing here\n\n", "empty-body.txt"));
        Assert.Equal("E009", rejection.Code);
    }

    [Fact]
    public void PlainText_BracketedFirstLineIsNotJson()
    {
        var article = SingleText("[Updated 5pm] The regatta was postponed because of wind.", "regatta.txt");
        Assert.StartsWith("[Updated 5pm]", article.Text);
    }
}
