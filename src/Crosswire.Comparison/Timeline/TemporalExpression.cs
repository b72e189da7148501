using Crosswire.Core.Documents;

namespace Crosswire.Comparison.Timeline;

/// <summary>What a temporal expression's value was worked out from.</summary>
public enum TemporalAnchor
{
    /// <summary>The expression names its date in full (<c>12 June 2025</c>, <c>1887</c>, <c>between 2017 and
    /// 2023</c>); no publication date is needed.</summary>
    Absolute,

    /// <summary>The expression is relative to the article's publication date (<c>yesterday</c>, <c>on
    /// Tuesday</c>, <c>last month</c>, <c>June 12</c> without a year).</summary>
    Publication,

    /// <summary>The expression takes its day from an earlier expression of the article (<c>the following
    /// morning</c>, a clock time alone such as <c>9.45pm</c>).</summary>
    Context,
}

/// <summary>
/// A date or time expression found in an article, with its value normalised against the article's
/// publication date.
/// </summary>
/// <param name="ArticleId">The article's id.</param>
/// <param name="Span">The expression's characters in <see cref="Article.Text"/>, without a leading
/// preposition (<c>Monday</c>, <c>the end of April</c>, <c>between 2017 and 2023</c>).</param>
/// <param name="Text">The expression as written.</param>
/// <param name="Value">The normalised value, or null when it cannot be resolved: a relative expression in an
/// article without a publication date, or an anaphoric one with nothing before it to refer to.</param>
/// <param name="Anchor">What the value was worked out from.</param>
/// <param name="Sentence">The sentence (or photo-caption sentence) that holds the expression.</param>
public sealed record TemporalExpression(
    string ArticleId, TextSpan Span, string Text, TemporalValue? Value, TemporalAnchor Anchor, TextSpan Sentence)
{
    /// <summary>True when <see cref="Value"/> is known.</summary>
    public bool IsResolved => Value is not null;
}
