namespace Crosswire.Comparison.Entities;

/// <summary>Options of the <see cref="EntityResolver"/>.</summary>
public sealed record EntityResolverOptions
{
    /// <summary>The defaults: the default recogniser, first names joined to a full name when only one person
    /// of the story has that first name.</summary>
    public static EntityResolverOptions Default { get; } = new();

    /// <summary>Options of the recogniser used by <see cref="EntityResolver.Resolve(IReadOnlyList{Crosswire.Core.Documents.AnalyzedArticle})"/>;
    /// null (the default) uses <see cref="EntityRecognizerOptions.Default"/>.</summary>
    public EntityRecognizerOptions? Recognizer { get; init; }

    /// <summary>Join a lone first name (<c>Leon</c>) to the one person of the story with that first name.
    /// Default true.</summary>
    public bool LinkFirstNames { get; init; } = true;
}
