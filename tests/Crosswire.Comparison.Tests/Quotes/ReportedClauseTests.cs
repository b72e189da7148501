using Crosswire.Comparison.Quotes;
using Xunit;

namespace Crosswire.Comparison.Tests.Quotes;

/// <summary>Reported speech needs a clause: phrases, objects and infinitives after a verb are not speech.</summary>
public sealed class ReportedClauseTests
{
    private static List<Quote> Quotes(string text) => QuoteExtractorTests.Quotes(text);

    [Theory]
    [InlineData("\"We have done our part,\" Orla Quennell told Danish reporters after the talks.")]
    [InlineData("\"We have done our part,\" Orla Quennell told reporters through an interpreter.")]
    [InlineData("\"We have done our part,\" Orla Quennell told reporters in the assembly building.")]
    [InlineData("\"We have done our part,\" she told Harbourside Radio from her hospital bed.")]
    [InlineData("\"We have done our part,\" Mr Quennell told reporters outside the court.")]
    public void Extractor_PrepositionalPhraseAfterToldIsNotReportedSpeech(string text)
    {
        // Regression: "told Japanese reporters after the talks" gave the reported clause "after the talks".
        var quotes = Quotes(text);
        Assert.DoesNotContain(quotes, q => q.Kind == QuoteKind.Reported);
        Assert.Single(quotes, q => q.Kind == QuoteKind.Direct);
    }

    [Theory]
    [InlineData("The two ministers agreed Tuesday to strengthen cooperation on fishing quotas in talks that lasted four hours.")]
    [InlineData("Prime Minister Orla Quennell accepted the invitation with pleasure.")]
    [InlineData("The leaders announced the creation of a joint fund to support ferry routes in both countries.")]
    [InlineData("Brightwater Marine, which announced a plan to build a shipyard in the north, saw its shares rise 3 percent.")]
    [InlineData("They also promised a joint research programme on hull design between universities in both countries.")]
    [InlineData("About four in ten people who had the vaccine reported a sore arm, compared with one in ten on placebo.")]
    public void Extractor_ObjectOrInfinitiveAfterVerbIsNotReportedSpeech(string text)
    {
        // Regression: "announced the creation of …", "agreed Tuesday to …" were taken as reported speech.
        Assert.Empty(Quotes(text));
    }

    [Theory]
    [InlineData("Brightwater Marine announced that it would build a shipyard in Kelmouth.", "it would build a shipyard in Kelmouth")]
    [InlineData("Brightwater Marine announced it would build a shipyard in Kelmouth.", "it would build a shipyard in Kelmouth")]
    [InlineData("Orla Quennell promised that the ferry would run again by May.", "the ferry would run again by May")]
    [InlineData("Orla Quennell confirmed the ferry had been inspected in March.", "the ferry had been inspected in March")]
    [InlineData("Orla Quennell told reporters the ferry would run again by May.", "the ferry would run again by May")]
    [InlineData("Orla Quennell said at least nine ferries had been cancelled.", "at least nine ferries had been cancelled")]
    [InlineData("Orla Quennell claims she met the skipper twice before the storm.", "she met the skipper twice before the storm")]
    public void Extractor_ClauseAfterVerbStaysReportedSpeech(string text, string clause)
    {
        var quote = Assert.Single(Quotes(text));
        Assert.Equal(QuoteKind.Reported, quote.Kind);
        Assert.Equal(clause, quote.Words);
    }

    [Fact]
    public void Extractor_RelativeClauseAfterCommaIsNoAttribution()
    {
        // Regression: "…, where a major incident had been declared" was read as "…, X declared".
        Assert.Empty(Quotes("Survivors were taken to Kelmouth General Hospital, where a major incident had been declared."));
    }

    [Fact]
    public void Extractor_PoliceWithNoForceNamedIsNotAnotherOrganisation()
    {
        // Regression: "Police said …" went to the company named in the sentence before.
        var quote = Assert.Single(Quotes("Brightwater Marine Ltd will open its yard on Tuesday. Police said Quay Road would be closed between 10am and 2pm."));
        Assert.Equal("Police", quote.Speaker);
    }

    [Fact]
    public void Extractor_TheCompanyIsTheArticlesMainCompany()
    {
        // Regression: "…, the company said" went to the organisation named last (an investment firm quoted in passing).
        var quote = Assert.Single(Quotes(
            "Brightwater Marine Industries will build a shipyard in Kelmouth. Brightwater Marine Industries has 900 staff. "
            + "Odile Marsk, an analyst at Fenwick Capital, called it \"a bold bet\". "
            + "Construction is due to start next year, with the first ships leaving the yard in 2029, the company said."), q => q.Kind == QuoteKind.Reported);
        Assert.Equal("Brightwater Marine Industries", quote.Speaker);
    }

    [Fact]
    public void Extractor_TheyAfterAnUnnamedGroupIsUnknown()
    {
        // Regression: "they said" after "two people familiar with the deal" went to an organisation.
        var quote = Assert.Single(Quotes(
            "Brightwater Marine Ltd is in talks with the government, according to two people familiar with the deal. "
            + "The government will provide a grant of £150m, they said."), q => q.Text.Start > 60);
        Assert.Equal(Quote.Unknown, quote.Speaker);
    }

    [Fact]
    public void Extractor_OutletNamedInItsDatelineNeverSpeaks()
    {
        // Regression: "The government's top spokesman said …" went to the outlet of the dateline.
        var article = Crosswire.TestKit.ArticleKit.Article(
            "KELMOUTH, Oct. 14 (Harbour Press) -- The government's top spokesman said that the fund would be finalised by the end of the year.",
            source: "Harbour Press - English News");
        var analyzed = Crosswire.Text.Pipeline.TextPipeline.Default.Analyze(article);
        var quotes = QuoteExtractor.Default.Extract(analyzed, Crosswire.Comparison.Entities.EntityResolver.Default.Resolve([analyzed]));
        Assert.Equal(Quote.Unknown, Assert.Single(quotes).Speaker);
    }

    [Fact]
    public void Extractor_SpeechVerbInALaterClauseIsNotThePartialQuotesAttribution()
    {
        // Regression: "… "a significant step" but that the search would continue" read "continue" as the attribution.
        var quote = Assert.Single(Quotes(
            "Detective Inspector Rhona Calder, who leads the inquiry, said the arrests were \"a significant step\" but that the search would continue."),
            q => q.Kind == QuoteKind.Partial);
        Assert.Equal("Rhona Calder", quote.Speaker);
    }

    [Fact]
    public void Extractor_SubjectAfterParticipialOpenerSpeaks()
    {
        // Regression: the name inside "Speaking … after talks with X," was taken for the speaker.
        var quote = Assert.Single(Quotes(
            "Speaking at the town hall after talks with the Danish minister, Orla Quennell, the mayor, Tamsin Rowe, called the deal \"a fair start\"."),
            q => q.Kind == QuoteKind.Partial);
        Assert.Equal("Tamsin Rowe", quote.Speaker);
    }

    [Fact]
    public void Extractor_TitleWordsJoinedByAndAreNoSpeaker()
    {
        // Regression: "Business and Trade Secretary Owen Maddox" gave a speaker "Business".
        var quote = Assert.Single(Quotes(
            "Culture and Sport Secretary Tamsin Rowe, who visited the yard last month, said the deal was \"a fair start\"."),
            q => q.Kind == QuoteKind.Partial);
        Assert.Equal("Tamsin Rowe", quote.Speaker);
    }

    [Fact]
    public void Extractor_NumberTenIsNoSpeaker()
    {
        // Regression: "They also promised …" after "Number 10" went to an entity "Number".
        var quotes = Quotes("The two leaders met at Number 10 on Tuesday. They said the talks had gone well.");
        Assert.DoesNotContain(quotes, q => q.Speaker == "Number");
    }

    [Fact]
    public void Extractor_RoleNounIsNotTheSubjectOfItsOwnClause()
    {
        // Regression: "According to the official, Rydell expressed interest" went to Rydell, the subject of
        // the reported clause, rather than to the unnamed official.
        const string text = "A senior official in Kelmouth, speaking on condition of anonymity, described the talks. " +
            "According to the official, Orla Quennell expressed interest but made no commitment.";
        var quote = Assert.Single(Quotes(text), q => q.Kind == QuoteKind.Reported);
        Assert.Equal(Quote.Unknown, quote.Speaker);
    }

    [Theory]
    [InlineData("Residents of the Brackley estate, next to the main access road, said they were worried about heavy lorries passing the school.")]
    [InlineData("Two residents of the Brackley estate said they were worried about heavy lorries passing the school.")]
    public void Extractor_PlaceInTheSubjectIsNeverTheSpeaker(string text)
    {
        // Regression: "Residents of the Dormanstown estate … said" was given to the estate.
        Assert.DoesNotContain(Quotes(text), q => q.Speaker.Contains("Brackley", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Residents of the Brackley estate, next to the main access road, said they were worried about heavy lorries passing the school.", "they were worried about heavy lorries passing the school")]
    [InlineData("Two people familiar with the negotiations said the deal would be signed within a week.", "the deal would be signed within a week")]
    [InlineData("On Tuesday, Danish officials said the ferry would resume sailing in May.", "the ferry would resume sailing in May")]
    [InlineData("The barrier had been lowered too early, officials said.", "The barrier had been lowered too early")]
    public void Extractor_PluralGroupSubjectGivesAnUnknownSpeaker(string text, string clause)
    {
        // Regression: "Residents of the Dormanstown estate … said they were worried" gave no quote at all.
        var quote = Assert.Single(Quotes(text));
        Assert.Equal(QuoteKind.Reported, quote.Kind);
        Assert.Equal(Quote.Unknown, quote.Speaker);
        Assert.Equal(clause, quote.Words);
    }

    [Theory]
    [InlineData("Wildlife experts say the reef is shrinking every year.")]
    [InlineData("People say the old pier was the best in the county.")]
    public void Extractor_ClassStatementIsNoQuote(string text)
    {
        Assert.Empty(Quotes(text));
    }

    [Fact]
    public void Extractor_CoinedNameAfterAgreedIsNoQuote()
    {
        // Regression: "agreed to hold … a new economic "two-plus-two" dialogue" listed "two-plus-two" as a quote.
        const string text = "The two ministers agreed to hold the first meeting of a new economic \"two-plus-two\" dialogue in Kelmouth next spring.";
        Assert.Empty(Quotes(text));
    }

    [Fact]
    public void Extractor_QuotedWordsBeforeANounAfterSaidStayAQuote()
    {
        const string text = "Ilse Varga said the \"deeply flawed\" plan would be withdrawn.";
        var quote = Assert.Single(Quotes(text));
        Assert.Equal(QuoteKind.Partial, quote.Kind);
        Assert.Equal("Ilse Varga", quote.Speaker);
    }
}
