using Crosswire.Core.Documents;

namespace Crosswire.TestKit;

/// <summary>Builds articles by hand for tests, without running readers.</summary>
public static class ArticleKit
{
    /// <summary>An article with the given text and optional metadata.</summary>
    public static Article Article(string text, string id = "a1", string? source = null, string? title = null, DateTimeOffset? published = null) =>
        new() { Id = id, Text = text, Source = source, Title = title, Published = published };
}
