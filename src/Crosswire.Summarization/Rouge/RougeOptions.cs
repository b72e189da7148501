using Crosswire.Core.Errors;

namespace Crosswire.Summarization.Rouge;

/// <summary>How ROUGE-1.5.5 combines the scores of one summary against several references (its <c>-f</c>).</summary>
public enum RougeFormula
{
    /// <summary><c>-f A</c>: hits and counts are summed over all references (the model average).</summary>
    ModelAverage,

    /// <summary><c>-f B</c>: only the reference with the best recall counts.</summary>
    BestModel,
}

/// <summary>
/// Options of <see cref="RougeScorer"/> and <see cref="RougeEvaluation"/>, named after the ROUGE-1.5.5 flags
/// they reproduce. The defaults are the Multi-News protocol of the team
/// (<c>-n 2 -m -c 95 -r 1000 -f A -p 0.5 -t 0 -l 300</c>, ROUGE-L summary-level); <see cref="Duc2004"/> is the
/// DUC 2004 check (<c>-n 4 -x -m -l 100 -p 0.5 -c 95 -r 1000 -f A -t 0</c>).
/// </summary>
public sealed record RougeOptions
{
    /// <summary>The Multi-News protocol: the defaults.</summary>
    public static RougeOptions MultiNews { get; } = new();

    /// <summary>The DUC 2004 Task 2 protocol of the shared ROUGE-1.5.5 results: ROUGE-1..4, no ROUGE-L,
    /// 100 words.</summary>
    public static RougeOptions Duc2004 { get; } = new() { MaxN = 4, ComputeL = false, WordLimit = 100 };

    /// <summary><c>-n</c>: ROUGE-1 up to ROUGE-<c>MaxN</c> are computed. Default 2; 0 computes none.</summary>
    public int MaxN { get; init; } = 2;

    /// <summary><c>-m</c>: tokens longer than three characters are Porter-stemmed with the script's own stemmer
    /// (<see cref="Crosswire.Text.Stemming.PorterVariant.Rouge155"/>). Default true.</summary>
    public bool Stem { get; init; } = true;

    /// <summary><c>-l</c>: only the first this many words of every summary, peer and reference alike, count
    /// (words are the white-space separated pieces of each line, as the script counts them). Default 300;
    /// null for no limit.</summary>
    public int? WordLimit { get; init; } = 300;

    /// <summary><c>-b</c>: only the first this many bytes (UTF-8) of every summary count. Default null;
    /// exclusive with <see cref="WordLimit"/>. For ROUGE-L the script compares this limit to each sentence
    /// alone rather than to the running total, and so does this reproduction.</summary>
    public int? ByteLimit { get; init; }

    /// <summary><c>-p</c>: weight of precision in the F-measure, <c>F = PR / ((1 - α) P + α R)</c>.
    /// Default 0.5 (the harmonic mean).</summary>
    public double Alpha { get; init; } = 0.5;

    /// <summary>Computes summary-level ROUGE-L (union LCS over sentences); false is the script's <c>-x</c>.
    /// Default true.</summary>
    public bool ComputeL { get; init; } = true;

    /// <summary><c>-f</c>: how several references combine. Default <see cref="RougeFormula.ModelAverage"/>.</summary>
    public RougeFormula Formula { get; init; } = RougeFormula.ModelAverage;

    /// <summary><c>-r</c>: bootstrap resamples for the averages and confidence intervals. Default 1000.</summary>
    public int Resamples { get; init; } = 1000;

    /// <summary><c>-c</c>: confidence level of the intervals, in percent. Default 95.</summary>
    public double Confidence { get; init; } = 95;

    /// <summary>Irregular forms looked up before stemming, as the script's WordNet exception database
    /// (<c>WordNet-2.0.exc.db</c>): a token over three characters found here is replaced by its value and not
    /// stemmed. Default null (no lookup), which is what an installation of the script with an empty rebuilt
    /// database does; set it to <see cref="WordNetExceptions.LoadInstalled"/> to score as the script with its
    /// full database does (the shared DUC 2004 results need it).</summary>
    public IReadOnlyDictionary<string, string>? StemExceptions { get; init; }

    /// <summary>The metric names these options produce, in order: <c>ROUGE-1</c> … <c>ROUGE-n</c>, then
    /// <c>ROUGE-L</c>.</summary>
    public IReadOnlyList<string> MetricNames =>
        [.. Enumerable.Range(1, MaxN).Select(n => "ROUGE-" + n), .. ComputeL ? new[] { "ROUGE-L" } : []];

    /// <summary>Throws <see cref="CrosswireException"/> (E100) when an option is out of range.</summary>
    /// <param name="input">The name of what is being configured, for the message.</param>
    public void Validate(string input = "ROUGE options")
    {
        string? problem = this switch
        {
            { MaxN: < 0 or > 32 } => $"MaxN (-n) must be between 0 and 32, not {MaxN}",
            { MaxN: 0, ComputeL: false } => "nothing to compute: MaxN (-n) is 0 and ROUGE-L is off",
            { WordLimit: <= 0 } => $"WordLimit (-l) must be positive, not {WordLimit}",
            { ByteLimit: <= 0 } => $"ByteLimit (-b) must be positive, not {ByteLimit}",
            { WordLimit: not null, ByteLimit: not null } => "WordLimit (-l) and ByteLimit (-b) exclude each other",
            _ when !(Alpha >= 0 && Alpha <= 1) => $"Alpha (-p) must be between 0 and 1, not {Alpha}",
            { Resamples: < 1 } => $"Resamples (-r) must be at least 1, not {Resamples}",
            _ when !(Confidence >= 0 && Confidence <= 100) => $"Confidence (-c) must be between 0 and 100, not {Confidence}",
            _ when !Enum.IsDefined(Formula) => $"unknown formula (-f) {Formula}",
            _ => null,
        };
        if (problem is not null)
        {
            throw new CrosswireException(ErrorCatalogue.RougeBadOption, input, problem);
        }
    }
}
