using Crosswire.Comparison.Entities;
using Crosswire.Comparison.Quotes;
using Crosswire.TestKit;
using Crosswire.Text.Pipeline;
using Xunit;

namespace Crosswire.Comparison.Tests.Quotes;

public sealed class QuoteExtractorTests
{
    internal static List<Quote> Quotes(string text)
    {
        var analyzed = TextPipeline.Default.Analyze(ArticleKit.Article(text));
        var entities = EntityResolver.Default.Resolve([analyzed]);
        return [.. QuoteExtractor.Default.Extract(analyzed, entities)];
    }

    private static Quote Only(string text, QuoteKind kind) => Assert.Single(Quotes(text), q => q.Kind == kind);

    [Theory]
    [InlineData("Talia Brennock spoke at noon. \"We will rebuild the pier,\" she said.")]
    [InlineData("Talia Brennock spoke at noon. \"We will rebuild the pier,\" said Talia Brennock.")]
    [InlineData("Talia Brennock said: \"We will rebuild the pier.\"")]
    [InlineData("Talia Brennock, the harbour minister, said: \u201CWe will rebuild the pier.\u201D")]
    [InlineData("Harbour Minister Talia Brennock was asked about the storm. \"We will rebuild the pier,\" the minister said.")]
    [InlineData("Talia Brennock said on Tuesday.\n\n\"We will rebuild the pier.\"")]
    public void Extractor_AttributesDirectQuote(string text)
    {
        var quote = Only(text, QuoteKind.Direct);
        Assert.Equal("Talia Brennock", quote.Speaker);
        Assert.StartsWith("We will rebuild the pier", quote.Words, StringComparison.Ordinal);
    }

    [Fact]
    public void Extractor_SplitsQuoteAroundAttribution()
    {
        var quotes = Quotes("Osric Penhale was angry. \"It is a scandal,\" Mr Penhale said. \"Nobody listened to us.\"");
        Assert.Equal(2, quotes.Count);
        Assert.All(quotes, q => Assert.Equal("Osric Penhale", q.Speaker));
        Assert.Equal("It is a scandal,", quotes[0].Words);
    }

    [Fact]
    public void Extractor_ContinuesQuoteOverParagraphs()
    {
        var quotes = Quotes("Judge Marnie Oakes spoke for ten minutes.\n\n\"You took what was not yours. You hid it for years.\n\n\"Nothing I say will give it back.\"");
        Assert.Equal(2, quotes.Count);
        Assert.All(quotes, q => Assert.Equal("Marnie Oakes", q.Speaker));
        Assert.All(quotes, q => Assert.Equal(QuoteKind.Direct, q.Kind));
    }

    [Fact]
    public void Extractor_FindsPartialQuote()
    {
        var quote = Only("Ivo Dennet called the ruling \"short-sighted and unkind\" on Monday.", QuoteKind.Partial);
        Assert.Equal("short-sighted and unkind", quote.Words);
        Assert.Equal("Ivo Dennet", quote.Speaker);
    }

    [Theory]
    [InlineData("Ivo Dennet said that the ferry would sail again in spring.", "the ferry would sail again in spring")]
    [InlineData("Ivo Dennet said the ferry would sail again in spring.", "the ferry would sail again in spring")]
    [InlineData("The ferry would sail again in spring, Ivo Dennet said.", "The ferry would sail again in spring")]
    [InlineData("Ivo Dennet told reporters the ferry would sail again in spring.", "the ferry would sail again in spring")]
    [InlineData("Ivo Dennet warned that the ferry would sail again in spring.", "the ferry would sail again in spring")]
    public void Extractor_FindsReportedSpeech(string text, string clause)
    {
        var quote = Only(text, QuoteKind.Reported);
        Assert.Equal(clause, quote.Words);
        Assert.Equal("Ivo Dennet", quote.Speaker);
    }

    [Fact]
    public void Extractor_AttributesAccordingToOrganisation()
    {
        var quote = Only("The pier was closed at dawn, according to Lowmere Ferry Authority.", QuoteKind.Reported);
        Assert.Equal("Lowmere Ferry Authority", quote.Speaker);
        Assert.Equal("The pier was closed at dawn", quote.Words);
    }

    [Fact]
    public void Extractor_NamedSpokespersonSpeaksNotTheirEmployer()
    {
        var quote = Only("Petra Voll, a spokeswoman for Quayside Rope Ltd, said the order had been cancelled.", QuoteKind.Reported);
        Assert.Equal("Petra Voll", quote.Speaker);
    }

    [Fact]
    public void Extractor_OrganisationNounResolvesToOrganisation()
    {
        var quote = Only("Lowmere Borough Council met on Monday. The council said the library would close in May.", QuoteKind.Reported);
        Assert.Equal("Lowmere Borough Council", quote.Speaker);
    }

    [Fact]
    public void Extractor_AnonymousSourceIsUnknown()
    {
        var quotes = Quotes("Talia Brennock left early. \"It was chaos,\" said one passenger, who asked not to be named. \"Nobody told us,\" she said.");
        Assert.Equal(2, quotes.Count);
        Assert.All(quotes, q => Assert.Equal(Quote.Unknown, q.Speaker));
    }

    [Fact]
    public void Extractor_SkipsClassStatementsAndTitles()
    {
        Assert.Empty(Quotes("Scientists say the reef is shrinking fast every year."));
        Assert.Empty(Quotes("The choir sang \"The Glass Lantern\" at the end."));
    }

    [Fact]
    public void Group_JoinsSameQuoteFromTwoArticles()
    {
        var articles = new[]
        {
            TextPipeline.Default.Analyze(ArticleKit.Article("Talia Brennock said: \"We will rebuild the pier by summer.\"", id: "a1")),
            TextPipeline.Default.Analyze(ArticleKit.Article("\"We will rebuild the pier by summer,\" Talia Brennock said.", id: "a2")),
        };
        var entities = EntityResolver.Default.Resolve(articles);
        var quotes = QuoteExtractor.Default.Extract(articles, entities);
        var group = Assert.Single(QuoteExtractor.Default.Group(quotes));
        Assert.Equal("Talia Brennock", group.Speaker);
        Assert.Equal(["a1", "a2"], group.Sources.Select(s => s.ArticleId));
    }

    [Theory]
    [InlineData("The council is building a \"smart\" sea wall along the front at Dunmarrow.")]
    [InlineData("Viewers could go online to \"sabotage\" a rival team in the Harrowgate Games.")]
    [InlineData("Brinwell Foods, citing the \"deterioration\" of the market, closed its plant at Tolleck on Tuesday.")]
    public void Extractor_ScareQuoteIsNotAQuote(string text)
    {
        Assert.DoesNotContain(Quotes(text), q => q.Kind != QuoteKind.Reported);
    }

    [Theory]
    [InlineData("Feltry Rhodes told the Courier that the dinner had been \"a courtesy\".", "a courtesy")]
    [InlineData("Mira Castellane called the plan \"cruel\" on Monday.", "cruel")]
    [InlineData("The offer was \"insulting\", Mira Castellane said.", "insulting")]
    public void Extractor_ShortPartialQuoteWithVerbOfSayingIsKept(string text, string words)
    {
        var quote = Only(text, QuoteKind.Partial);
        Assert.Equal(words, quote.Words);
    }

    [Theory]
    [InlineData("That puts it behind the 2011 Brightly Motors ad \"The Lantern,\" with 5.5 million shares.")]
    [InlineData("The letter, dated July 1998, was marked \"Secret.\" It was signed in blue ink.")]
    public void Extractor_TitleInMarksWithPunctuationInsideIsNotAQuote(string text)
    {
        Assert.DoesNotContain(Quotes(text), q => q.Kind != QuoteKind.Reported);
    }

    [Fact]
    public void Extractor_PartialQuoteWithoutVerbTakesTheSubjectNotANameInAClause()
    {
        // Regression: the first person anywhere before the marks was taken as the speaker.
        var quotes = Quotes("Warrants outline the case against Odran Vesk, who ordered the militia to attack villages with \"the specific intent to destroy\" those groups.");
        var quote = Assert.Single(quotes, q => q.Kind == QuoteKind.Partial);
        Assert.Equal(Quote.Unknown, quote.Speaker);
    }

    [Fact]
    public void Extractor_PartialQuoteAfterIntroductoryPhraseTakesTheSubject()
    {
        var quote = Only("In one message, sent the following morning, Feltry Rhodes thanked the minister for \"a very candid evening\".", QuoteKind.Partial);
        Assert.Equal("Feltry Rhodes", quote.Speaker);
    }

    [Fact]
    public void Extractor_CountryAsSubjectSpeaksForItself()
    {
        // Regression: "The U.S. said" was given to the organisation named last.
        var quote = Only("The Tarrow Court ruled on Monday. The U.S. said it was \"deeply concerned\" about the ruling.", QuoteKind.Partial);
        Assert.Equal("U.S.", quote.Speaker);
    }

    [Fact]
    public void Extractor_OrganisationHeadingTheSubjectSpeaksNotThePersonInItsApposition()
    {
        var quote = Only("The Harbour Unity Party \u2014 the party of President Odran Vesk \u2014 urged the court to act, saying the tribunal is \"no longer useful\".", QuoteKind.Partial);
        Assert.Equal("Harbour Unity Party", quote.Speaker);
    }

    [Fact]
    public void Extractor_CoordinatedVerbSharesTheSubject()
    {
        // Regression: "X declined to say … but said" went to the person named in between.
        var quote = Only("Spokesman Jeff Arkwell declined to say whether Tomas Verrin should have been held but said \"clearly, some action should have been taken\".", QuoteKind.Partial);
        Assert.Equal("Jeff Arkwell", quote.Speaker);
    }

    [Fact]
    public void Extractor_DocumentAsSpeakerIsUnknown()
    {
        var quotes = Quotes("\"The money has already been paid,\" says the letter, which carries the signature of Odran Vesk.");
        var quote = Assert.Single(quotes, q => q.Kind == QuoteKind.Direct);
        Assert.Equal(Quote.Unknown, quote.Speaker);
    }

    [Fact]
    public void Extractor_ParticipleAfterAQuotationKeepsTheSpeakerOfItsClause()
    {
        // Regression: in "X said crews had made "only a handful" of patrols off the Vester Coast, warning that …"
        // both quotations went to the name just before the participle.
        var quotes = Quotes("Speaking to the harbour board, Mr. Halvorsen said coastguard crews had made \u201Conly a handful\u201D of patrols "
            + "for the Skarvik Fisheries Board, warning that smugglers were a growing danger to \u201Cevery fishing village on the coast.\u201D");
        Assert.Equal(2, quotes.Count);
        Assert.All(quotes, q => Assert.Equal("Halvorsen", q.Speaker));
    }
}
