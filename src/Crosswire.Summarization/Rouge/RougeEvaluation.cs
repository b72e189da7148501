using System.Collections.Immutable;
using Crosswire.Core.Errors;

namespace Crosswire.Summarization.Rouge;

/// <summary>The ROUGE result of one topic (one summary against its references), to be averaged.</summary>
/// <param name="TopicId">The topic (the script's evaluation id), e.g. <c>d30001</c>.</param>
/// <param name="Result">Its scores.</param>
public sealed record RougeTopicResult(string TopicId, RougeResult Result);

/// <summary>An average over topics with its bootstrap confidence interval, rounded as ROUGE-1.5.5 prints them.</summary>
/// <param name="Average">What the script reports as the average: the mean of the bootstrap resample means.</param>
/// <param name="Lower">Lower end of the confidence interval.</param>
/// <param name="Upper">Upper end of the confidence interval.</param>
/// <param name="Mean">The plain mean of the topic scores (the script computes it but prints the resampled one).</param>
public sealed record RougeEstimate(double Average, double Lower, double Upper, double Mean);

/// <summary>The averages of one metric over topics.</summary>
/// <param name="Metric">Metric name, e.g. <c>ROUGE-2</c>.</param>
/// <param name="Recall">Average recall.</param>
/// <param name="Precision">Average precision.</param>
/// <param name="F">Average F-measure.</param>
public sealed record RougeAverage(string Metric, RougeEstimate Recall, RougeEstimate Precision, RougeEstimate F);

/// <summary>The averages of every metric over the topics of an evaluation.</summary>
/// <param name="TopicCount">Number of topics averaged.</param>
/// <param name="Metrics">One average per metric, in the order of the topic results.</param>
public sealed record RougeReport(int TopicCount, ImmutableArray<RougeAverage> Metrics)
{
    /// <summary>The average of <paramref name="metric"/>.</summary>
    /// <exception cref="KeyNotFoundException">The metric was not computed.</exception>
    public RougeAverage this[string metric] =>
        Metrics.FirstOrDefault(average => average.Metric == metric)
        ?? throw new KeyNotFoundException($"{metric} was not computed");
}

/// <summary>
/// Averages per-topic ROUGE results over topics and estimates confidence intervals by bootstrap resampling,
/// as ROUGE-1.5.5 does with <c>-a -c 95 -r 1000 -t 0</c>: resample <c>i</c> draws the topics with Perl's
/// <c>rand</c> seeded by <c>srand(i)</c> (the 48-bit generator of Perl 5.20 and later, and of glibc before
/// it), so the printed averages and intervals are reproduced exactly. Topics are ordered as the script sorts
/// its evaluation ids (ordinal string order).
/// </summary>
public sealed class RougeEvaluation
{
    /// <summary>Creates an evaluation.</summary>
    /// <param name="options">Options (resamples, confidence); <see cref="RougeOptions.MultiNews"/> when null.</param>
    /// <exception cref="CrosswireException">E100 when an option is invalid.</exception>
    public RougeEvaluation(RougeOptions? options = null)
    {
        Options = options ?? RougeOptions.MultiNews;
        Options.Validate();
    }

    /// <summary>The options in force.</summary>
    public RougeOptions Options { get; }

    /// <summary>Averages <paramref name="topics"/>.</summary>
    /// <param name="topics">One result per topic; every result must hold the metrics of the first.</param>
    /// <param name="input">Name of what is evaluated (system, run), for error messages.</param>
    /// <exception cref="CrosswireException">E102 when there is no topic, E103 when a topic repeats, E104 when
    /// a topic lacks a metric.</exception>
    public RougeReport Evaluate(IReadOnlyList<RougeTopicResult> topics, string input = "evaluation")
    {
        ArgumentNullException.ThrowIfNull(topics);
        if (topics.Count == 0)
        {
            throw new CrosswireException(ErrorCatalogue.RougeNoTopics, input);
        }

        // The script sorts its keys "$evalID.$peerID" as strings.
        var ordered = topics.OrderBy(topic => topic.TopicId + ".", StringComparer.Ordinal).ToArray();
        for (var i = 1; i < ordered.Length; i++)
        {
            if (ordered[i].TopicId == ordered[i - 1].TopicId)
            {
                throw new CrosswireException(ErrorCatalogue.RougeDuplicateTopic, input, ordered[i].TopicId);
            }
        }

        var averages = ImmutableArray.CreateBuilder<RougeAverage>();
        foreach (var metric in ordered[0].Result.Scores.Select(score => score.Metric))
        {
            var scores = new (double R, double P, double F)[ordered.Length];
            for (var i = 0; i < ordered.Length; i++)
            {
                var score = ordered[i].Result.Find(metric)
                    ?? throw new CrosswireException(ErrorCatalogue.RougeMetricMismatch, input, ordered[i].TopicId, metric);
                scores[i] = (score.Recall, score.Precision, score.F);
            }

            averages.Add(Average(metric, scores));
        }

        return new RougeReport(ordered.Length, averages.ToImmutable());
    }

    private RougeAverage Average(string metric, (double R, double P, double F)[] scores)
    {
        var count = scores.Length;
        var resamples = Options.Resamples;
        var recall = new double[resamples];
        var precision = new double[resamples];
        var f = new double[resamples];
        for (var sample = 0; sample < resamples; sample++)
        {
            var random = new PerlRandom(sample);
            double r = 0, p = 0, fm = 0;
            for (var draw = 0; draw < count; draw++)
            {
                var (dr, dp, df) = scores[(int)(random.NextDouble() * count)];
                r += dr;
                p += dp;
                fm += df;
            }

            recall[sample] = r / count;
            precision[sample] = p / count;
            f[sample] = fm / count;
        }

        // Summed in topic order, as the script does.
        double sumR = 0, sumP = 0, sumF = 0;
        foreach (var (r, p, fm) in scores)
        {
            sumR += r;
            sumP += p;
            sumF += fm;
        }

        return new RougeAverage(
            metric, Estimate(recall, sumR / count), Estimate(precision, sumP / count), Estimate(f, sumF / count));
    }

    private RougeEstimate Estimate(double[] samples, double mean)
    {
        Array.Sort(samples);
        var sum = 0.0;
        foreach (var sample in samples)
        {
            sum += sample;
        }

        // The script interpolates between two ranks; a rank past the end reads as 0, as in Perl.
        var n = samples.Length;
        var delta = n * ((100 - Options.Confidence) / 2.0) / 100.0;
        var upperRank = (int)(n - delta - 1);
        var lowerRank = (int)delta;
        var ratio = n - delta - 1 - upperRank;
        double At(int rank) => rank >= 0 && rank < n ? samples[rank] : 0;

        return new RougeEstimate(
            RougeRounding.Round5(sum / n),
            RougeRounding.Round5(At(lowerRank) + ((At(lowerRank + 1) - At(lowerRank)) * ratio)),
            RougeRounding.Round5(At(upperRank) + ((At(upperRank + 1) - At(upperRank)) * ratio)),
            RougeRounding.Round5(mean));
    }
}

/// <summary>Perl's <c>srand</c>/<c>rand</c>: the 48-bit linear congruential generator of <c>drand48</c>.</summary>
internal struct PerlRandom
{
    private const ulong Mask = (1UL << 48) - 1;
    private ulong _state;

    /// <summary>Seeds as <c>srand(seed)</c> does.</summary>
    public PerlRandom(long seed) => _state = (((ulong)seed << 16) + 0x330E) & Mask;

    /// <summary>The next value in [0, 1), as <c>rand()</c>.</summary>
    public double NextDouble()
    {
        _state = ((_state * 0x5DEECE66DUL) + 0xB) & Mask;
        return _state / 281474976710656.0;
    }
}
