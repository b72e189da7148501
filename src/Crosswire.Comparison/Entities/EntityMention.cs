using Crosswire.Core.Documents;

namespace Crosswire.Comparison.Entities;

/// <summary>
/// One occurrence of a proper name in an article's text. <see cref="Text"/> is the name as written, without
/// job titles, a leading <c>the</c> or a possessive <c>'s</c>, but with courtesy and academic titles
/// (<c>Mr Pellow</c>, <c>Dr Ruth Adeyemi</c>), as defined for the comparison fixtures.
/// </summary>
/// <param name="ArticleId">The article the mention is in.</param>
/// <param name="Span">Characters of the name in <see cref="Article.Text"/>.</param>
/// <param name="Text">The name as written (equal to the characters of <paramref name="Span"/>).</param>
/// <param name="Type">Person, organisation or place. From the recogniser this is its best guess; the
/// resolver's entities carry the type decided for the whole entity.</param>
/// <param name="Title">The job title or role written with the name, when there is one: before it
/// (<c>Prime Minister</c>, <c>referee</c>, <c>Judge</c>) or in an apposition (<c>the trust's chair, X</c>,
/// <c>X, a food analyst at Y</c>); null otherwise.</param>
public sealed record EntityMention(string ArticleId, TextSpan Span, string Text, EntityType Type, string? Title)
{
    /// <summary>How strongly <see cref="Type"/> is supported.</summary>
    public TypeEvidence Evidence { get; init; }

    /// <summary>True when the only sign that this is a name is a capital letter at the start of a sentence
    /// (<c>Pellow, who wore a grey suit, …</c>). The resolver keeps such a mention only when it belongs to an
    /// entity that is also named elsewhere without that doubt.</summary>
    public bool IsTentative { get; init; }

    /// <summary>True when the mention is inside quotation marks.</summary>
    public bool InQuote { get; init; }

    /// <summary>The full name the text itself gives for this short form, when it does: the long form before
    /// an acronym in brackets (<c>Food and Dairy Workers Union (FDWU)</c>) or the article's outlet for a
    /// short outlet name (<c>told the Gazette</c> in an article of the Port Carrow Gazette); null otherwise.</summary>
    public string? LongForm { get; init; }

    /// <summary>Gender implied by an honorific or first name of this mention.</summary>
    public PersonGender Gender { get; init; }

    /// <summary>True when the words after a one-word name show a person (<c>X said he</c>, <c>X and her
    /// colleagues</c>, <c>X, who</c>, <c>X's wife</c>, <c>the X administration</c>): a lone surname with such a cue
    /// stays a person even when the story never gives the full name.</summary>
    public bool HasPersonCue { get; init; }

    /// <summary>True for a place written in an article's dateline (<c>WELLINGTON (Wire) -</c>).</summary>
    public bool IsDateline { get; init; }
}
