using Crosswire.Core.Errors;

namespace Crosswire.Summarization.Attribution;

/// <summary>Options of <see cref="SourceAttributor"/>.</summary>
public sealed record AttributionOptions
{
    /// <summary>Default options.</summary>
    public static AttributionOptions Default { get; } = new();

    /// <summary>Smallest cosine similarity (over the story-IDF weighted content words and bigrams of two
    /// sentences) at which a sentence of another article reports the same information. Default 0.25: on
    /// invented paraphrase pairs that keep the facts (names, figures, the event) but reorder and reword them,
    /// similarity runs from 0.30 to 0.65, while sentences of the same story about different facts stay under
    /// 0.10, because the story's own names are frequent and so weigh little (see the attribution tests).</summary>
    public double SimilarityThreshold { get; init; } = 0.25;

    /// <summary>Throws E153 when an option is out of range.</summary>
    public void Validate(string input = "attribution options")
    {
        if (!(SimilarityThreshold > 0 && SimilarityThreshold <= 1))
        {
            throw new CrosswireException(ErrorCatalogue.SummarizerBadOption, input, $"SimilarityThreshold must be in (0, 1], not {SimilarityThreshold}");
        }
    }
}
