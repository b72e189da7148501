using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Crosswire.Core;
using Crosswire.Core.Errors;

namespace Crosswire.Ingest.Html;

/// <summary>The text and metadata extracted from one HTML page.</summary>
/// <param name="Text">Main content, one paragraph per block, paragraphs separated by a blank line.</param>
/// <param name="Metadata">Title, outlet, date, URL and language.</param>
internal sealed record HtmlPage(string Text, PageMetadata Metadata);

/// <summary>
/// Turns HTML into article text: parses leniently (AngleSharp never throws on malformed markup), reads the
/// metadata, removes page furniture, locates the main content and writes its blocks as paragraphs. Nesting
/// deeper than <see cref="InputLimits.MaxDepth"/> is rejected before parsing (E010). Not thread-safe: use one
/// per thread.
/// </summary>
internal sealed class HtmlExtractor
{
    private readonly HtmlParser _parser = new(new HtmlParserOptions { IsScripting = false });
    private readonly HtmlExtractorOptions _options;
    private readonly InputLimits _limits;
    private readonly ContentLocator _locator;

    /// <summary>Creates the extractor.</summary>
    public HtmlExtractor(HtmlExtractorOptions options, InputLimits limits)
    {
        _options = options;
        _limits = limits;
        _locator = new ContentLocator(options);
    }

    /// <summary>Extracts the main content of a whole page; throws E010 when too deep, E009 without prose.</summary>
    public HtmlPage ExtractPage(string html, string name)
    {
        var document = Parse(html, name);
        var index = PageIndex.Build(document);
        var metadata = PageMetadata.Read(document, index, _limits.MaxDepth);
        var body = document.Body ?? document.DocumentElement;
        new PageFurniture(_options.MaxFurnitureProseShare).RemoveBelow(body);
        var content = _locator.Locate(body, index);
        var text = new BlockTextWriter(_options.MaxLinkDensity, metadata.Title).Write(content);
        if (BlockTextWriter.CountLetters(text) < _options.MinProseLetters)
        {
            throw new CrosswireException(ErrorCatalogue.NoArticleText, name, "no prose in the page's content");
        }

        return new HtmlPage(text, metadata);
    }

    /// <summary>The text of an HTML fragment that is all content (a feed item's body): furniture is removed
    /// but no container is chosen. Throws E010 when too deep; may return an empty string.</summary>
    public string ExtractFragment(string html, string name)
    {
        var document = Parse(html, name);
        var body = document.Body ?? document.DocumentElement;
        new PageFurniture(_options.MaxFurnitureProseShare).RemoveBelow(body);
        return new BlockTextWriter(_options.MaxLinkDensity, title: null).Write([body]);
    }

    private IDocument Parse(string html, string name)
    {
        if (HtmlDepthScanner.Exceeds(html, _limits.MaxDepth))
        {
            throw new CrosswireException(ErrorCatalogue.TooDeep, name, _limits.MaxDepth);
        }

        return _parser.ParseDocument(html);
    }
}
