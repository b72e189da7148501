namespace Crosswire.Core.Documents;

/// <summary>Why a piece of an article's text was judged not to be prose.</summary>
public enum BoilerplateKind
{
    /// <summary>A photo or video caption.</summary>
    Caption,

    /// <summary>A photo, image or agency credit (<c>(Jane Roe / Staff Photographer)</c>, <c>[AGENCY/Wire]</c>).</summary>
    Credit,

    /// <summary>A contributor note (<c>… contributed reporting from …</c>).</summary>
    Contributor,

    /// <summary>An advertisement marker.</summary>
    Advertisement,

    /// <summary>A link prompt (<c>Read more</c>, <c>Related:</c>, <c>Click here</c>).</summary>
    Link,

    /// <summary>A share or social-media widget (<c>Share this</c>, <c>Follow us on …</c>).</summary>
    Share,

    /// <summary>A newsletter or subscription prompt.</summary>
    Newsletter,

    /// <summary>A copyright or rights line.</summary>
    Copyright,

    /// <summary>A bare byline (<c>By Jane Roe</c>).</summary>
    Byline,

    /// <summary>A dateline prefix or bare dateline (<c>KINGSPORT (Wire) —</c>).</summary>
    Dateline,

    /// <summary>An embedded social-media post or its attribution line.</summary>
    Embed,

    /// <summary>Other non-prose page furniture (timestamps, navigation words).</summary>
    Other,
}

/// <summary>A piece of text removed before segmentation, kept so that removals can be inspected.</summary>
/// <param name="Span">Characters removed.</param>
/// <param name="Kind">Why.</param>
/// <param name="Rule">Name of the rule that fired, for <c>crosswire read --explain</c>.</param>
public readonly record struct RemovedText(TextSpan Span, BoilerplateKind Kind, string Rule);
