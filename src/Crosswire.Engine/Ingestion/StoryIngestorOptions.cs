using Crosswire.Clustering;
using Crosswire.Text.Pipeline;

namespace Crosswire.Engine.Ingestion;

/// <summary>Options of <see cref="StoryIngestor"/>.</summary>
public sealed record StoryIngestorOptions
{
    /// <summary>The default options.</summary>
    public static StoryIngestorOptions Default { get; } = new();

    /// <summary>Articles stored per transaction: each chunk is committed atomically with its story decisions
    /// and merges, so an interrupted ingest keeps every chunk committed before it and nothing of the chunk
    /// in progress. Default 200.</summary>
    public int ChunkSize { get; init; } = 200;

    /// <summary>Threads analysing and extracting features within a chunk. Default: the processor count.</summary>
    public int Parallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>The text pipeline articles are analysed with. Default <see cref="TextPipeline.Default"/>.</summary>
    public TextPipeline Pipeline { get; init; } = TextPipeline.Default;

    /// <summary>Feature extraction options; they must stay the same for one store, since stored features
    /// are replayed. Default <see cref="FeatureOptions.Default"/>.</summary>
    public FeatureOptions Features { get; init; } = FeatureOptions.Default;

    /// <summary>Clustering options; they must stay the same for one store, since decisions are replayed.
    /// Default <see cref="ClusteringOptions.Default"/>.</summary>
    public ClusteringOptions Clustering { get; init; } = ClusteringOptions.Default;
}
