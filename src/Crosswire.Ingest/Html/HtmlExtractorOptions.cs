namespace Crosswire.Ingest.Html;

/// <summary>Options of the HTML main-content extraction.</summary>
public sealed record HtmlExtractorOptions
{
    /// <summary>Default options.</summary>
    public static HtmlExtractorOptions Default { get; } = new();

    /// <summary>Shortest paragraph, in characters, that adds to the score of the blocks around it when no
    /// <c>&lt;article&gt;</c>, <c>[itemprop=articleBody]</c> or <c>&lt;main&gt;</c> holds the content. Default 25.</summary>
    public int MinParagraphChars { get; init; } = 25;

    /// <summary>Fewest letters the extracted text of a page must have to count as prose; a page with fewer is
    /// rejected (E009). Default 20.</summary>
    public int MinProseLetters { get; init; } = 20;

    /// <summary>Share of a block's characters that sit inside links at or above which the block is a link list
    /// (related stories, "read more") and is dropped. Default 0.9.</summary>
    public double MaxLinkDensity { get; init; } = 0.9;

    /// <summary>Share of the page's paragraph text that an element whose class or id looks like page
    /// furniture (<c>share</c>, <c>related</c>, <c>comment</c> …) may hold and still be removed; an element
    /// holding more is the article itself with an unlucky class name and is kept. Default 0.5.</summary>
    public double MaxFurnitureProseShare { get; init; } = 0.5;
}
