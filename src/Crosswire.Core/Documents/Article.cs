namespace Crosswire.Core.Documents;

/// <summary>
/// One news article as read from its input: its body as plain text plus metadata. Immutable.
/// </summary>
/// <remarks>
/// <see cref="Text"/> is the article body exactly as the reader produced it (for HTML and feeds: the text
/// of the main content, one paragraph per block, paragraphs separated by a blank line). It is never
/// rewritten afterwards: cleaning and segmentation produce <see cref="TextSpan"/>s into it.
/// </remarks>
public sealed record Article
{
    /// <summary>Identifier, unique within one batch or store (e.g. <c>a1</c> or <c>mn-dev-000/a1</c>).</summary>
    public required string Id { get; init; }

    /// <summary>The body text, never modified after reading.</summary>
    public required string Text { get; init; }

    /// <summary>Outlet that published the article (e.g. <c>The Harbour Gazette</c>), when known.</summary>
    public string? Source { get; init; }

    /// <summary>Headline, when known.</summary>
    public string? Title { get; init; }

    /// <summary>Canonical URL, when known.</summary>
    public string? Url { get; init; }

    /// <summary>Publication date-time, when known.</summary>
    public DateTimeOffset? Published { get; init; }

    /// <summary>ISO 639-1 language code when declared by the input (e.g. <c>en</c>).</summary>
    public string? Language { get; init; }

    /// <summary>Where the article was read from: a file path (with <c>#n</c> for the n-th item of a
    /// multi-article file), a URL or <c>-</c> for standard input.</summary>
    public string? Origin { get; init; }

    /// <summary>The characters of <see cref="Text"/> that <paramref name="span"/> covers.</summary>
    public string Slice(TextSpan span) => Text.Substring(span.Start, span.Length);
}
