using Crosswire.Core.Errors;

namespace Crosswire.Comparison.Claims;

/// <summary>Options of <see cref="ClaimGrouper"/>.</summary>
public sealed record ClaimGrouperOptions
{
    /// <summary>Default options.</summary>
    public static ClaimGrouperOptions Default { get; } = new();

    /// <summary>Smallest story-IDF cosine similarity (the summarizer's sentence similarity over stemmed content
    /// words, names, numbers and bigrams) between a sentence and EVERY sentence already in a claim for it to
    /// join (complete linkage). Default 0.3: lower than the summarizer's attribution threshold (0.4) because a
    /// claim also gathers paraphrases that share the facts but little wording; higher values split a fact
    /// told in two different ways into two single-source claims (tuned on the first seven fixture stories).</summary>
    public double SimilarityThreshold { get; init; } = 0.3;

    /// <summary>Sentences with fewer words are skipped (captions, fragments, sign-offs). Default 6.</summary>
    public int MinWords { get; init; } = 6;

    /// <summary>Throws E220 when an option is out of range.</summary>
    public void Validate(string input = "claim options")
    {
        if (!(SimilarityThreshold > 0 && SimilarityThreshold <= 1))
        {
            throw new CrosswireException(ErrorCatalogue.ComparisonBadOption, input, $"SimilarityThreshold must be in (0, 1], not {SimilarityThreshold}");
        }

        if (MinWords is < 1 or > 100)
        {
            throw new CrosswireException(ErrorCatalogue.ComparisonBadOption, input, $"MinWords must be between 1 and 100, not {MinWords}");
        }
    }
}
