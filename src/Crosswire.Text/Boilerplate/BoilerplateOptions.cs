using System.Collections.Immutable;
using Crosswire.Core.Documents;

namespace Crosswire.Text.Boilerplate;

/// <summary>Options of the <see cref="BoilerplateFilter"/>. Immutable; the defaults suit news articles.</summary>
public sealed record BoilerplateOptions
{
    /// <summary>The default options.</summary>
    public static BoilerplateOptions Default { get; } = new();

    /// <summary>
    /// Kinds of boilerplate to remove. A rule whose kind is not in the set keeps its text as prose.
    /// Default: every <see cref="BoilerplateKind"/>.
    /// </summary>
    public ImmutableHashSet<BoilerplateKind> Kinds { get; init; } = [.. Enum.GetValues<BoilerplateKind>()];

    /// <summary>
    /// Longest line, in characters, that can be removed whole by a page-furniture rule (link prompts,
    /// newsletter prompts, copyright lines, contributor notes, captions). Longer lines are prose-length:
    /// only a dateline or byline prefix, a trailing photo credit and unmistakable widgets (photo galleries)
    /// are removed from them. Default 700.
    /// </summary>
    public int MaxFurnitureLineChars { get; init; } = 700;

    /// <summary>
    /// Longest caption, in characters, removed whole when it ends with a photo credit. When the text before
    /// the credit is longer it is kept as prose and only the credit is removed. Default 600.
    /// </summary>
    public int MaxCaptionChars { get; init; } = 600;

    /// <summary>
    /// Longest line, in characters, taken as the text of an embedded social-media post when it stands
    /// directly before a post's attribution line (<c>— Jane Roe (@janeroe) May 1, 2019</c>). Default 320.
    /// </summary>
    public int MaxEmbeddedPostChars { get; init; } = 320;

    /// <summary>
    /// Number of last lines of an article in which an author's biography (<c>Jane Roe is a reporter for
    /// The Harbour Gazette.</c>) is recognised and removed. Zero turns the rule off. Default 2.
    /// </summary>
    public int AuthorNoteTailLines { get; init; } = 2;

    /// <summary>
    /// A short label line (at most five words, no closing punctuation, e.g. an outlet's name under every
    /// photo) repeated at least this many times in one article is removed as furniture. Zero turns the rule
    /// off. Default 3.
    /// </summary>
    public int RepeatedLabelCount { get; init; } = 3;
}
