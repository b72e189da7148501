using Xunit;
using static Crosswire.Ingest.Tests.IngestKit;

namespace Crosswire.Ingest.Tests;

public sealed class JsonLinesReadingTests
{
    [Fact]
    public void JsonLines_ReadsEveryLine()
    {
        var outcomes = ReadAll(Fixture("json/wire-articles.jsonl"));
        Assert.All(outcomes, outcome => Assert.True(outcome.IsArticle, outcome.Rejection?.Message));
        var articles = outcomes.Select(o => o.Article!).ToList();
        Assert.Equal(["wire-101", "102", "wire-articles#3"], articles.Select(a => a.Id));
        Assert.Equal("The city council approved a 4 km extension of the Blue tram line on Monday.\n\nWork is expected to start in the autumn.", articles[0].Text);
        Assert.Equal("Metro Wire", articles[0].Source);
        Assert.Equal("https://metrowire.example/101", articles[0].Url);
        Assert.Equal(new DateTimeOffset(2026, 1, 12, 9, 0, 0, TimeSpan.Zero), articles[0].Published);
        Assert.Equal(new DateTimeOffset(2026, 1, 13, 0, 0, 0, TimeSpan.Zero), articles[1].Published);
        Assert.Null(articles[2].Published);
        Assert.EndsWith("wire-articles.jsonl:3", articles[2].Origin);
    }

    [Fact]
    public void JsonLines_BadLineIsRejectedWithLineNumberAndOthersGoOn()
    {
        const string content = """
            {"id": "a", "text": "First story about the tide tables."}
            {"id": "b", "text": "Broken line
            {"id": "c", "title": "no text here"}
            {"id": "d", "text": 42}
            [1, 2]

            {"id": "e", "text": "Last story about the harbour lights."} trailing
            {"id": "f", "text": "Really the last story, about lifeboats."}
            """;
        var outcomes = new ArticleReader().ReadText(content, "batch.jsonl").ToList();
        Assert.Equal(7, outcomes.Count);
        Assert.Equal("a", outcomes[0].Article?.Id);
        Assert.Equal(("batch.jsonl:2", "E006"), (outcomes[1].Rejection?.Input, outcomes[1].Rejection?.Code));
        Assert.Equal(("batch.jsonl:3", "E008"), (outcomes[2].Rejection?.Input, outcomes[2].Rejection?.Code));
        Assert.Contains("'text'", outcomes[2].Rejection!.Message);
        Assert.Equal(("batch.jsonl:4", "E008"), (outcomes[3].Rejection?.Input, outcomes[3].Rejection?.Code));
        Assert.Equal(("batch.jsonl:5", "E006"), (outcomes[4].Rejection?.Input, outcomes[4].Rejection?.Code));
        Assert.Equal(("batch.jsonl:7", "E006"), (outcomes[5].Rejection?.Input, outcomes[5].Rejection?.Code));
        Assert.Equal("f", outcomes[6].Article?.Id);
    }

    [Fact]
    public void JsonLines_ArrayFileGivesOneArticlePerElement()
    {
        var outcomes = ReadAll(Fixture("json/two-articles.json"));
        Assert.Equal(["courier-7", "courier-8"], outcomes.Select(o => o.Article!.Id));
        Assert.EndsWith("two-articles.json#2", outcomes[1].Article!.Origin);
    }

    [Fact]
    public void JsonLines_PrettyPrintedSingleObjectIsOneArticle()
    {
        var article = Single(Fixture("json/single-object.json"));
        Assert.Equal("gazette-single", article.Id);
        Assert.Equal("Lighthouse keeper retires after 40 years", article.Title);
    }

    [Fact]
    public void JsonLines_SyntaxErrorInArrayKeepsEarlierItems()
    {
        const string content = """[{"text": "One story about boats."}, {"text": "Two" "oops"}, {"text": "Three"}]""";
        var outcomes = new ArticleReader().ReadText(content, "list.json").ToList();
        Assert.Equal(2, outcomes.Count);
        Assert.Equal("list#1", outcomes[0].Article?.Id);
        Assert.Equal(("list.json#2", "E006"), (outcomes[1].Rejection?.Input, outcomes[1].Rejection?.Code));
    }

    [Fact]
    public void JsonLines_DeeplyNestedLineIsRejectedAndOthersGoOn()
    {
        var deep = "{\"text\": \"x\", \"extra\": " + new string('[', 1000) + new string(']', 1000) + "}";
        var content = deep + "\n{\"id\": \"ok\", \"text\": \"Fine story about the weir.\"}\n";
        var outcomes = new ArticleReader().ReadText(content, "deep.jsonl").ToList();
        Assert.Equal(2, outcomes.Count);
        Assert.Equal(("deep.jsonl:1", "E010"), (outcomes[0].Rejection?.Input, outcomes[0].Rejection?.Code));
        Assert.Equal("ok", outcomes[1].Article?.Id);
    }

    [Fact]
    public void JsonLines_DuplicateIdIsRejected()
    {
        const string content = "{\"id\": \"x\", \"text\": \"One.\"}\n{\"id\": \"x\", \"text\": \"Two.\"}\n";
        var outcomes = new ArticleReader().ReadText(content, "dup.jsonl").ToList();
        Assert.True(outcomes[0].IsArticle);
        Assert.Equal("E014", outcomes[1].Rejection?.Code);
        Assert.Equal("dup.jsonl:2", outcomes[1].Rejection?.Input);
    }

    [Fact]
    public void JsonLines_DatasetLinesGiveClusterArticleIds()
    {
        var outcomes = ReadAll(Fixture("datasets/mini.jsonl"));
        Assert.Equal(["mini-000/a1", "mini-000/a2", "mini-001/a1", "mini-001/a2"], outcomes.Select(o => o.Article!.Id));
        var first = outcomes[0].Article!;
        Assert.Equal("Ferry strike ends", first.Title);
        Assert.Equal(new DateTimeOffset(2026, 3, 6, 18, 0, 0, TimeSpan.Zero), first.Published);
        Assert.EndsWith("mini.jsonl:1", first.Origin);
    }

    [Fact]
    public void JsonLines_ArticleOverSizeLimitIsRejected()
    {
        var options = new ReaderOptions { Limits = Core.InputLimits.Default with { MaxArticleChars = 20 } };
        const string content = "{\"id\": \"short\", \"text\": \"Tiny story.\"}\n{\"id\": \"long\", \"text\": \"A story that is much too long for the limit.\"}\n";
        var outcomes = new ArticleReader(options).ReadText(content, "sizes.jsonl").ToList();
        Assert.True(outcomes[0].IsArticle);
        Assert.Equal(("sizes.jsonl:2", "E013"), (outcomes[1].Rejection?.Input, outcomes[1].Rejection?.Code));
    }
}
