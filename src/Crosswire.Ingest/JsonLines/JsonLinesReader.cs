using Crosswire.Core.Errors;
using Crosswire.Ingest.Datasets;
using Crosswire.Ingest.Input;

namespace Crosswire.Ingest.JsonLines;

/// <summary>
/// Reads JSON lines and JSON files: each object is an article (<c>id, title, text, source, url, published</c>;
/// <c>text</c> required), or, when it has an <c>articles</c> array (the dataset format), a cluster of them.
/// Article origins are <c>path:line</c> (JSON lines) or <c>path#n</c> (n-th value of a JSON document).
/// </summary>
internal static class JsonLinesReader
{
    /// <summary>The articles of <paramref name="document"/>; with <paramref name="format"/>
    /// <see cref="InputFormat.Dataset"/> every object must be a cluster, with <see cref="InputFormat.JsonLines"/>
    /// an object is a cluster only when it has <c>articles</c>.</summary>
    public static IEnumerable<ReadOutcome> Read(InputDocument document, InputFormat format, int maxDepth)
    {
        var forceLines = document.Extension.Equals(".jsonl", StringComparison.OrdinalIgnoreCase)
            || document.Extension.Equals(".ndjson", StringComparison.OrdinalIgnoreCase);
        var any = false;
        foreach (var item in JsonRecordSource.Read(document.Content.Utf8, document.Name, forceLines, maxDepth))
        {
            any = true;
            if (item.Rejection is not null)
            {
                yield return ReadOutcome.Rejected(item.Rejection);
                continue;
            }

            var record = item.Record!;
            if (format == InputFormat.Dataset || record.Articles is not null)
            {
                foreach (var outcome in ClusterArticles.FromCluster(item, document.IdStem, item.Input))
                {
                    yield return outcome;
                }
            }
            else
            {
                var id = record.Id ?? $"{document.IdStem}#{item.Number}";
                yield return ClusterArticles.FromArticle(record, id, item.Input, item.Input);
            }
        }

        if (!any)
        {
            yield return ReadOutcome.Rejected(ErrorCatalogue.NoArticleText, document.Name, "no JSON object in the input");
        }
    }
}
