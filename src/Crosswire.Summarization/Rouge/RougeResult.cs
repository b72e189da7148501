using System.Collections.Immutable;

namespace Crosswire.Summarization.Rouge;

/// <summary>One ROUGE metric of one summary, rounded to five decimals as ROUGE-1.5.5 prints and averages it.</summary>
/// <param name="Metric">Metric name: <c>ROUGE-1</c>, <c>ROUGE-2</c>, …, <c>ROUGE-L</c>.</param>
/// <param name="Recall">Hits over reference units.</param>
/// <param name="Precision">Hits over summary units.</param>
/// <param name="F">Weighted harmonic mean of the rounded recall and precision.</param>
/// <param name="ReferenceCount">Reference n-grams (or reference tokens for ROUGE-L), summed over references
/// for <see cref="RougeFormula.ModelAverage"/>.</param>
/// <param name="PeerCount">Summary n-grams (or tokens), counted once per reference for
/// <see cref="RougeFormula.ModelAverage"/>.</param>
/// <param name="Hits">Clipped matches.</param>
public sealed record RougeScore(
    string Metric, double Recall, double Precision, double F, int ReferenceCount, int PeerCount, int Hits);

/// <summary>The ROUGE scores of one summary against its references.</summary>
/// <param name="Scores">One score per metric, in the order of <see cref="RougeOptions.MetricNames"/>.</param>
public sealed record RougeResult(ImmutableArray<RougeScore> Scores)
{
    /// <summary>The score of <paramref name="metric"/> (e.g. <c>ROUGE-2</c>).</summary>
    /// <exception cref="KeyNotFoundException">The metric was not computed.</exception>
    public RougeScore this[string metric] =>
        Find(metric) ?? throw new KeyNotFoundException($"{metric} was not computed (computed: {string.Join(", ", Scores.Select(score => score.Metric))})");

    /// <summary>The score of <paramref name="metric"/>, or null when it was not computed.</summary>
    public RougeScore? Find(string metric)
    {
        foreach (var score in Scores)
        {
            if (score.Metric == metric)
            {
                return score;
            }
        }

        return null;
    }
}
