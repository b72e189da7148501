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
}
