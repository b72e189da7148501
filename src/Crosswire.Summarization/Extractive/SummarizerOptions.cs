using Crosswire.Core.Errors;
using Crosswire.Summarization.Attribution;
using Crosswire.Summarization.Stories;

namespace Crosswire.Summarization.Extractive;

/// <summary>
/// Options of <see cref="ExtractiveSummarizer"/> and its stages. The defaults were chosen on the Multi-News
/// dev sample (docs/architecture.md, "Summarization", says how) and are meant to hold for any news story.
/// </summary>
public sealed record SummarizerOptions
{
    /// <summary>Default options.</summary>
    public static SummarizerOptions Default { get; } = new();

    /// <summary>Word budget of a summary when none is given: white-space separated words, the unit of the
    /// ROUGE <c>-l</c> limit. Default 300 (the Multi-News protocol).</summary>
    public int Words { get; init; } = 300;

    /// <summary>Shortest sentence selected, in words. Default 8: shorter ones are mostly headings, labels
    /// and fragments, and carry too little to pay for their place.</summary>
    public int MinSentenceWords { get; init; } = 8;

    /// <summary>Longest sentence selected, in words. Default 45: longer ones are mostly run-ons glued by
    /// crawling, lists or sentences that pack several facts, of which a summary wants one.</summary>
    public int MaxSentenceWords { get; init; } = 45;

    /// <summary>Exponent <c>γ</c> of a concept's weight <c>df^γ</c>, where <c>df</c> is the number of
    /// independent articles (copies count once) holding it. Default 2: what many outlets report matters
    /// more than linearly (1.5 to 2.5 give about the same; 1 is clearly worse).</summary>
    public double DocumentFrequencyExponent { get; init; } = 2;

    /// <summary>Weight of a single content word relative to a bigram concept of the same document frequency.
    /// Default 0.3: bigrams carry the facts, single words still reward a sentence about the story's
    /// people and places when its bigrams are new.</summary>
    public double UnigramWeight { get; init; } = 0.3;

    /// <summary>Decay <c>β</c> of the position prior <c>1 / (1 + β·i)</c> of the <c>i</c>-th sentence of an
    /// article (0 for the first). Default 0.05: news puts its key facts first.</summary>
    public double PositionDecay { get; init; } = 0.05;

    /// <summary>Exponent <c>α</c> of the length in the greedy ratio <c>gain / words^α</c>. Default 1.</summary>
    public double LengthExponent { get; init; } = 1.0;

    /// <summary>A candidate whose content words are at least this share (of the smaller sentence's) of a
    /// selected sentence's is a near-repeat and never selected. Default 0.6.</summary>
    public double RedundancyThreshold { get; init; } = 0.6;

    /// <summary>Weight of an article that shares none of its concepts with the other articles of its story
    /// (a crawl notice, an error page, a page about something else), relative to a typical article. Articles
    /// weigh between this and 1 by the share of their concepts found elsewhere. Default 0.3; 1 turns the
    /// weighting off.</summary>
    public double OffTopicWeight { get; init; } = 0.3;

    /// <summary>Improves the greedy selection by swapping sentences while the objective grows. Default true.</summary>
    public bool LocalSearch { get; init; } = true;

    /// <summary>How many sentences, those with the highest gain on their own, local search tries to swap in.
    /// Default 96: on the dev set this gives the same summaries as trying every sentence, and the cost of a
    /// swap round no longer grows with the story's size.</summary>
    public int SwapCandidates { get; init; } = 96;

    /// <summary>How words become terms and concepts, and copies are found.</summary>
    public StoryIndexOptions Index { get; init; } = StoryIndexOptions.Default;

    /// <summary>How summary sentences are traced to other articles.</summary>
    public AttributionOptions Attribution { get; init; } = AttributionOptions.Default;

    /// <summary>Throws E153 when an option is out of range.</summary>
    public void Validate(string input = "summarizer options")
    {
        string? problem = this switch
        {
            { Words: <= 0 } => $"Words must be positive, not {Words}",
            { MinSentenceWords: < 1 } => $"MinSentenceWords must be at least 1, not {MinSentenceWords}",
            _ when MaxSentenceWords < MinSentenceWords => $"MaxSentenceWords ({MaxSentenceWords}) is below MinSentenceWords ({MinSentenceWords})",
            _ when !(DocumentFrequencyExponent >= 0 && DocumentFrequencyExponent <= 4) => $"DocumentFrequencyExponent must be between 0 and 4, not {DocumentFrequencyExponent}",
            _ when !(UnigramWeight >= 0 && UnigramWeight <= 10) => $"UnigramWeight must be between 0 and 10, not {UnigramWeight}",
            _ when !(PositionDecay >= 0 && PositionDecay <= 10) => $"PositionDecay must be between 0 and 10, not {PositionDecay}",
            _ when !(LengthExponent >= 0 && LengthExponent <= 2) => $"LengthExponent must be between 0 and 2, not {LengthExponent}",
            _ when !(RedundancyThreshold > 0 && RedundancyThreshold <= 1) => $"RedundancyThreshold must be in (0, 1], not {RedundancyThreshold}",
            { SwapCandidates: < 1 } => $"SwapCandidates must be at least 1, not {SwapCandidates}",
            _ when !(OffTopicWeight >= 0 && OffTopicWeight <= 1) => $"OffTopicWeight must be between 0 and 1, not {OffTopicWeight}",
            _ => null,
        };
        if (problem is not null)
        {
            throw new CrosswireException(ErrorCatalogue.SummarizerBadOption, input, problem);
        }

        Index.Validate(input);
        Attribution.Validate(input);
    }
}
