using System.Collections.Immutable;

namespace Crosswire.Comparison.Entities;

/// <summary>Options of the <see cref="EntityRecognizer"/>.</summary>
public sealed record EntityRecognizerOptions
{
    /// <summary>The defaults: captions and datelines read, no additions to the word lists, names of at
    /// most 8 words.</summary>
    public static EntityRecognizerOptions Default { get; } = new();

    /// <summary>Read names in photo captions that boilerplate removal took out of the prose (their
    /// descriptive part only, never the credit). Default true.</summary>
    public bool ReadCaptions { get; init; } = true;

    /// <summary>Report the place of a dateline (<c>WELLINGTON (Wire) -</c>) as a mention. Default true.</summary>
    public bool ReadDatelines { get; init; } = true;

    /// <summary>Longest name recognised, in words; longer capitalised runs (headlines, lists) are not
    /// names. Default 8.</summary>
    public int MaxNameWords { get; init; } = 8;

    /// <summary>Extra place names for the gazetteer (e.g. a newsroom's local towns). Default none.</summary>
    public ImmutableArray<string> Places { get; init; } = [];

    /// <summary>Extra first names. Default none.</summary>
    public ImmutableArray<string> FirstNames { get; init; } = [];

    /// <summary>Extra last words that mark organisations (<c>Cooperative</c>). Default none.</summary>
    public ImmutableArray<string> OrganizationSuffixes { get; init; } = [];
}
