using System.Collections.Immutable;
using Crosswire.Comparison.Entities;
using Crosswire.Core.Documents;

namespace Crosswire.Comparison.Quotes;

/// <summary>How a quotation is given.</summary>
public enum QuoteKind
{
    /// <summary>A whole sentence or more between quotation marks.</summary>
    Direct,

    /// <summary>A phrase between quotation marks inside the reporter's own sentence (<c>called it "a disgrace"</c>).</summary>
    Partial,

    /// <summary>Indirect speech without quotation marks (<c>she said that the trust had recovered</c>).</summary>
    Reported,
}

/// <summary>
/// One quotation in one article: the quoted words (between the marks for direct and partial quotes, the
/// reported clause for reported speech) and who said them.
/// </summary>
/// <param name="ArticleId">The article the quotation is in.</param>
/// <param name="Text">The quoted words in <see cref="Article.Text"/>: between the marks (punctuation inside
/// the marks kept), or the reported clause without <c>that</c> and without the final full stop.</param>
/// <param name="Kind">Direct, partial or reported.</param>
/// <param name="Speaker">The canonical name of the person or organisation speaking (see
/// <see cref="Entity.Name"/>), or <see cref="Unknown"/> when the text does not say.</param>
/// <param name="SpeakerMention">The mention the speaker was found through, when the attribution names the
/// speaker (it is null for pronouns, roles such as <c>the minister</c> and inherited speakers).</param>
public sealed record Quote(string ArticleId, TextSpan Text, QuoteKind Kind, string Speaker, EntityMention? SpeakerMention)
{
    /// <summary>The speaker of a quotation whose source the text does not identify.</summary>
    public const string Unknown = "unknown";

    /// <summary>The quoted words.</summary>
    public required string Words { get; init; }

    /// <summary>The id of the speaker's entity, or null when the speaker is <see cref="Unknown"/>.</summary>
    public string? SpeakerEntityId { get; init; }
}

/// <summary>Where one article carries a quotation.</summary>
/// <param name="ArticleId">The article.</param>
/// <param name="Span">The quoted words in that article's text.</param>
public readonly record struct QuoteSource(string ArticleId, TextSpan Span);

/// <summary>The same quotation reported by one or more articles of a story.</summary>
/// <param name="Text">The quoted words as the first article gives them.</param>
/// <param name="Speaker">The canonical speaker (the one most sources agree on; <see cref="Quote.Unknown"/>
/// only when no source names one).</param>
/// <param name="Kind">The kind in the first source.</param>
/// <param name="Sources">Every article carrying the quotation, in story order.</param>
public sealed record QuoteGroup(string Text, string Speaker, QuoteKind Kind, ImmutableArray<QuoteSource> Sources);
