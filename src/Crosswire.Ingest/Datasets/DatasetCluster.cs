using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using Crosswire.Core.Documents;
using Crosswire.Core.Errors;

namespace Crosswire.Ingest.Datasets;

/// <summary>One story cluster of a dataset: its articles and its human reference summaries.</summary>
/// <param name="Id">Cluster id (the line's <c>id</c>, else <c>stem#line</c>).</param>
/// <param name="Articles">Its articles, ids <c>clusterId/articleId</c>, origin <c>path:line</c>.</param>
/// <param name="References">Its reference summaries (<c>reference</c> or <c>references</c>), at least one.</param>
/// <param name="Origin">Where the dataset took the cluster from (its <c>origin</c> field), when given.</param>
public sealed record DatasetCluster(string Id, ImmutableArray<Article> Articles, ImmutableArray<string> References, string? Origin);

/// <summary>What reading one dataset line gave: a <see cref="DatasetCluster"/> or a rejection naming the
/// line (<c>path:line</c>). Exactly one of the two is set.</summary>
public readonly record struct DatasetOutcome
{
    private DatasetOutcome(DatasetCluster? cluster, Rejection? rejection)
    {
        Cluster = cluster;
        Rejection = rejection;
    }

    /// <summary>The cluster read, or null when the line was rejected.</summary>
    public DatasetCluster? Cluster { get; }

    /// <summary>Why the line was rejected, or null.</summary>
    public Rejection? Rejection { get; }

    /// <summary>True when <see cref="Cluster"/> is set.</summary>
    [MemberNotNullWhen(true, nameof(Cluster))]
    [MemberNotNullWhen(false, nameof(Rejection))]
    public bool IsCluster => Cluster is not null;

    /// <summary>An outcome holding <paramref name="cluster"/>.</summary>
    public static DatasetOutcome Accepted(DatasetCluster cluster)
    {
        ArgumentNullException.ThrowIfNull(cluster);
        return new DatasetOutcome(cluster, null);
    }

    /// <summary>An outcome holding <paramref name="rejection"/>.</summary>
    public static DatasetOutcome Rejected(Rejection rejection)
    {
        ArgumentNullException.ThrowIfNull(rejection);
        return new DatasetOutcome(null, rejection);
    }
}
