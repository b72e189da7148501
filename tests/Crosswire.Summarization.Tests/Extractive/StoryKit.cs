using Crosswire.Core.Documents;
using Crosswire.TestKit;
using Crosswire.Text.Pipeline;

namespace Crosswire.Summarization.Tests.Extractive;

/// <summary>Builds invented stories for summarizer tests: articles given as text, run through the text pipeline.</summary>
internal static class StoryKit
{
    /// <summary>One analysed article.</summary>
    public static AnalyzedArticle Analyzed(string text, string id = "a1", string? source = null, string? title = null, DateTimeOffset? published = null) =>
        TextPipeline.Default.Analyze(ArticleKit.Article(text, id, source, title, published));

    /// <summary>A story of articles a1, a2, … with the given texts.</summary>
    public static List<AnalyzedArticle> Story(params string[] texts) =>
        [.. texts.Select((text, i) => Analyzed(text, "a" + (i + 1)))];
}
