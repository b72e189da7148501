using System.Collections.Immutable;
using Crosswire.Text.Segmentation;

namespace Crosswire.Text.Tokenization;

/// <summary>Options of <see cref="Tokenizer"/>.</summary>
public sealed record TokenizerOptions
{
    private static readonly ImmutableArray<string> s_domainSuffixes =
    [
        "com", "org", "net", "gov", "edu", "mil", "int", "info", "biz", "io", "uk", "ca", "au", "de", "fr", "ly", "gl",
        "tv", "news",
    ];

    /// <summary>The default options.</summary>
    public static TokenizerOptions Default { get; } = new();

    /// <summary>
    /// Abbreviations that keep their final period as part of the word (<c>Mr.</c>, <c>Inc.</c>, <c>Jan.</c>),
    /// written without the period, with the letter-case convention of <see cref="SegmenterOptions"/>.
    /// Default: all three abbreviation lists of <see cref="SegmenterOptions.Default"/>. Dotted abbreviations
    /// (<c>U.S.</c>, <c>a.m.</c>) keep their period without being listed.
    /// </summary>
    public ImmutableArray<string> Abbreviations { get; init; } =
    [
        .. SegmenterOptions.Default.PrefixAbbreviations,
        .. SegmenterOptions.Default.Abbreviations,
        .. SegmenterOptions.Default.NumberAbbreviations,
    ];

    /// <summary>
    /// Last labels of bare domain names recognised as URLs without a scheme (<c>example.com</c>,
    /// <c>news.example.co.uk/path</c>). Lower case; matched only in lower case, so a sentence glued to the
    /// next (<c>end.Com</c>) is not taken for a domain. Default: the common generic and a few country labels
    /// that are not also English words.
    /// </summary>
    public ImmutableArray<string> DomainSuffixes { get; init; } = s_domainSuffixes;
}
