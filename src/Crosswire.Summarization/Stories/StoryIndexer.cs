using System.Buffers;
using System.Collections.Immutable;
using Crosswire.Core.Documents;
using Crosswire.Core.Errors;
using Crosswire.Text.Tokenization;

namespace Crosswire.Summarization.Stories;

/// <summary>
/// Builds the <see cref="StoryIndex"/> of a story: every word and number of every sentence is lower-cased,
/// normalised and stemmed into a term; a sentence's concepts are its content terms and its bigrams of
/// adjacent words that are not both stopwords (punctuation does not break a bigram, as in ROUGE).
/// Thread-safe.
/// </summary>
public sealed class StoryIndexer
{
    private const int StackLimit = 128;
    private const long UnigramMarker = 0xFFFF_FFFFL;

    /// <summary>Creates an indexer.</summary>
    /// <param name="options">Options; <see cref="StoryIndexOptions.Default"/> when null.</param>
    /// <exception cref="CrosswireException">E153 when an option is out of range.</exception>
    public StoryIndexer(StoryIndexOptions? options = null)
    {
        Options = options ?? StoryIndexOptions.Default;
        Options.Validate();
    }

    /// <summary>The options in use.</summary>
    public StoryIndexOptions Options { get; }

    /// <summary>Indexes the analysed articles of one story.</summary>
    /// <param name="storyId">The story's id, for error messages.</param>
    /// <param name="articles">Its articles; ids must be distinct.</param>
    /// <exception cref="CrosswireException">E151 without articles, E156 when an article id repeats.</exception>
    public StoryIndex Index(string storyId, IReadOnlyList<AnalyzedArticle> articles)
    {
        ArgumentNullException.ThrowIfNull(storyId);
        ArgumentNullException.ThrowIfNull(articles);
        if (articles.Count == 0)
        {
            throw new CrosswireException(ErrorCatalogue.StoryWithoutArticles, storyId);
        }

        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var article in articles)
        {
            ArgumentNullException.ThrowIfNull(article, nameof(articles));
            if (!ids.Add(article.Article.Id))
            {
                throw new CrosswireException(ErrorCatalogue.StoryDuplicateArticle, storyId, article.Article.Id);
            }
        }

        var builder = new Builder(Options);
        var starts = new int[articles.Count + 1];
        for (var a = 0; a < articles.Count; a++)
        {
            starts[a] = builder.Sentences.Count;
            builder.AddArticle(a, articles[a]);
        }

        starts[articles.Count] = builder.Sentences.Count;
        ImmutableArray<AnalyzedArticle> analyzed = [.. articles];
        var (originals, copies) = new CopyDetector(Options).Detect(analyzed, builder.Sentences, starts);
        return new StoryIndex(
            storyId, analyzed, [.. builder.Sentences], starts, builder.TermCount, [.. builder.ConceptIsBigram], originals, copies);
    }

    /// <summary>Number of white-space separated words in <paramref name="text"/>.</summary>
    internal static int CountWords(ReadOnlySpan<char> text)
    {
        var words = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var space = char.IsWhiteSpace(c);
            if (!space && !inWord)
            {
                words++;
            }

            inWord = !space;
        }

        return words;
    }

    private sealed class Builder
    {
        private readonly StoryIndexOptions _options;
        private readonly Dictionary<string, int> _terms = new(StringComparer.Ordinal);
        private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _termLookup;
        private readonly Dictionary<long, int> _concepts = [];
        private readonly List<int> _sentenceTerms = [];
        private readonly List<int> _scratch = [];

        public Builder(StoryIndexOptions options)
        {
            _options = options;
            _termLookup = _terms.GetAlternateLookup<ReadOnlySpan<char>>();
        }

        public List<IndexedSentence> Sentences { get; } = [];

        public List<bool> ConceptIsBigram { get; } = [];

        public int TermCount => _terms.Count;

        public void AddArticle(int articleIndex, AnalyzedArticle article)
        {
            var text = article.Article.Text;
            for (var i = 0; i < article.Sentences.Length; i++)
            {
                var sentence = article.Sentences[i];
                _sentenceTerms.Clear();
                foreach (var token in article.TokensOf(sentence))
                {
                    if (token.IsWordLike && TermOf(token.Span.Slice(text), token.Kind == TokenKind.Number) is var term and not int.MinValue)
                    {
                        _sentenceTerms.Add(term);
                    }
                }

                var terms = _sentenceTerms.ToArray();
                Sentences.Add(new IndexedSentence(
                    Sentences.Count, articleIndex, i, sentence.Span, CountWords(sentence.Span.Slice(text)),
                    terms, ContentTerms(terms), Concepts(terms)));
            }
        }

        /// <summary>The term id of a token (<c>~id</c> for a stopword), or <see cref="int.MinValue"/> when
        /// normalisation leaves nothing of it.</summary>
        private int TermOf(ReadOnlySpan<char> token, bool isNumber)
        {
            char[]? rented = null;
            var buffer = token.Length <= StackLimit
                ? stackalloc char[StackLimit]
                : (rented = ArrayPool<char>.Shared.Rent(token.Length));
            try
            {
                var length = TokenNormalizer.Normalize(token, buffer);
                if (length == 0)
                {
                    return int.MinValue;
                }

                var stop = _options.Stopwords.IsStopword(buffer[..length]);
                if (!isNumber)
                {
                    length = _options.Stemmer.Stem(buffer[..length], buffer);
                }

                var stem = buffer[..length];
                if (!_termLookup.TryGetValue(stem, out var id))
                {
                    id = _terms.Count;
                    _termLookup[stem] = id;
                }

                return stop ? ~id : id;
            }
            finally
            {
                if (rented is not null)
                {
                    ArrayPool<char>.Shared.Return(rented);
                }
            }
        }

        private int[] ContentTerms(int[] terms)
        {
            _scratch.Clear();
            foreach (var term in terms)
            {
                if (term >= 0)
                {
                    _scratch.Add(term);
                }
            }

            return SortedDistinct(_scratch);
        }

        private int[] Concepts(int[] terms)
        {
            _scratch.Clear();
            for (var i = 0; i < terms.Length; i++)
            {
                if (terms[i] >= 0)
                {
                    _scratch.Add(ConceptOf(((long)terms[i] << 32) | UnigramMarker, bigram: false));
                }

                if (i + 1 < terms.Length && (terms[i] >= 0 || terms[i + 1] >= 0))
                {
                    var first = terms[i] < 0 ? ~terms[i] : terms[i];
                    var second = terms[i + 1] < 0 ? ~terms[i + 1] : terms[i + 1];
                    _scratch.Add(ConceptOf(((long)first << 32) | (uint)second, bigram: true));
                }
            }

            return SortedDistinct(_scratch);
        }

        private int ConceptOf(long key, bool bigram)
        {
            if (!_concepts.TryGetValue(key, out var id))
            {
                id = _concepts.Count;
                _concepts.Add(key, id);
                ConceptIsBigram.Add(bigram);
            }

            return id;
        }

        private static int[] SortedDistinct(List<int> values)
        {
            if (values.Count == 0)
            {
                return [];
            }

            values.Sort();
            var distinct = 1;
            for (var i = 1; i < values.Count; i++)
            {
                if (values[i] != values[distinct - 1])
                {
                    values[distinct++] = values[i];
                }
            }

            return values.GetRange(0, distinct).ToArray();
        }
    }
}
