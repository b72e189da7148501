namespace Crosswire.Comparison.Entities;

/// <summary>What an entity is.</summary>
public enum EntityType
{
    /// <summary>A person (<c>Harriet Quill</c>, <c>Mr Latimer</c>).</summary>
    Person,

    /// <summary>An organisation: company, public body, party, court, police force, club, union, outlet.</summary>
    Organization,

    /// <summary>A place: country, region, city, village, street, stadium, undersea feature.</summary>
    Place,
}

/// <summary>How strongly a mention's <see cref="EntityMention.Type"/> is supported. The resolver weighs
/// the mentions of one entity by this when they disagree.</summary>
public enum TypeEvidence
{
    /// <summary>No cue: the type is the recogniser's default for a name of that shape.</summary>
    Guess,

    /// <summary>The words around the name (<c>in X</c>, <c>the village of X</c>, <c>X, 52,</c>,
    /// <c>referee X</c>, <c>X, a family firm</c>).</summary>
    Context,

    /// <summary>The name itself: a gazetteer entry, a first name, an honorific, a job title, an
    /// organisation or place suffix (<c>Ltd</c>, <c>Street</c>), a dateline.</summary>
    Lexical,
}

/// <summary>The grammatical gender a person is referred to with, when the text or the name tells.</summary>
public enum PersonGender
{
    /// <summary>Not known (also for organisations and places).</summary>
    Unknown,

    /// <summary>Referred to as <c>she</c>, <c>Ms</c>, <c>Mrs</c>, or has a mostly female first name.</summary>
    Female,

    /// <summary>Referred to as <c>he</c>, <c>Mr</c>, or has a mostly male first name.</summary>
    Male,
}
