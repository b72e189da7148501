using System.Net;
using System.Xml;
using System.Xml.Linq;
using Crosswire.Core.Documents;
using Crosswire.Core.Errors;
using Crosswire.Ingest.Dates;
using Crosswire.Ingest.Html;
using Crosswire.Ingest.Input;

namespace Crosswire.Ingest.Feeds;

/// <summary>
/// Reads RSS 2.0, RSS 1.0 (RDF) and Atom feeds; each item or entry is an article. Body: RSS
/// <c>content:encoded</c>, else <c>description</c>; Atom <c>content</c>, else <c>summary</c>; HTML inside is
/// cleaned by the HTML extractor (paragraphs kept). Outlet: the item's own <c>source</c>, else the feed's
/// title. Id: <c>guid</c> / Atom <c>id</c>, else the link, else <c>stem#n</c>; origin <c>path#n</c>.
/// </summary>
/// <remarks>
/// The XML is read with DTD processing ignored and no resolver, so external entities are never fetched and
/// entity expansion cannot blow up (an undeclared entity is a syntax error). Items are read one by one as the
/// parser reaches their end: on malformed XML (E007) or nesting over the depth limit (E010) the items read
/// before the error are kept, and the error names the file and the position.
/// </remarks>
internal sealed class FeedReader
{
    private static readonly XNamespace s_atom = "http://www.w3.org/2005/Atom";
    private static readonly XNamespace s_rss1 = "http://purl.org/rss/1.0/";
    private static readonly XNamespace s_content = "http://purl.org/rss/1.0/modules/content/";
    private static readonly XNamespace s_dc = "http://purl.org/dc/elements/1.1/";
    private static readonly XNamespace s_rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";

    private readonly HtmlExtractor _html;
    private readonly int _maxDepth;

    /// <summary>Creates the reader; <paramref name="html"/> cleans the HTML inside items.</summary>
    public FeedReader(HtmlExtractor html, int maxDepth)
    {
        _html = html;
        _maxDepth = maxDepth;
    }

    /// <summary>The articles of the feed in <paramref name="document"/>.</summary>
    public IEnumerable<ReadOutcome> Read(InputDocument document)
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Ignore,
            XmlResolver = null,
            MaxCharactersFromEntities = 1024,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
            CheckCharacters = false,
        };
        using var reader = XmlReader.Create(new StringReader(document.Content.Text), settings);
        var tree = new FeedTree(_maxDepth);
        var itemNumber = 0;
        while (true)
        {
            XElement? item;
            Rejection? rejection = null;
            try
            {
                if (!tree.Step(reader, document.Name, out item))
                {
                    break;
                }
            }
            catch (XmlException error)
            {
                item = null;
                rejection = new CrosswireException(ErrorCatalogue.MalformedXml, document.Name, error, error.Message).ToRejection();
            }
            catch (CrosswireException error)
            {
                item = null;
                rejection = error.ToRejection();
            }

            if (rejection is not null)
            {
                yield return ReadOutcome.Rejected(rejection);
                yield break;
            }

            if (item is not null)
            {
                yield return ReadItem(item, tree.Root!, document, ++itemNumber);
                item.Remove();
            }
        }

        if (itemNumber == 0)
        {
            yield return ReadOutcome.Rejected(ErrorCatalogue.NoArticleText, document.Name, "the feed has no items");
        }
    }

    /// <summary>Builds the feed's element tree node by node, handing back each item as it completes, so
    /// that every access to the XML reader (which may throw on malformed input) happens in one place.</summary>
    private sealed class FeedTree(int maxDepth)
    {
        private readonly Stack<XElement> _open = new();

        public XElement? Root { get; private set; }

        /// <summary>Reads one node; false at the end. <paramref name="item"/> is an item completed by it.</summary>
        public bool Step(XmlReader reader, string name, out XElement? item)
        {
            item = null;
            if (!reader.Read())
            {
                return false;
            }

            switch (reader.NodeType)
            {
                case XmlNodeType.Element:
                    if (_open.Count >= maxDepth)
                    {
                        throw new CrosswireException(ErrorCatalogue.TooDeep, Position(name, reader), maxDepth);
                    }

                    var element = StartElement(reader);
                    if (Root is null)
                    {
                        if (!IsFeedRoot(element))
                        {
                            throw new CrosswireException(ErrorCatalogue.UnknownFormat, name, $"root element <{reader.Name}> is not rss, feed or RDF");
                        }

                        Root = element;
                    }
                    else
                    {
                        _open.Peek().Add(element);
                    }

                    if (!reader.IsEmptyElement)
                    {
                        _open.Push(element);
                    }
                    else if (IsItem(element))
                    {
                        item = element;
                    }

                    break;
                case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace:
                    if (_open.Count > 0)
                    {
                        _open.Peek().Add(new XText(reader.Value));
                    }

                    break;
                case XmlNodeType.EndElement:
                    var closed = _open.Pop();
                    if (IsItem(closed))
                    {
                        item = closed;
                    }

                    break;
            }

            return true;
        }
    }

    private static string Position(string name, XmlReader reader) =>
        reader is IXmlLineInfo { } info && info.HasLineInfo() ? $"{name}:{info.LineNumber}" : name;

    private static XElement StartElement(XmlReader reader)
    {
        var element = new XElement(XName.Get(reader.LocalName, reader.NamespaceURI));
        if (reader.MoveToFirstAttribute())
        {
            do
            {
                if (reader.NamespaceURI != "http://www.w3.org/2000/xmlns/")
                {
                    element.SetAttributeValue(XName.Get(reader.LocalName, reader.NamespaceURI), reader.Value);
                }
            }
            while (reader.MoveToNextAttribute());
            reader.MoveToElement();
        }

        return element;
    }

    private static bool IsFeedRoot(XElement root) =>
        root.Name.LocalName is "rss" || root.Name == s_atom + "feed" || root.Name == s_rdf + "RDF"
        || root.Name.LocalName is "feed" or "RDF";

    private static bool IsItem(XElement element) =>
        (element.Name.LocalName == "item" && element.Parent?.Name.LocalName is "channel" or "RDF")
        || (element.Name.LocalName == "entry" && element.Parent?.Name.LocalName == "feed");

    private ReadOutcome ReadItem(XElement item, XElement root, InputDocument document, int number)
    {
        var input = $"{document.Name}#{number}";
        try
        {
            return ReadOutcome.Accepted(ToArticle(item, root, document.IdStem, number, input));
        }
        catch (CrosswireException error)
        {
            return ReadOutcome.Rejected(error.ToRejection());
        }
    }

    private Article ToArticle(XElement item, XElement root, string idStem, int number, string input)
    {
        var atom = item.Name.LocalName == "entry";
        var body = atom ? AtomBody(item, input) : RssBody(item, input);
        if (body.Length == 0)
        {
            throw new CrosswireException(ErrorCatalogue.NoArticleText, input, "the item has no content");
        }

        var link = atom ? AtomLink(item) : Child(item, "link");
        var id = (atom ? Child(item, "id") : Child(item, "guid")) ?? link ?? $"{idStem}#{number}";
        var published = atom
            ? PublishedDateParser.Parse(Child(item, "published")) ?? PublishedDateParser.Parse(Child(item, "updated"))
            : PublishedDateParser.Parse(Child(item, "pubDate")) ?? PublishedDateParser.Parse(Child(item, s_dc + "date"));
        return new Article
        {
            Id = id,
            Text = body,
            Title = Title(FirstChild(item, "title"), input),
            Source = ItemSource(item, atom, input) ?? FeedTitle(root, input),
            Url = link,
            Published = published,
            Language = PageMetadata.LanguageCode(Child(item, s_dc + "language") ?? FeedLanguage(root)),
            Origin = input,
        };
    }

    private string RssBody(XElement item, string input)
    {
        foreach (var candidate in (ReadOnlySpan<XElement?>)[item.Element(s_content + "encoded"), FirstChild(item, "description")])
        {
            var text = candidate is null ? string.Empty : HtmlOrText(candidate.Value, input);
            if (text.Length > 0)
            {
                return text;
            }
        }

        return string.Empty;
    }

    private string AtomBody(XElement item, string input)
    {
        foreach (var candidate in (ReadOnlySpan<XElement?>)[FirstChild(item, "content"), FirstChild(item, "summary")])
        {
            if (candidate is null)
            {
                continue;
            }

            var type = (string?)candidate.Attribute("type") ?? "text";
            var text = type switch
            {
                "xhtml" => _html.ExtractFragment(string.Concat(candidate.Nodes().Select(node => node.ToString())), input),
                "html" or "text/html" => HtmlOrText(candidate.Value, input),
                _ => LineEndings.NormaliseAndTrim(candidate.Value),
            };
            if (text.Length > 0)
            {
                return text;
            }
        }

        return string.Empty;
    }

    /// <summary>HTML is cleaned; a body without any tag is plain text and keeps its line breaks.</summary>
    private string HtmlOrText(string value, string input) =>
        value.Contains('<') ? _html.ExtractFragment(value, input) : LineEndings.NormaliseAndTrim(WebUtility.HtmlDecode(value));

    private string? Title(XElement? title, string input)
    {
        if (title is null)
        {
            return null;
        }

        var value = title.Value;
        var text = value.Contains('<') || (string?)title.Attribute("type") == "xhtml"
            ? _html.ExtractFragment(value, input)
            : WebUtility.HtmlDecode(value);
        return PageMetadata.Collapse(text);
    }

    private string? ItemSource(XElement item, bool atom, string input)
    {
        if (atom)
        {
            var source = FirstChild(item, "source");
            return source is null ? null : Title(FirstChild(source, "title"), input);
        }

        return PageMetadata.Collapse(Child(item, "source"));
    }

    private string? FeedTitle(XElement root, string input)
    {
        var channel = root.Name.LocalName == "feed" ? root : FirstChild(root, "channel");
        return channel is null ? null : Title(FirstChild(channel, "title"), input);
    }

    private static string? FeedLanguage(XElement root)
    {
        var channel = root.Name.LocalName == "feed" ? root : FirstChild(root, "channel");
        return (string?)root.Attribute(XNamespace.Xml + "lang")
            ?? (channel is null ? null : Child(channel, "language") ?? Child(channel, s_dc + "language"));
    }

    private static string? AtomLink(XElement entry)
    {
        string? first = null;
        foreach (var link in entry.Elements().Where(e => e.Name.LocalName == "link"))
        {
            var href = (string?)link.Attribute("href");
            var rel = (string?)link.Attribute("rel") ?? "alternate";
            if (rel == "alternate" && href is not null)
            {
                return href.Trim();
            }

            first ??= href?.Trim();
        }

        return first;
    }

    /// <summary>The first child with local name <paramref name="localName"/> in no namespace or in the RSS 1.0
    /// or Atom namespace.</summary>
    private static XElement? FirstChild(XElement parent, string localName) =>
        parent.Element(localName) ?? parent.Element(s_rss1 + localName) ?? parent.Element(s_atom + localName);

    private static string? Child(XElement parent, string localName) => PageMetadata.Collapse(FirstChild(parent, localName)?.Value);

    private static string? Child(XElement parent, XName name) => PageMetadata.Collapse(parent.Element(name)?.Value);
}
