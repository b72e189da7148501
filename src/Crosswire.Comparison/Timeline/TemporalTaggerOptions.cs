namespace Crosswire.Comparison.Timeline;

/// <summary>Options of the <see cref="TemporalTagger"/>.</summary>
public sealed record TemporalTaggerOptions
{
    /// <summary>The default options.</summary>
    public static TemporalTaggerOptions Default { get; } = new();

    /// <summary>
    /// Also tag the descriptive text of photo captions that the boilerplate filter took out of the prose
    /// (the fixtures annotate it). Default true.
    /// </summary>
    public bool IncludeCaptions { get; init; } = true;

    /// <summary>
    /// A day lying at most this many days before or after publication is a "news day": a clock time written
    /// alone (<c>at 9.45pm</c>) takes the latest news day mentioned before it rather than an older date in a
    /// neighbouring sentence. Default 7.
    /// </summary>
    public int NewsDayWindow { get; init; } = 7;
}
