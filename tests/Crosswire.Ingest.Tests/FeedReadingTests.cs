using Xunit;
using static Crosswire.Ingest.Tests.IngestKit;

namespace Crosswire.Ingest.Tests;

public sealed class FeedReadingTests
{
    [Fact]
    public void Feed_Rss2PrefersContentEncodedAndCleansHtml()
    {
        var outcomes = ReadAll(Fixture("feeds/valley-courier.rss"));
        Assert.Equal(3, outcomes.Count);
        var buses = outcomes[0].Article!;
        Assert.Equal("vc-2026-0311-buses", buses.Id);
        Assert.Equal("Council votes to keep night buses", buses.Title);
        Assert.Equal("Valley Courier", buses.Source);
        Assert.Equal("https://valleycourier.example/news/night-buses", buses.Url);
        Assert.Equal(new DateTimeOffset(2026, 3, 11, 20, 5, 0, TimeSpan.Zero), buses.Published?.ToUniversalTime());
        Assert.Equal("en", buses.Language);
        Assert.Equal(
            "Millbrook council voted on Wednesday to keep the three night bus routes that had been due to end in April.\n\n"
            + "Councillors said the & routes carried more than 900 passengers a week, most of them shift workers.",
            buses.Text);
        Assert.EndsWith("valley-courier.rss#1", buses.Origin);
    }

    [Fact]
    public void Feed_EntityEncodedDescriptionAndItemSource()
    {
        var market = ReadAll(Fixture("feeds/valley-courier.rss"))[1].Article!;
        Assert.Equal("https://valleycourier.example/news/market", market.Id);
        Assert.Equal("Farmers' market moves to the square", market.Title);
        Assert.Equal("Dorran Post", market.Source);
        Assert.Equal("The Saturday farmers' market will move to Church Square from next month.\n\nStallholders welcomed the change.", market.Text);
        Assert.Equal(new DateTimeOffset(2026, 3, 12, 13, 0, 0, TimeSpan.Zero), market.Published?.ToUniversalTime());
    }

    [Fact]
    public void Feed_ItemWithoutContentIsRejected()
    {
        var rejection = ReadAll(Fixture("feeds/valley-courier.rss"))[2].Rejection;
        Assert.Equal("E009", rejection?.Code);
        Assert.EndsWith("valley-courier.rss#3", rejection?.Input);
    }

    [Fact]
    public void Feed_AtomHtmlXhtmlAndText()
    {
        var outcomes = ReadAll(Fixture("feeds/northshore.atom"));
        Assert.All(outcomes, o => Assert.True(o.IsArticle, o.Rejection?.Message));
        var (dredging, choir, weather) = (outcomes[0].Article!, outcomes[1].Article!, outcomes[2].Article!);
        Assert.Equal("tag:northshoredaily.example,2026:dredging", dredging.Id);
        Assert.Equal("Harbour dredging delayed again", dredging.Title);
        Assert.Equal("Northshore Daily", dredging.Source);
        Assert.Equal("https://northshoredaily.example/dredging", dredging.Url);
        Assert.Equal(new DateTimeOffset(2026, 2, 11, 8, 30, 0, TimeSpan.Zero), dredging.Published?.ToUniversalTime());
        Assert.Equal("Dredging of the outer harbour has been delayed until summer, the port authority said.\n\nThe delay follows a legal challenge by shellfish growers.", dredging.Text);
        Assert.Equal("The Averly Point school choir will sing in the national final in May.\n\nIt is the first time a Northshore school has reached the final.", choir.Text);
        Assert.Equal(new DateTimeOffset(2026, 2, 10, 16, 0, 0, TimeSpan.Zero), choir.Published);
        Assert.Equal("Gales of up to 70 mph are expected along the coast on Thursday.\nFerries may be cancelled.", weather.Text);
        Assert.Equal("Coastal Weather Service", weather.Source);
        Assert.Equal("en", weather.Language);
    }

    [Fact]
    public void Feed_Rss1RdfItems()
    {
        var article = Single(Fixture("feeds/lakeside.xml"));
        Assert.Equal("https://lakesidenews.example/regatta", article.Id);
        Assert.Equal("Lakeside News", article.Source);
        Assert.Equal("Regatta returns after three-year break", article.Title);
        Assert.Equal(new DateTimeOffset(2026, 4, 2, 10, 0, 0, TimeSpan.Zero), article.Published);
    }

    [Fact]
    public void Feed_ExternalEntityIsNeverResolved()
    {
        using var temp = new TestKit.TempDirectory();
        var secret = temp.Write("secret.txt", "TOP SECRET CONTENT");
        var feed = $"""
            <?xml version="1.0"?>
            <!DOCTYPE rss [<!ENTITY xxe SYSTEM "file://{secret}">]>
            <rss version="2.0"><channel><title>Evil</title>
            <item><title>x</title><description>&xxe;</description></item></channel></rss>
            """;
        var outcomes = new ArticleReader().ReadText(feed, "evil.rss").ToList();
        Assert.DoesNotContain(outcomes, o => o.Article?.Text.Contains("SECRET", StringComparison.Ordinal) == true);
        Assert.Equal("E007", Assert.Single(outcomes).Rejection?.Code);
    }

    [Fact]
    public void Feed_EntityExpansionBombIsRejectedQuickly()
    {
        const string bomb = """
            <?xml version="1.0"?>
            <!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
            <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>
            <rss><channel><item><description>&lol3;</description></item></channel></rss>
            """;
        Assert.Equal("E007", SingleRejection(new ArticleReader().ReadText(bomb, "bomb.xml")).Code);
    }

    [Fact]
    public void Feed_MalformedXmlKeepsItemsReadBeforeTheError()
    {
        const string feed = """
            <rss><channel><title>Half Feed</title>
            <item><guid>one</guid><description>The first item is complete and fine.</description></item>
            <item><guid>two</guid><description>The second is cut off
            """;
        var outcomes = new ArticleReader().ReadText(feed, "half.rss").ToList();
        Assert.Equal(2, outcomes.Count);
        Assert.Equal("one", outcomes[0].Article?.Id);
        Assert.Equal("Half Feed", outcomes[0].Article?.Source);
        Assert.Equal(("half.rss", "E007"), (outcomes[1].Rejection?.Input, outcomes[1].Rejection?.Code));
    }

    [Fact]
    public void Feed_DeeplyNestedXmlIsRejected()
    {
        var feed = "<rss><channel><item><description>" + string.Concat(Enumerable.Repeat("<x>", 400)) + "deep" + string.Concat(Enumerable.Repeat("</x>", 400)) + "</description></item></channel></rss>";
        var rejection = SingleRejection(new ArticleReader().ReadText(feed, "deep.rss"));
        Assert.Equal("E010", rejection.Code);
        Assert.StartsWith("deep.rss", rejection.Input);
    }

    [Fact]
    public void Feed_XmlWithOtherRootIsUnrecognised()
    {
        var rejection = SingleRejection(new ArticleReader().ReadText("<?xml version=\"1.0\"?><catalog><book/></catalog>", "books.xml"));
        Assert.Equal("E005", rejection.Code);
    }
}
