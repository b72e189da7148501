namespace Crosswire.Comparison.Timeline;

/// <summary>Options of the <see cref="TimelineBuilder"/>.</summary>
public sealed record TimelineBuilderOptions
{
    /// <summary>The default options.</summary>
    public static TimelineBuilderOptions Default { get; } = new();

    /// <summary>
    /// Two sentences with the same date value tell the same happening when the share of content words they
    /// have in common (Jaccard overlap of lower-cased non-stopwords) reaches this. Default 0.25: news
    /// sentences about one event share its names and key nouns but little else.
    /// </summary>
    public double MergeSimilarity { get; init; } = 0.25;

    /// <summary>The tagger options used when the builder tags the articles itself.</summary>
    public TemporalTaggerOptions Tagger { get; init; } = TemporalTaggerOptions.Default;
}
