using System.Collections.Immutable;
using Crosswire.Core.Documents;
using Crosswire.Core.Errors;
using Crosswire.Ingest.Input;
using Crosswire.Ingest.JsonLines;

namespace Crosswire.Ingest.Datasets;

/// <summary>
/// Reads an evaluation dataset (JSON lines, one cluster an object: <c>id</c>, <c>origin</c>,
/// <c>articles: [{id, text, title?, published?}]</c>, <c>reference</c> or <c>references</c>) as whole
/// clusters. A line that is not a valid cluster (malformed JSON, no articles, an article without text, no
/// reference, a repeated cluster id) is rejected with its line number and the other lines go on.
/// </summary>
public sealed class DatasetReader
{
    private readonly ReaderOptions _options;

    /// <summary>Creates a reader with <paramref name="options"/> (default <see cref="ReaderOptions.Default"/>).</summary>
    public DatasetReader(ReaderOptions? options = null)
    {
        _options = options ?? ReaderOptions.Default;
    }

    /// <summary>The clusters of the dataset file at <paramref name="path"/>, one outcome per line (or one
    /// rejection for a file that cannot be read at all).</summary>
    public IEnumerable<DatasetOutcome> Read(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        return ReadCore(path);
    }

    private IEnumerable<DatasetOutcome> ReadCore(string path)
    {
        var limits = _options.Limits;
        DecodedInput content;
        try
        {
            content = InputDecoder.Decode(InputLoader.ReadFile(path, path, limits.MaxInputBytes, out _), path);
        }
        catch (CrosswireException error)
        {
            return [DatasetOutcome.Rejected(error.ToRejection())];
        }

        var forceLines = !Path.GetExtension(path).Equals(".json", StringComparison.OrdinalIgnoreCase);
        return ReadClusters(content, path, forceLines);
    }

    private IEnumerable<DatasetOutcome> ReadClusters(DecodedInput content, string path, bool forceLines)
    {
        var stem = Path.GetFileNameWithoutExtension(path);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in JsonRecordSource.Read(content.Utf8, path, forceLines, _options.Limits.MaxDepth))
        {
            var outcome = ToCluster(item, stem);
            if (outcome.IsCluster && !seen.Add(outcome.Cluster.Id))
            {
                outcome = Reject(ErrorCatalogue.DuplicateId, item.Input, outcome.Cluster.Id);
            }

            yield return outcome;
        }
    }

    private DatasetOutcome ToCluster(JsonItem item, string stem)
    {
        if (item.Rejection is not null)
        {
            return DatasetOutcome.Rejected(item.Rejection);
        }

        var record = item.Record!;
        if (record.WrongField is { } field)
        {
            return Reject(ErrorCatalogue.BadCluster, item.Input, $"field '{field}' has the wrong type");
        }

        var articles = ImmutableArray.CreateBuilder<Article>();
        foreach (var outcome in ClusterArticles.FromCluster(item, stem, item.Input))
        {
            if (!outcome.IsArticle)
            {
                return Reject(ErrorCatalogue.BadCluster, item.Input, outcome.Rejection.Message);
            }

            if (outcome.Article.Text.Length > _options.Limits.MaxArticleChars)
            {
                return Reject(ErrorCatalogue.BadCluster, item.Input, $"article '{outcome.Article.Id}' is over the limit of {_options.Limits.MaxArticleChars:N0} characters");
            }

            articles.Add(outcome.Article);
        }

        if (record.References is not { Count: > 0 } references || references.TrueForAll(string.IsNullOrWhiteSpace))
        {
            return Reject(ErrorCatalogue.BadCluster, item.Input, "no 'reference' or 'references'");
        }

        return DatasetOutcome.Accepted(new DatasetCluster(
            ClusterArticles.ClusterId(item, stem),
            articles.ToImmutable(),
            [.. record.References],
            record.Origin));
    }

    private static DatasetOutcome Reject(ErrorDescriptor error, string input, params object?[] args) =>
        DatasetOutcome.Rejected(new CrosswireException(error, input, args).ToRejection());
}
