using System.Collections.Immutable;

namespace Crosswire.Comparison.Entities;

/// <summary>
/// A person, organisation or place of one story with all its mentions across the story's articles.
/// </summary>
/// <param name="Id">Identifier unique within the story (<c>e1</c>, <c>e2</c>, … in order of first mention).</param>
/// <param name="Name">Canonical name: the full name as first introduced (for people without honorific; for a
/// place known under several names in the story, the canonical name of the alias table; for an outlet named
/// in its own article, the outlet's name).</param>
/// <param name="Type">Person, organisation or place, decided over all mentions.</param>
/// <param name="Aliases">The other distinct ways the story writes the name (<c>Quill</c>, <c>Ms Quill</c>,
/// <c>NCFA</c>, <c>UK</c>), in order of first use.</param>
/// <param name="Mentions">Every mention, in story order (articles in the order given, then text order).</param>
/// <param name="Roles">Job titles and roles the story gives the entity (<c>Prime Minister</c>,
/// <c>chief executive</c>), in order of first use.</param>
public sealed record Entity(
    string Id,
    string Name,
    EntityType Type,
    ImmutableArray<string> Aliases,
    ImmutableArray<EntityMention> Mentions,
    ImmutableArray<string> Roles)
{
    /// <summary>For people: how the story refers to them (from honorifics, first names and pronouns).</summary>
    public PersonGender Gender { get; init; }

    /// <summary>The ids of the articles that mention the entity, in story order.</summary>
    public IEnumerable<string> ArticleIds => Mentions.Select(m => m.ArticleId).Distinct(StringComparer.Ordinal);
}
