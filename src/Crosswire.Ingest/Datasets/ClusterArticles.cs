using Crosswire.Core.Documents;
using Crosswire.Core.Errors;
using Crosswire.Ingest.Dates;
using Crosswire.Ingest.Input;
using Crosswire.Ingest.JsonLines;

namespace Crosswire.Ingest.Datasets;

/// <summary>
/// Turns JSON objects into articles. An article object needs a string <c>text</c>; its id is its <c>id</c>,
/// else <c>stem#n</c>. A cluster object (with <c>articles</c>) gives one article per entry, with id
/// <c>clusterId/articleId</c> (the article's <c>id</c>, else <c>a1</c>, <c>a2</c> … by position), where the
/// cluster id is its <c>id</c>, else <c>stem#n</c>.
/// </summary>
internal static class ClusterArticles
{
    /// <summary>The cluster id of <paramref name="item"/>.</summary>
    public static string ClusterId(JsonItem item, string idStem) => item.Record?.Id ?? $"{idStem}#{item.Number}";

    /// <summary>The articles of the cluster object in <paramref name="item"/>, each accepted or rejected.</summary>
    public static IEnumerable<ReadOutcome> FromCluster(JsonItem item, string idStem, string origin)
    {
        var record = item.Record!;
        var clusterId = ClusterId(item, idStem);
        if (record.Articles is null)
        {
            yield return ReadOutcome.Rejected(ErrorCatalogue.BadCluster, item.Input, "no 'articles' array");
            yield break;
        }

        if (record.Articles.Count == 0)
        {
            yield return ReadOutcome.Rejected(ErrorCatalogue.BadCluster, item.Input, "'articles' is empty");
            yield break;
        }

        for (var k = 0; k < record.Articles.Count; k++)
        {
            var article = record.Articles[k];
            var articleId = article.Id ?? $"a{k + 1}";
            yield return FromArticle(article, $"{clusterId}/{articleId}", $"{item.Input}/{articleId}", origin);
        }
    }

    /// <summary>The article of one article object, or its rejection named <paramref name="input"/>.</summary>
    public static ReadOutcome FromArticle(JsonRecord record, string id, string input, string origin)
    {
        if (record.Text is null)
        {
            return ReadOutcome.Rejected(ErrorCatalogue.MissingField, input, "text");
        }

        if (record.WrongField is { } field)
        {
            return ReadOutcome.Rejected(ErrorCatalogue.MissingField, input, field);
        }

        if (string.IsNullOrWhiteSpace(record.Text))
        {
            return ReadOutcome.Rejected(ErrorCatalogue.NoArticleText, input, "'text' is empty");
        }

        return ReadOutcome.Accepted(new Article
        {
            Id = id,
            Text = LineEndings.Normalise(record.Text),
            Title = record.Title,
            Source = record.Source,
            Url = record.Url,
            Published = PublishedDateParser.Parse(record.Published),
            Language = record.Language,
            Origin = origin,
        });
    }
}
