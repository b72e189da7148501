using Crosswire.Core.Documents;
using Crosswire.TestKit;
using Xunit;

namespace Crosswire.Ingest.Tests;

/// <summary>Helpers shared by the reader tests.</summary>
internal static class IngestKit
{
    public static string Fixture(string relative) =>
        Path.Combine(RepoPaths.Fixtures("Crosswire.Ingest.Tests"), relative);

    public static List<ReadOutcome> ReadAll(string path, ReaderOptions? options = null) =>
        [.. new ArticleReader(options).ReadPaths([path])];

    public static Article Single(string path)
    {
        var outcome = Assert.Single(ReadAll(path));
        Assert.True(outcome.IsArticle, outcome.Rejection?.Message);
        return outcome.Article;
    }

    public static Article SingleText(string content, string name, InputFormat? format = null)
    {
        var outcome = Assert.Single(new ArticleReader().ReadText(content, name, format));
        Assert.True(outcome.IsArticle, outcome.Rejection?.Message);
        return outcome.Article;
    }

    public static Core.Errors.Rejection SingleRejection(IEnumerable<ReadOutcome> outcomes)
    {
        var outcome = Assert.Single(outcomes);
        Assert.False(outcome.IsArticle, "expected a rejection, got article " + outcome.Article?.Id);
        return outcome.Rejection;
    }
}
