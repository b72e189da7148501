using System.Collections.Immutable;
using Crosswire.Core.Documents;

namespace Crosswire.Summarization.Briefs;

/// <summary>
/// One sourced brief of a story: a headline, the extractive summary with every sentence traced to the
/// articles that report it, and the numbered sources. Immutable; rendered by <see cref="BriefMarkdownWriter"/>
/// and <see cref="BriefJsonWriter"/>. The source comparison (Crosswire.Comparison) adds claims, conflicts, quotes, entities and timeline.
/// </summary>
/// <param name="Id">The story's id.</param>
/// <param name="Headline">A headline for the story: the title of the article the summary leads with, else
/// another title, else the start of the summary.</param>
/// <param name="Sources">The articles of the story, numbered from 1 in the order given.</param>
/// <param name="Summary">The summary's sentences, in reading order.</param>
public sealed record StoryBrief(string Id, string Headline, ImmutableArray<BriefSource> Sources, ImmutableArray<BriefSentence> Summary)
{
    /// <summary>Source comparison: the story's claims (agreed, single-source, disputed); empty until a
    /// comparison stage fills it.</summary>
    public ImmutableArray<BriefClaim> Claims { get; init; } = [];

    /// <summary>Quotes with their speakers; empty until a comparison stage fills it.</summary>
    public ImmutableArray<BriefQuote> Quotes { get; init; } = [];

    /// <summary>People, organisations and places; empty until a comparison stage fills it.</summary>
    public ImmutableArray<BriefEntity> Entities { get; init; } = [];

    /// <summary>The dated events, in date order; empty until a comparison stage fills it.</summary>
    public ImmutableArray<BriefTimelineEntry> Timeline { get; init; } = [];

    /// <summary>True when a comparison stage has added its sections (a story with any claim has them).</summary>
    public bool IsCompared { get; init; }

    /// <summary>The source whose article id is <paramref name="articleId"/>.</summary>
    /// <exception cref="KeyNotFoundException">No source has that id.</exception>
    public BriefSource Source(string articleId) =>
        Sources.FirstOrDefault(source => source.ArticleId == articleId)
        ?? throw new KeyNotFoundException($"story '{Id}' has no source '{articleId}'");
}

/// <summary>One article of a brief.</summary>
/// <param name="Number">Its number in the brief, from 1, as the summary's source markers cite it.</param>
/// <param name="ArticleId">The article's id.</param>
/// <param name="Outlet">The outlet that published it, when known.</param>
/// <param name="Title">Its title, when known.</param>
/// <param name="Published">When it was published, when known.</param>
/// <param name="Origin">Where it was read from (file, line), when known.</param>
/// <param name="Url">Its address, when known.</param>
/// <param name="CopyOf">The id of the article it reprints, when it was recognised as a copy.</param>
public sealed record BriefSource(
    int Number, string ArticleId, string? Outlet, string? Title, DateTimeOffset? Published, string? Origin, string? Url, string? CopyOf);

/// <summary>One sentence of a brief's summary.</summary>
/// <param name="Text">The sentence as it stands in its article (white space made single spaces).</param>
/// <param name="ArticleId">The article it was taken from.</param>
/// <param name="Span">Its characters in that article's text.</param>
/// <param name="Sources">Every article reporting it: the one it was taken from first, then the others,
/// strongest match first.</param>
public sealed record BriefSentence(string Text, string ArticleId, TextSpan Span, ImmutableArray<string> Sources);

/// <summary>How well a claim of a brief is supported (see <see cref="BriefClaim"/>).</summary>
public enum BriefClaimStatus
{
    /// <summary>Two or more independent outlets report it.</summary>
    Corroborated,

    /// <summary>One outlet (and its reprints) reports it.</summary>
    SingleSource,

    /// <summary>The outlets disagree; the variants show each version.</summary>
    Conflict,
}

/// <summary>A claim of the story: agreed, single-source or disputed.</summary>
/// <param name="Text">The representative sentence.</param>
/// <param name="Status">Its support.</param>
/// <param name="Sources">The articles stating it.</param>
/// <param name="Variants">Other wordings; for a conflict, every version side by side (with its value).</param>
public sealed record BriefClaim(string Text, BriefClaimStatus Status, ImmutableArray<string> Sources, ImmutableArray<BriefVariant> Variants)
{
    /// <summary>For a conflict: what kind of value differs (<c>number</c>, <c>quantity</c>, <c>date</c>,
    /// <c>time</c>, <c>participant</c>); null otherwise.</summary>
    public string? ConflictKind { get; init; }
}

/// <summary>One wording or version of a claim.</summary>
/// <param name="Text">The sentence.</param>
/// <param name="Sources">The articles using it.</param>
/// <param name="Value">For a conflict, the value this version states as written (<c>£412,000</c>); else null.</param>
public sealed record BriefVariant(string Text, ImmutableArray<string> Sources, string? Value = null);

/// <summary>A quotation with its speaker.</summary>
/// <param name="Text">The quoted words.</param>
/// <param name="Speaker">The speaker's canonical name, or <c>unknown</c>.</param>
/// <param name="Sources">The articles quoting it.</param>
public sealed record BriefQuote(string Text, string Speaker, ImmutableArray<string> Sources);

/// <summary>A person, organisation or place of the story.</summary>
/// <param name="Name">Canonical name.</param>
/// <param name="Type"><c>person</c>, <c>organization</c> or <c>place</c>.</param>
/// <param name="Mentions">Mentions per article, in source order.</param>
public sealed record BriefEntity(string Name, string Type, ImmutableArray<KeyValuePair<string, int>> Mentions);

/// <summary>A dated event of the story timeline.</summary>
/// <param name="Date">The date in ISO notation (<c>2026-05-01</c>, <c>2026-05</c>, <c>2026-05-01T10:15</c>, ranges <c>A/B</c>).</param>
/// <param name="Text">The sentence that dates it.</param>
/// <param name="Sources">The articles dating it.</param>
public sealed record BriefTimelineEntry(string Date, string Text, ImmutableArray<string> Sources);
