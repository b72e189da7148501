using System.Collections.Immutable;
using Crosswire.Core.Documents;
using Crosswire.Core.Errors;
using Crosswire.Summarization.Attribution;
using Crosswire.Summarization.Stories;

namespace Crosswire.Summarization.Extractive;

/// <summary>
/// Summarizes one story: indexes its articles (<see cref="StoryIndexer"/>), weighs concepts
/// (<see cref="ConceptWeigher"/>) and sentences (<see cref="SentenceScorer"/>), screens sentences that cannot
/// stand alone (<see cref="SentenceScreen"/>), selects within the word budget (<see cref="SummarySelector"/>),
/// orders (<see cref="SummaryOrderer"/>) and traces every sentence to the articles that report it
/// (<see cref="SourceAttributor"/>). Thread-safe: one instance can summarize many stories at once.
/// </summary>
public sealed class ExtractiveSummarizer
{
    private readonly StoryIndexer _indexer;
    private readonly ConceptWeigher _weigher;
    private readonly SentenceScorer _scorer;
    private readonly SentenceScreen _screen;
    private readonly SummarySelector _selector;

    /// <summary>Creates a summarizer.</summary>
    /// <param name="options">Options; <see cref="SummarizerOptions.Default"/> when null.</param>
    /// <exception cref="CrosswireException">E153 when an option is out of range.</exception>
    public ExtractiveSummarizer(SummarizerOptions? options = null)
    {
        Options = options ?? SummarizerOptions.Default;
        Options.Validate();
        _indexer = new StoryIndexer(Options.Index);
        _weigher = new ConceptWeigher(Options);
        _scorer = new SentenceScorer(Options);
        _screen = new SentenceScreen(Options);
        _selector = new SummarySelector(Options);
    }

    /// <summary>The options in use.</summary>
    public SummarizerOptions Options { get; }

    /// <summary>Summarizes the analysed articles of one story in at most <paramref name="words"/> words.</summary>
    /// <param name="storyId">The story's id, for the summary and error messages.</param>
    /// <param name="articles">Its articles (distinct ids).</param>
    /// <param name="words">Word budget; <see cref="SummarizerOptions.Words"/> when null.</param>
    /// <exception cref="CrosswireException">E150 for a budget that is not positive, E151 without articles,
    /// E156 for a repeated article id, E152 when no sentence can be summarized.</exception>
    public Summary Summarize(string storyId, IReadOnlyList<AnalyzedArticle> articles, int? words = null)
    {
        ArgumentNullException.ThrowIfNull(storyId);
        var budget = Budget(storyId, words);
        return Summarize(_indexer.Index(storyId, articles), budget);
    }

    /// <summary>Summarizes an indexed story in at most <paramref name="words"/> words.</summary>
    /// <exception cref="CrosswireException">E150 for a budget that is not positive, E152 when no sentence can
    /// be summarized.</exception>
    public Summary Summarize(StoryIndex story, int? words = null)
    {
        ArgumentNullException.ThrowIfNull(story);
        var budget = Budget(story.StoryId, words);
        if (story.SentenceCount == 0)
        {
            throw new CrosswireException(ErrorCatalogue.NothingToSummarize, story.StoryId, Describe(story.Articles.Length) + (story.Articles.Length == 1 ? " holds" : " hold") + " no sentence of prose");
        }

        var documentFrequencies = ConceptWeigher.DocumentFrequencies(story);
        var weights = _weigher.Weigh(story, documentFrequencies);
        var priors = _scorer.Score(story, documentFrequencies);
        var flaws = _screen.Screen(story);
        var selected = _selector.Select(story, weights, priors, flaws, budget);
        if (selected.IsEmpty)
        {
            throw new CrosswireException(ErrorCatalogue.NothingToSummarize, story.StoryId,
                $"none of the {story.SentenceCount} sentences of {Describe(story.Articles.Length)} can stand in a summary of {budget} words (captions, fragments or over-long sentences)");
        }

        var attributor = new SourceAttributor(story, Options.Attribution);
        var sentences = ImmutableArray.CreateBuilder<SummarySentence>(selected.Length);
        foreach (var id in SummaryOrderer.Order(story, selected))
        {
            var sentence = story[id];
            sentences.Add(new SummarySentence(
                SummarySentence.SingleSpaced(story.TextOf(sentence)),
                story.Articles[sentence.Article].Article.Id,
                sentence.Span,
                sentence.Words,
                attributor.Attribute(id)));
        }

        return new Summary(story.StoryId, sentences.MoveToImmutable(), story.Copies);
    }

    private int Budget(string storyId, int? words)
    {
        var budget = words ?? Options.Words;
        return budget > 0 ? budget : throw new CrosswireException(ErrorCatalogue.SummaryBadBudget, storyId, budget);
    }

    private static string Describe(int articles) => articles == 1 ? "its one article" : $"its {articles} articles";
}
