using Crosswire.Core.Documents;
using Crosswire.Text;

namespace Crosswire.Clustering;

/// <summary>Collects capitalised token sequences as names.</summary>
/// <remarks>A capitalised word that opens a sentence is a name only when a capitalised word follows it or the
/// article also capitalises it inside a sentence; stopwords, honorifics, titles, days and months are never
/// names themselves. A sequence may hold a joiner (<c>Bank of England</c>). The whole sequence and each of its
/// words are counted, so <c>Kelly</c> later in the text still meets <c>Megyn Kelly</c>.</remarks>
internal sealed class NameCollector(HashSet<string> capitalisedInside)
{
    private const int MaxPhraseWords = 5;

    private static readonly HashSet<string> s_notNames = new(StringComparer.Ordinal)
    {
        "mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen", "lt", "col", "capt", "sgt", "prof", "rev", "st",
        "sir", "president", "minister", "prime", "senator", "governor", "mayor", "secretary", "judge", "chief",
        "officer", "king", "queen", "prince", "princess", "pope", "lord", "dame",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "january", "february", "march", "april", "june", "july", "august", "september", "october", "november",
        "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    };

    private static readonly HashSet<string> s_joiners = new(StringComparer.Ordinal)
    {
        "of", "de", "del", "della", "da", "van", "von", "der", "den", "la", "le", "al", "bin", "du", "y",
    };

    private readonly List<string> _run = [];
    private string? _pendingJoiner;
    private bool _sentenceStart;
    private bool _openingTentative;

    public Dictionary<string, int> Counts { get; } = new(StringComparer.Ordinal);

    /// <summary>The normalised words the article capitalises somewhere other than at a sentence start.</summary>
    public static HashSet<string> CapitalisedInside(AnalyzedArticle article)
    {
        var text = article.Article.Text;
        var words = new HashSet<string>(StringComparer.Ordinal);
        var lookup = words.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> buffer = stackalloc char[64];
        foreach (var sentence in article.Sentences)
        {
            var first = true;
            foreach (var token in article.TokensOf(sentence))
            {
                if (token.Kind != TokenKind.Word)
                {
                    continue;
                }

                var raw = token.Span.Slice(text);
                if (!first && IsCapitalised(raw))
                {
                    lookup.Add(FeatureExtractor.Normalise(raw, buffer));
                }

                first = false;
            }
        }

        return words;
    }

    public void StartSentence()
    {
        Break();
        _sentenceStart = true;
    }

    public void Word(ReadOnlySpan<char> raw, ReadOnlySpan<char> word)
    {
        var opening = _sentenceStart;
        _sentenceStart = false;
        if (_run.Count > 0 && s_joiners.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word) && _pendingJoiner is null)
        {
            _pendingJoiner = word.ToString();
            return;
        }

        if (!IsCapitalised(raw) || word.Length < 2 || Stopwords.English.IsStopword(word)
            || s_notNames.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word))
        {
            Break();
            return;
        }

        var name = word.ToString();
        if (opening && !capitalisedInside.Contains(name))
        {
            // Kept tentatively: it becomes a name if a capitalised word follows.
            _run.Add(name);
            _openingTentative = true;
            return;
        }

        if (_pendingJoiner is not null)
        {
            _run.Add(_pendingJoiner);
            _pendingJoiner = null;
        }

        _run.Add(name);
    }

    public void Break()
    {
        if (_openingTentative && _run.Count == 1)
        {
            _run.Clear();
        }

        _openingTentative = false;
        _pendingJoiner = null;
        if (_run.Count == 0)
        {
            return;
        }

        var words = 0;
        foreach (var part in _run)
        {
            if (!s_joiners.Contains(part))
            {
                Count(part);
                words++;
            }
        }

        if (words > 1 && _run.Count <= MaxPhraseWords)
        {
            Count(string.Join(' ', _run));
        }

        _run.Clear();
    }

    private void Count(string name) =>
        Counts[name] = Counts.TryGetValue(name, out var count) ? count + 1 : 1;

    private static bool IsCapitalised(ReadOnlySpan<char> raw) => raw.Length > 0 && char.IsUpper(raw[0]);
}
