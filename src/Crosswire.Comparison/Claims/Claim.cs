using System.Collections.Immutable;
using Crosswire.Core.Documents;

namespace Crosswire.Comparison.Claims;

/// <summary>How well a claim is supported across the story's sources.</summary>
public enum ClaimStatus
{
    /// <summary>Reported by at least two independent outlets (copies of one article count once).</summary>
    Corroborated,

    /// <summary>Reported by one outlet only (possibly with its reprints).</summary>
    SingleSource,

    /// <summary>The outlets disagree on a value of the claim (see the story's conflicts).</summary>
    Conflict,
}

/// <summary>A sentence of one article that states a claim.</summary>
/// <param name="ArticleId">The article.</param>
/// <param name="Span">The sentence, as characters of the article's text.</param>
public sealed record ClaimSource(string ArticleId, TextSpan Span);

/// <summary>One wording of a claim and the articles that use it.</summary>
/// <param name="Text">The sentence.</param>
/// <param name="Sources">Its articles (several when copies print the same sentence).</param>
public sealed record ClaimVariant(string Text, ImmutableArray<ClaimSource> Sources);

/// <summary>One piece of information of a story, with every sentence that states it (at most one per article).</summary>
/// <param name="Text">The representative sentence.</param>
/// <param name="Status">Corroborated, single-source or conflict.</param>
/// <param name="Sources">Every sentence stating the claim, in article order; the first wording is <see cref="Text"/>.</param>
/// <param name="Variants">The other wordings, identical sentences of copies grouped.</param>
/// <param name="IndependentSources">Number of independent outlets (copies collapsed) among the sources.</param>
public sealed record Claim(
    string Text,
    ClaimStatus Status,
    ImmutableArray<ClaimSource> Sources,
    ImmutableArray<ClaimVariant> Variants,
    int IndependentSources);
