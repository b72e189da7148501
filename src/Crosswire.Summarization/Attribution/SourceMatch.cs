using Crosswire.Core.Documents;

namespace Crosswire.Summarization.Attribution;

/// <summary>How another article comes to report a summary sentence.</summary>
public enum SourceMatchKind
{
    /// <summary>An independent article reports the same information in its own words (or quotes the same words).</summary>
    Corroboration,

    /// <summary>The article is a copy of the sentence's article, or the other way round (syndication, a
    /// reprinted press release): it is the same source, not a second one.</summary>
    Copy,
}

/// <summary>A sentence of another article that reports the same information as a summary sentence.</summary>
/// <param name="ArticleId">The other article.</param>
/// <param name="Span">Its sentence, as characters of that article's text.</param>
/// <param name="Similarity">Cosine similarity of the two sentences, 0 to 1.</param>
/// <param name="Kind">Whether the article is an independent report or a copy.</param>
public sealed record SourceMatch(string ArticleId, TextSpan Span, double Similarity, SourceMatchKind Kind);
