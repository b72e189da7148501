using System.Collections.Immutable;
using Crosswire.Core.Errors;
using Crosswire.Text;
using Crosswire.Text.Stemming;

namespace Crosswire.Summarization.Stories;

/// <summary>Options of <see cref="StoryIndexer"/>: how words become terms and concepts.</summary>
public sealed record StoryIndexOptions
{
    /// <summary>Words of news prose that carry no story-specific content although they are not function words:
    /// reporting verbs and honorifics. They stay content words for the text pipeline (quotes and names need
    /// them) but a bigram made only of these and stopwords is not a concept.</summary>
    public static ImmutableArray<string> NewsFunctionWords { get; } =
    [
        "said", "says", "say", "saying", "told", "tells", "tell", "according", "added", "adds",
        "mr", "mrs", "ms", "dr",
    ];

    private static readonly Stopwords s_defaultStopwords = new([.. Stopwords.English.Words, .. NewsFunctionWords]);

    /// <summary>Default options.</summary>
    public static StoryIndexOptions Default { get; } = new();

    /// <summary>Stemmer applied to every lower-cased word. Default <see cref="EnglishStemmer"/> (Porter2),
    /// which also drops possessive <c>'s</c>.</summary>
    public IStemmer Stemmer { get; init; } = EnglishStemmer.Instance;

    /// <summary>Function words. Default <see cref="Stopwords.English"/> plus <see cref="NewsFunctionWords"/>.</summary>
    public Stopwords Stopwords { get; init; } = s_defaultStopwords;

    /// <summary>Words per shingle when articles are compared for copies. Default 5.</summary>
    public int ShingleWords { get; init; } = 5;

    /// <summary>Two articles are copies when the smaller has at least this share of its shingles in the other.
    /// Default 0.8: a reprint with a new headline, a few words changed and some paragraphs dropped stays a
    /// copy; two reports that quote the same statement do not.</summary>
    public double CopyContainment { get; init; } = 0.8;

    /// <summary>Throws E153 when an option is out of range.</summary>
    public void Validate(string input = "story index options")
    {
        if (ShingleWords is < 2 or > 16)
        {
            throw new CrosswireException(ErrorCatalogue.SummarizerBadOption, input, $"ShingleWords must be between 2 and 16, not {ShingleWords}");
        }

        if (!(CopyContainment > 0 && CopyContainment <= 1))
        {
            throw new CrosswireException(ErrorCatalogue.SummarizerBadOption, input, $"CopyContainment must be in (0, 1], not {CopyContainment}");
        }

        if (Stemmer is null || Stopwords is null)
        {
            throw new CrosswireException(ErrorCatalogue.SummarizerBadOption, input, "Stemmer and Stopwords are required");
        }
    }
}
