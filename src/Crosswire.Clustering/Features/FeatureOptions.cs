namespace Crosswire.Clustering;

/// <summary>Options of <see cref="FeatureExtractor"/>. Features made with different options do not compare
/// well: a store should keep one setting for its whole archive.</summary>
public sealed record FeatureOptions
{
    /// <summary>Default options.</summary>
    public static FeatureOptions Default { get; } = new();

    /// <summary>Words per shingle for near-duplicate detection. Default 4: long enough that two different
    /// stories share almost no shingle, short enough that a light edit changes few.</summary>
    public int ShingleSize { get; init; } = 4;

    /// <summary>MinHash functions in a signature. Default 64: a Jaccard estimate within about ±0.06 at 0.5,
    /// in 256 bytes.</summary>
    public int SignatureSize { get; init; } = 64;

    /// <summary>Fewest distinct shingles for an article to get a signature. Default 8: below that an estimate
    /// says little, and exact copies are still found through <see cref="ArticleFeatures.ContentHash"/>.</summary>
    public int MinShingles { get; init; } = 8;

    /// <summary>Most content terms kept per article, the most frequent first. Default 400 (a long feature
    /// story has about that many distinct content stems; the rest occur once and weigh little).</summary>
    public int MaxTerms { get; init; } = 400;

    /// <summary>Most names kept per article, the most frequent first. Default 100.</summary>
    public int MaxNames { get; init; } = 100;

    /// <summary>Throws E172 when an option is out of range.</summary>
    public void Validate()
    {
        OptionGuard.Require(ShingleSize is >= 1 and <= 16, nameof(ShingleSize), "must be 1 to 16");
        OptionGuard.Require(SignatureSize is >= 8 and <= 1024 && SignatureSize % 4 == 0, nameof(SignatureSize), "must be a multiple of 4 from 8 to 1024");
        OptionGuard.Require(MinShingles >= 1, nameof(MinShingles), "must be at least 1");
        OptionGuard.Require(MaxTerms >= 1, nameof(MaxTerms), "must be at least 1");
        OptionGuard.Require(MaxNames >= 0, nameof(MaxNames), "must not be negative");
    }
}
