using Crosswire.Ingest.Datasets;
using Crosswire.TestKit;
using Xunit;
using static Crosswire.Ingest.Tests.IngestKit;

namespace Crosswire.Ingest.Tests;

public sealed class DatasetReaderTests
{
    [Fact]
    public void DatasetReader_ReadsClustersWithReferences()
    {
        var outcomes = new DatasetReader().Read(Fixture("datasets/mini.jsonl")).ToList();
        Assert.All(outcomes, o => Assert.True(o.IsCluster, o.Rejection?.Message));
        var first = outcomes[0].Cluster!;
        Assert.Equal("mini-000", first.Id);
        Assert.Equal("written for the Crosswire tests", first.Origin);
        Assert.Equal(["mini-000/a1", "mini-000/a2"], first.Articles.Select(a => a.Id));
        Assert.Single(first.References);
        var second = outcomes[1].Cluster!;
        Assert.Equal(2, second.References.Length);
        Assert.Null(second.Origin);
        Assert.Equal(["mini-001/a1", "mini-001/a2"], second.Articles.Select(a => a.Id));
    }

    [Fact]
    public void DatasetReader_InvalidLinesAreRejectedWithLineNumbers()
    {
        using var temp = new TempDirectory();
        var path = temp.Write("bad.jsonl", string.Join('\n',
            """{"id": "c1", "articles": [{"text": "Fine."}], "reference": "Fine summary."}""",
            """{"id": "c2", "articles": [], "reference": "No articles."}""",
            """{"id": "c3", "articles": [{"title": "no text"}], "reference": "x"}""",
            """{"id": "c4", "articles": [{"text": "No reference."}]}""",
            """{"id": "c5", "text": "Not a cluster."}""",
            """{"id": "c1", "articles": [{"text": "Same id."}], "reference": "Again."}""",
            "{oops",
            """{"id": "c6", "articles": [{"text": "Last."}], "references": ["One.", "Two."]}"""));
        var outcomes = new DatasetReader().Read(path).ToList();
        Assert.Equal(8, outcomes.Count);
        Assert.True(outcomes[0].IsCluster);
        Assert.True(outcomes[7].IsCluster);
        var codes = outcomes.Skip(1).Take(6).Select(o => (o.Rejection!.Input[(path.Length + 1)..], o.Rejection.Code));
        Assert.Equal([("2", "E015"), ("3", "E015"), ("4", "E015"), ("5", "E015"), ("6", "E014"), ("7", "E006")], codes);
    }

    [Fact]
    public void DatasetReader_MissingFileIsRejected()
    {
        var outcome = Assert.Single(new DatasetReader().Read("/no/such/dataset.jsonl"));
        Assert.Equal("E001", outcome.Rejection?.Code);
    }

    [Fact]
    public void DatasetReader_ReadsMultiNewsDevSample()
    {
        var path = SharedData.Require("multinews-dev.jsonl");
        var outcomes = new DatasetReader().Read(path).ToList();
        Assert.All(outcomes, o => Assert.True(o.IsCluster, o.Rejection?.Message));
        Assert.Equal(100, outcomes.Count);
        Assert.Equal(301, outcomes.Sum(o => o.Cluster!.Articles.Length));
        Assert.All(outcomes, o => Assert.NotEmpty(o.Cluster!.References));
        Assert.All(outcomes, o => Assert.InRange(o.Cluster!.Articles.Length, 2, 10));
        Assert.Equal(100, outcomes.Select(o => o.Cluster!.Id).Distinct().Count());
        Assert.All(outcomes.SelectMany(o => o.Cluster!.Articles), a => Assert.DoesNotContain('\r', a.Text));
    }

    [Fact]
    public void ArticleReader_ReadsMultiNewsDevSampleAsDataset()
    {
        var path = SharedData.Require("multinews-dev.jsonl");
        var outcomes = new ArticleReader().ReadPaths([path]).ToList();
        Assert.All(outcomes, o => Assert.True(o.IsArticle, o.Rejection?.Message));
        Assert.Equal(301, outcomes.Count);
        Assert.Equal(301, outcomes.Select(o => o.Article!.Id).Distinct().Count());
        Assert.All(outcomes, o => Assert.Matches("^mn-dev-\\d+/a\\d+$", o.Article!.Id));
    }
}
