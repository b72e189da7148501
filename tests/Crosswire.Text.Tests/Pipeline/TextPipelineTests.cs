using Crosswire.Core.Documents;
using Crosswire.TestKit;
using Crosswire.Text.Pipeline;
using Xunit;

namespace Crosswire.Text.Tests.Pipeline;

public sealed class TextPipelineTests
{
    private const string Story =
        "By Mira Talbot\n\n" +
        "KELLOW SOUND (Harbour Wire) — Ferries to the islands were halted on Monday. Mr. Dunmore said the service would resume on Jan. 5.\n\n" +
        "Advertisement\n\n" +
        "\"We are doing all we can,\" said the operator's chief, Lena Dunmore.";

    [Fact]
    public void Pipeline_SpansMapBackToOriginalText()
    {
        var analyzed = TextPipeline.Default.Analyze(ArticleKit.Article(Story));
        Assert.Equal(3, analyzed.Sentences.Length);
        Assert.Equal("Ferries to the islands were halted on Monday.", analyzed.SentenceText(0));
        Assert.Equal("Mr. Dunmore said the service would resume on Jan. 5.", analyzed.SentenceText(1));
        foreach (var sentence in analyzed.Sentences)
        {
            foreach (var token in analyzed.TokensOf(sentence))
            {
                Assert.True(sentence.Span.Contains(token.Span));
            }
        }
    }

    [Fact]
    public void Pipeline_KeepsRemovedBoilerplateForInspection()
    {
        var analyzed = TextPipeline.Default.Analyze(ArticleKit.Article(Story));
        var removed = analyzed.Removed.Select(r => (analyzed.Article.Slice(r.Span), r.Kind)).ToList();
        Assert.Contains(("Advertisement", BoilerplateKind.Advertisement), removed);
        Assert.Contains(removed, r => r.Kind == BoilerplateKind.Byline);
        Assert.Contains(removed, r => r.Kind == BoilerplateKind.Dateline);
    }

    [Fact]
    public void Pipeline_KeepBoilerplateRemovesNothing()
    {
        var pipeline = new TextPipelineBuilder().KeepBoilerplate().Build();
        var analyzed = pipeline.Analyze(ArticleKit.Article(Story));
        Assert.Empty(analyzed.Removed);
        Assert.Contains(Enumerable.Range(0, analyzed.Sentences.Length), i => analyzed.SentenceText(i) == "Advertisement");
    }

    [Fact]
    public void Pipeline_EmptyAndPunctuationOnlyTextGiveNoSentences()
    {
        Assert.Empty(TextPipeline.Default.Analyze(ArticleKit.Article("")).Sentences);
        Assert.Empty(TextPipeline.Default.Analyze(ArticleKit.Article(" — … ***\n\n!!!")).Sentences);
    }
}
