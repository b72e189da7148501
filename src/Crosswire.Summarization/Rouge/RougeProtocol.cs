using Crosswire.Core.Errors;

namespace Crosswire.Summarization.Rouge;

/// <summary>
/// The evaluation protocol of the shared data README: <see cref="RougeOptions.MultiNews"/> with the given
/// word limit, the installed WordNet exception lists when there are any (as ROUGE-1.5.5 is normally run; see
/// docs/rouge.md), and references split into sentences by <see cref="ReferenceSentences"/>.
/// </summary>
public sealed class RougeProtocol
{
    private readonly RougeScorer _scorer;
    private readonly RougeEvaluation _evaluation;

    /// <summary>Creates the protocol for summaries of at most <paramref name="words"/> words.</summary>
    /// <param name="words">The <c>-l</c> word limit.</param>
    /// <param name="useWordNet">Look tokens up in the installed WordNet exception lists when found. Default true.</param>
    /// <exception cref="CrosswireException">E100 when <paramref name="words"/> is not positive; E105 when the
    /// installed WordNet lists are malformed.</exception>
    public RougeProtocol(int words, bool useWordNet = true)
    {
        var folder = useWordNet ? WordNetExceptions.FindInstalled() : null;
        WordNetFolder = folder;
        var options = RougeOptions.MultiNews with
        {
            WordLimit = words,
            StemExceptions = folder is null ? null : WordNetExceptions.Load(folder),
        };
        _scorer = new RougeScorer(options, ReferenceSentences.Split);
        _evaluation = new RougeEvaluation(options);
    }

    /// <summary>The WordNet folder whose exception lists are used, or null when none is.</summary>
    public string? WordNetFolder { get; }

    /// <summary>True when WordNet exception lists are used for stemming.</summary>
    public bool UsesWordNet => WordNetFolder is not null;

    /// <summary>The ROUGE options in force.</summary>
    public RougeOptions Options => _scorer.Options;

    /// <summary>Scores one summary (its sentences) against references given as running text.</summary>
    /// <exception cref="CrosswireException">E101 when there is no reference.</exception>
    public RougeTopicResult Score(string topicId, IReadOnlyList<string> sentences, IReadOnlyList<string> references)
    {
        ArgumentNullException.ThrowIfNull(topicId);
        return new RougeTopicResult(topicId, _scorer.Score(sentences, references, topicId));
    }

    /// <summary>Averages topic results with 95% bootstrap intervals, as ROUGE-1.5.5 <c>-a -c 95 -r 1000</c>.</summary>
    /// <exception cref="CrosswireException">E102 without topics, E103 for a repeated topic.</exception>
    public RougeReport Evaluate(IReadOnlyList<RougeTopicResult> topics, string input = "evaluation") =>
        _evaluation.Evaluate(topics, input);

    /// <summary>One line saying how scores were computed, for reports.</summary>
    public string Describe() =>
        $"ROUGE-1.5.5 -n 2 -m -c 95 -r 1000 -f A -p 0.5 -t 0 -l {Options.WordLimit}, references split by the sentence segmenter; "
        + (UsesWordNet ? $"WordNet exceptions from {WordNetFolder}" : "no WordNet exception lists found (Porter stemming only)");
}
