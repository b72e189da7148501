namespace Crosswire.Ingest;

/// <summary>The input formats <see cref="ArticleReader"/> understands.</summary>
public enum InputFormat
{
    /// <summary>Plain text with optional <c>Title:</c>, <c>Source:</c>, <c>Published:</c>, <c>URL:</c> header lines.</summary>
    PlainText,

    /// <summary>An HTML page; the main content is extracted and page furniture dropped.</summary>
    Html,

    /// <summary>JSON lines (one article object a line), or a JSON file holding one object or an array of them.</summary>
    JsonLines,

    /// <summary>An RSS 2.0, RSS 1.0 (RDF) or Atom feed; each item is an article.</summary>
    Feed,

    /// <summary>The raw Multi-News format: one cluster a line, articles separated by <c>|||||</c>.</summary>
    MultiNewsRaw,

    /// <summary>The Crosswire dataset format: JSON lines whose objects hold an <c>articles</c> array.</summary>
    Dataset,
}
