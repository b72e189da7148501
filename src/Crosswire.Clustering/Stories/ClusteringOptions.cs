namespace Crosswire.Clustering;

/// <summary>Options of <see cref="StoryClusterer"/>. The defaults were tuned on pooled Multi-News dev clusters
/// (see <c>docs/architecture.md</c>, "Clustering") and checked on synthetic streams for speed.</summary>
public sealed record ClusteringOptions
{
    /// <summary>Default options.</summary>
    public static ClusteringOptions Default { get; } = new();

    /// <summary>Lowest score for an article to join a story (else it starts one). The score mixes the
    /// cosine of TF-IDF vectors and of name vectors, times the time decay. Default 0.2.</summary>
    public double JoinThreshold { get; init; } = 0.2;

    /// <summary>Lowest score an article needs against each of two stories to merge them. Default 0.35.</summary>
    public double MergeThreshold { get; init; } = 0.35;

    /// <summary>Weight of the name cosine in the score when both the article and the story have names; the
    /// term cosine has the rest. Default 0.3.</summary>
    public double NameWeight { get; init; } = 0.3;

    /// <summary>Estimated shingle Jaccard similarity from which an article is a near-duplicate of an earlier
    /// one. Default 0.5.</summary>
    public double NearDuplicateJaccard { get; init; } = 0.5;

    /// <summary>Estimated share of the shorter article's shingles found in the longer one from which it is a
    /// near-duplicate (an update that adds paragraphs, an excerpt). Default 0.8.</summary>
    public double NearDuplicateContainment { get; init; } = 0.8;

    /// <summary>Fewest distinct content terms for an article to be compared at all; with fewer it is
    /// contentless (an error page, a notice) and never joins or links by content. Default 3.</summary>
    public int MinContentTerms { get; init; } = 3;

    /// <summary>Place contentless articles by arrival context: a run of them that arrives between two articles
    /// of the same story joins that story (reported as merges of their one-article stories); otherwise each
    /// stays alone. Default true: feeds and crawls deliver a story's pages together, and an article that says
    /// nothing cannot be placed any better.</summary>
    public bool PlaceContentlessByArrival { get; init; } = true;

    /// <summary>Largest gap between an article's date and a story's dates for the story to be a candidate, when
    /// both are known. Default 30 days.</summary>
    public TimeSpan TimeWindow { get; init; } = TimeSpan.FromDays(30);

    /// <summary>Gap within which dates do not lower the score. Default 2 days.</summary>
    public TimeSpan TimeGrace { get; init; } = TimeSpan.FromDays(2);

    /// <summary>Beyond <see cref="TimeGrace"/>, the score is multiplied by <c>exp(-(gap - grace) / decay)</c>.
    /// Default 7 days.</summary>
    public TimeSpan TimeDecay { get; init; } = TimeSpan.FromDays(7);

    /// <summary>Terms kept per story centroid (the heaviest by mass times IDF). Default 150.</summary>
    public int StoryTerms { get; init; } = 150;

    /// <summary>Names kept per story centroid. Default 50.</summary>
    public int StoryNames { get; init; } = 50;

    /// <summary>An article's heaviest terms (and names) looked up in the inverted index to find candidate
    /// stories. Default 30.</summary>
    public int QueryTerms { get; init; } = 30;

    /// <summary>Candidate stories scored in full per article, the best by index evidence. Default 16.</summary>
    public int MaxCandidates { get; init; } = 16;

    /// <summary>Stories kept per term in the inverted index (the most recent). Default 64: a term shared by
    /// more stories than that carries little evidence, and this bounds the work per article.</summary>
    public int PostingsPerTerm { get; init; } = 64;

    /// <summary>Articles looked at per LSH bucket (the most recent). Default 32.</summary>
    public int BucketProbe { get; init; } = 32;

    /// <summary>Throws E172 when an option is out of range.</summary>
    public void Validate()
    {
        OptionGuard.Require(JoinThreshold is > 0 and <= 1, nameof(JoinThreshold), "must be in (0, 1]");
        OptionGuard.Require(MergeThreshold >= JoinThreshold && MergeThreshold <= 1, nameof(MergeThreshold), "must be in [JoinThreshold, 1]");
        OptionGuard.Require(NameWeight is >= 0 and <= 1, nameof(NameWeight), "must be in [0, 1]");
        OptionGuard.Require(NearDuplicateJaccard is > 0 and <= 1, nameof(NearDuplicateJaccard), "must be in (0, 1]");
        OptionGuard.Require(NearDuplicateContainment is > 0 and <= 1, nameof(NearDuplicateContainment), "must be in (0, 1]");
        OptionGuard.Require(MinContentTerms >= 1, nameof(MinContentTerms), "must be at least 1");
        OptionGuard.Require(TimeWindow > TimeSpan.Zero, nameof(TimeWindow), "must be positive");
        OptionGuard.Require(TimeGrace >= TimeSpan.Zero, nameof(TimeGrace), "must not be negative");
        OptionGuard.Require(TimeDecay > TimeSpan.Zero, nameof(TimeDecay), "must be positive");
        OptionGuard.Require(StoryTerms >= 1, nameof(StoryTerms), "must be at least 1");
        OptionGuard.Require(StoryNames >= 1, nameof(StoryNames), "must be at least 1");
        OptionGuard.Require(QueryTerms >= 1, nameof(QueryTerms), "must be at least 1");
        OptionGuard.Require(MaxCandidates >= 1, nameof(MaxCandidates), "must be at least 1");
        OptionGuard.Require(PostingsPerTerm >= 1, nameof(PostingsPerTerm), "must be at least 1");
        OptionGuard.Require(BucketProbe >= 1, nameof(BucketProbe), "must be at least 1");
    }
}
