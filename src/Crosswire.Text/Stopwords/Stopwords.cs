using System.Collections.Frozen;

// The type lives in Crosswire.Text, not Crosswire.Text.Stopwords, so that "Stopwords.English" never
// resolves to a namespace of the same name.
namespace Crosswire.Text;

/// <summary>
/// A set of stopwords: function words that say little about which story an article tells. Lookups ignore
/// case and read a typographic apostrophe (’) as <c>'</c>; the span overload does not allocate.
/// </summary>
/// <remarks>
/// <see cref="English"/> is Crosswire's own list for news, written for this project and explained word by
/// word in <c>docs/stopwords.md</c>: articles and determiners, pronouns, auxiliaries and modals, prepositions,
/// conjunctions, a few function adverbs and common contractions. Kept out on purpose: negations and words of
/// opposition or direction (<c>not</c>, <c>no</c>, <c>never</c>, <c>nor</c>, <c>against</c>, <c>without</c>,
/// <c>up</c>, <c>down</c>, <c>above</c>, <c>below</c>), because they reverse a claim and Crosswire compares
/// claims across outlets; reporting verbs (<c>said</c>, <c>says</c>, <c>told</c>), because quotes and
/// attribution are found through them; numbers and number words, because figures are what outlets disagree on;
/// honorifics (<c>mr</c>, <c>ms</c>), which name detection uses.
/// </remarks>
public sealed class Stopwords
{
    private static readonly string[] s_english =
    [
        // Articles and determiners.
        "a", "an", "the", "this", "that", "these", "those", "each", "every", "any", "some", "all", "both",
        "another", "other", "others", "such", "same", "own",

        // Personal, possessive and reflexive pronouns.
        "i", "me", "my", "mine", "myself", "we", "us", "our", "ours", "ourselves", "you", "your", "yours",
        "yourself", "yourselves", "he", "him", "his", "himself", "she", "her", "hers", "herself", "it", "its",
        "itself", "they", "them", "their", "theirs", "themselves", "one's",

        // Relative and interrogative words.
        "who", "whom", "whose", "which", "what", "whatever", "whichever", "whoever", "when", "where", "why",
        "how", "whereby",

        // Auxiliaries, copulas and modals.
        "be", "am", "is", "are", "was", "were", "been", "being", "have", "has", "had", "having", "do", "does",
        "did", "doing", "will", "would", "shall", "should", "can", "could", "may", "might", "must",

        // Prepositions.
        "about", "across", "after", "along", "amid", "among", "amongst", "around", "as", "at", "before",
        "behind", "beneath", "beside", "besides", "between", "beyond", "by", "during", "except", "for", "from",
        "in", "inside", "into", "of", "off", "on", "onto", "out", "outside", "over", "per", "through",
        "throughout", "to", "toward", "towards", "under", "upon", "via", "with", "within",

        // Conjunctions and subordinators.
        "and", "or", "but", "if", "because", "while", "whereas", "although", "though", "so", "than", "then",
        "whether", "yet", "once", "unless", "until", "till", "since", "also",

        // Function adverbs and fillers.
        "there", "here", "very", "too", "just", "again", "already", "even", "still", "quite", "rather",
        "more", "most", "much", "many", "few", "less", "least", "only", "thus", "hence", "therefore",

        // Contractions of pronouns with auxiliaries (negative contractions stay out, like "not").
        "it's", "he's", "she's", "that's", "there's", "here's", "what's", "who's", "let's", "i'm", "you're",
        "we're", "they're", "i've", "you've", "we've", "they've", "i'd", "you'd", "he'd", "she'd", "we'd", "they'd",
        "i'll", "you'll", "he'll", "she'll", "we'll", "they'll",
    ];

    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly int _maxLength;

    /// <summary>Creates a set from <paramref name="words"/> (compared without case).</summary>
    public Stopwords(IEnumerable<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        Words = words.Select(word => word.Replace('\u2019', '\'')).ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        _lookup = Words.GetAlternateLookup<ReadOnlySpan<char>>();
        _maxLength = Words.Count == 0 ? 0 : Words.Max(word => word.Length);
    }

    /// <summary>Crosswire's English list for news (see the remarks and <c>docs/stopwords.md</c>).</summary>
    public static Stopwords English { get; } = new(s_english);

    /// <summary>The words of the set.</summary>
    public FrozenSet<string> Words { get; }

    /// <summary>Number of words.</summary>
    public int Count => Words.Count;

    /// <summary>True when <paramref name="word"/> is a stopword.</summary>
    public bool IsStopword(ReadOnlySpan<char> word)
    {
        if (word.Length == 0 || word.Length > _maxLength)
        {
            return false;
        }

        if (!word.Contains('\u2019'))
        {
            return _lookup.Contains(word);
        }

        Span<char> normalized = stackalloc char[word.Length];
        word.CopyTo(normalized);
        normalized.Replace('\u2019', '\'');
        return _lookup.Contains(normalized);
    }

    /// <summary>True when <paramref name="word"/> is a stopword.</summary>
    public bool IsStopword(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        return IsStopword(word.AsSpan());
    }
}
