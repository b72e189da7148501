using Crosswire.Core.Documents;
using Crosswire.Core.Errors;
using Crosswire.Ingest.Datasets;
using Crosswire.Text.Pipeline;

namespace Crosswire.Cli.Hosting;

/// <summary>One cluster of an evaluation dataset with its articles analysed, ready to summarize.</summary>
/// <param name="Cluster">The cluster as read.</param>
/// <param name="Articles">Its articles through the text pipeline (those the pipeline failed on are rejected).</param>
public sealed record DatasetStory(DatasetCluster Cluster, IReadOnlyList<AnalyzedArticle> Articles)
{
    /// <summary>An article id as the dataset spells it: without the <c>clusterId/</c> prefix the reader adds.</summary>
    public string LocalId(string articleId)
    {
        ArgumentNullException.ThrowIfNull(articleId);
        var prefix = Cluster.Id + "/";
        return articleId.StartsWith(prefix, StringComparison.Ordinal) ? articleId[prefix.Length..] : articleId;
    }
}

/// <summary>
/// Reads the clusters of a dataset file for the commands that summarize them: every rejected line or
/// article is reported on stderr and counted, and the other clusters go on.
/// </summary>
public sealed class DatasetStories
{
    private readonly CliConsole _console;
    private readonly TextPipeline _pipeline;
    private readonly DatasetReader _reader = new();

    /// <summary>Creates a reader that reports to <paramref name="console"/>.</summary>
    public DatasetStories(CliConsole console, TextPipeline? pipeline = null)
    {
        ArgumentNullException.ThrowIfNull(console);
        _console = console;
        _pipeline = pipeline ?? TextPipeline.Default;
    }

    /// <summary>Rejected lines, articles and clusters so far.</summary>
    public int Rejected { get; private set; }

    /// <summary>The clusters of <paramref name="path"/>, analysed, in file order.</summary>
    public IEnumerable<DatasetStory> Read(string path)
    {
        foreach (var outcome in _reader.Read(path))
        {
            if (!outcome.IsCluster)
            {
                Reject(outcome.Rejection!);
                continue;
            }

            var cluster = outcome.Cluster;
            var articles = new List<AnalyzedArticle>(cluster.Articles.Length);
            foreach (var article in cluster.Articles)
            {
                try
                {
                    articles.Add(_pipeline.Analyze(article));
                }
                catch (Exception error) when (error is not OutOfMemoryException)
                {
                    // Last resort, like ArticleBatch: one article must never stop the dataset.
                    Reject(TextPipeline.AnalysisFailure(article, error));
                }
            }

            yield return new DatasetStory(cluster, articles);
        }
    }

    /// <summary>Reports and counts a rejection.</summary>
    public void Reject(Rejection rejection)
    {
        ArgumentNullException.ThrowIfNull(rejection);
        Rejected++;
        _console.Rejected(rejection);
    }
}
