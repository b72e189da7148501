using Xunit;
using static Crosswire.Ingest.Tests.IngestKit;

namespace Crosswire.Ingest.Tests;

public sealed class HtmlReadingTests
{
    [Fact]
    public void Html_ExtractsArticleBodyParagraphs()
    {
        var article = Single(Fixture("html/ferry-strike.html"));
        var paragraphs = article.Text.Split("\n\n");
        Assert.StartsWith("Crews on the Port Averly to Skellholm ferry walked off the job at dawn on Wednesday, stranding hundreds", paragraphs[0]);
        Assert.Contains("Commuters turned away", paragraphs);
        Assert.Contains("We regret the disruption and remain ready to talk at any time.", paragraphs);
        Assert.Contains("12:15 from Port Averly", paragraphs);
        Assert.Equal("The union has called a second walkout for Friday if no agreement is reached.", paragraphs[^1]);
        Assert.Contains("\u201cI have a shift at the hospital at eight,\u201d said Tamsin Koro", article.Text);
    }

    [Fact]
    public void Html_DropsPageFurniture()
    {
        var text = Single(Fixture("html/ferry-strike.html")).Text;
        foreach (var furniture in new[]
        {
            "cookies", "Sport", "Home", "Share on", "figcaption", "Photo: Lio Brandt", "By Maren Oduya", "Advertisement",
            "Read more", "morning briefing", "Hidden tracking", "Most read", "Related stories", "Typical, the ferry",
            "All rights reserved", "dataLayer", "float: right",
        })
        {
            Assert.DoesNotContain(furniture, text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Html_CollapsesWhiteSpaceInsideBlocks()
    {
        var text = Single(Fixture("html/ferry-strike.html")).Text;
        Assert.DoesNotContain("  ", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\n\n\n", text, StringComparison.Ordinal);
        Assert.All(text.Split("\n\n"), paragraph => Assert.DoesNotContain('\n', paragraph));
    }

    [Fact]
    public void Html_ReadsMetadata()
    {
        var article = Single(Fixture("html/ferry-strike.html"));
        Assert.Equal("ferry-strike", article.Id);
        Assert.Equal("Ferry crews walk out over rota changes", article.Title);
        Assert.Equal("The Harbour Gazette", article.Source);
        Assert.Equal(new DateTimeOffset(2026, 3, 4, 7, 45, 0, TimeSpan.Zero), article.Published);
        Assert.Equal("https://harbourgazette.example/news/2026/03/ferry-crews-walk-out", article.Url);
        Assert.Equal("en", article.Language);
        Assert.EndsWith("ferry-strike.html", article.Origin);
    }

    [Fact]
    public void Html_FindsContentByScoreWithoutSemanticTags()
    {
        var article = Single(Fixture("html/library-reopens.html"));
        var paragraphs = article.Text.Split("\n\n");
        Assert.Equal(4, paragraphs.Length);
        Assert.StartsWith("Millbrook's public library reopened on Saturday", paragraphs[0]);
        Assert.DoesNotContain("Archive", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Advertise", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Mill Lane", article.Text, StringComparison.Ordinal);
        Assert.Equal("Millbrook library reopens after flood repairs - Valley Courier", article.Title);
    }

    [Fact]
    public void Html_PageWithoutProseIsRejected()
    {
        var rejection = SingleRejection(new ArticleReader().ReadPaths([Fixture("html/navigation-only.html")]));
        Assert.Equal("E009", rejection.Code);
        Assert.EndsWith("navigation-only.html", rejection.Input);
    }

    [Fact]
    public void Html_JsonLdDateAndPublisherAreUsedWhenMetaTagsAreMissing()
    {
        const string html = """
            <html><head><title>Pier reopens | Bayside Echo</title>
            <script type="application/ld+json">[{"@type": "Organization", "name": "Someone"},
              {"@type": ["NewsArticle"], "headline": "Pier reopens after storm",
               "datePublished": "2026-05-01T12:00:00+02:00", "publisher": [{"name": "Bayside Echo"}]}]</script>
            <script type="application/ld+json">{ broken json </script>
            </head><body><p>The Bayside pier reopened to walkers on Friday after storm repairs.</p></body></html>
            """;
        var article = SingleText(html, "pier.html");
        Assert.Equal("Bayside Echo", article.Source);
        Assert.Equal("Pier reopens after storm", article.Title);
        Assert.Equal(new DateTimeOffset(2026, 5, 1, 10, 0, 0, TimeSpan.Zero), article.Published?.ToUniversalTime());
    }

    [Fact]
    public void Html_TitleFallsBackToH1AndTimeElement()
    {
        const string html = """
            <html><body><h1>Museum buys a Viking comb</h1><time datetime="2026-06-02">2 June</time>
            <div><p>The Corrow museum has bought a carved bone comb found by a dog walker on the beach.</p></div></body></html>
            """;
        var article = SingleText(html, "comb.html");
        Assert.Equal("Museum buys a Viking comb", article.Title);
        Assert.Equal(new DateTimeOffset(2026, 6, 2, 0, 0, 0, TimeSpan.Zero), article.Published);
        Assert.DoesNotContain("Museum buys", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Html_DoubleLineBreakStartsNewParagraph()
    {
        const string html = "<html><body><div>First paragraph of the story, long enough to count.<br><br>Second paragraph follows the breaks.<br>Same paragraph.</div></body></html>";
        var article = SingleText(html, "breaks.html");
        Assert.Equal("First paragraph of the story, long enough to count.\n\nSecond paragraph follows the breaks. Same paragraph.", article.Text);
    }

    [Fact]
    public void Html_MalformedMarkupNeverThrows()
    {
        const string html = "<html><body><p>Unclosed <b>bold <i>italic</b> text about the harbour wall </div></span><p>Another paragraph <table><td>cell";
        var article = SingleText(html, "broken.html");
        Assert.Contains("Unclosed bold italic text about the harbour wall", article.Text);
    }

    [Fact]
    public void Html_DeeplyNestedPageIsRejected()
    {
        var html = "<html><body>" + string.Concat(Enumerable.Repeat("<div>", 5000)) + "deep text" + "</body></html>";
        var rejection = SingleRejection(new ArticleReader().ReadText(html, "deep.html"));
        Assert.Equal("E010", rejection.Code);
        Assert.Equal("deep.html", rejection.Input);
    }

    [Fact]
    public void Html_ArticleWithFurnitureLikeClassIsKept()
    {
        const string html = """
            <html><body><div class="story social-enabled">
            <p>The harbour master confirmed the new mooring fees on Tuesday after a long consultation.</p>
            <p>Owners of small boats will pay less than before, while larger yachts will pay more.</p>
            </div><div class="social-links"><a href="#">Share this story</a></div></body></html>
            """;
        var article = SingleText(html, "fees.html");
        Assert.StartsWith("The harbour master confirmed", article.Text);
        Assert.DoesNotContain("Share this", article.Text, StringComparison.Ordinal);
    }
}
