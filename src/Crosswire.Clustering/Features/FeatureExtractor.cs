using System.Buffers;
using System.Collections.Immutable;
using Crosswire.Core.Documents;
using Crosswire.Text;
using Crosswire.Text.Stemming;
using Crosswire.Text.Tokenization;

namespace Crosswire.Clustering;

/// <summary>
/// Turns an analysed article into its <see cref="ArticleFeatures"/>: content terms (normalised, stopwords and
/// numbers left out, stemmed with <see cref="EnglishStemmer"/>; the headline's terms count too), names
/// (capitalised token sequences of the prose), word-shingle MinHash signature and content hash. Immutable and
/// thread-safe: articles can be extracted in parallel.
/// </summary>
public sealed class FeatureExtractor
{
    private const int MaxWordChars = 64;
    private static readonly Tokenizer s_titleTokenizer = new();

    private readonly MinHasher _hasher;

    /// <summary>Creates an extractor with <paramref name="options"/> (default <see cref="FeatureOptions.Default"/>).</summary>
    /// <exception cref="Core.Errors.CrosswireException">E172 when an option is out of range.</exception>
    public FeatureExtractor(FeatureOptions? options = null)
    {
        Options = options ?? FeatureOptions.Default;
        Options.Validate();
        _hasher = new MinHasher(Options.SignatureSize);
    }

    /// <summary>The options in use.</summary>
    public FeatureOptions Options { get; }

    /// <summary>The features of <paramref name="article"/>. An article with no prose left after boilerplate
    /// removal gets empty terms, names and signature (but still its content hash).</summary>
    public ArticleFeatures Extract(AnalyzedArticle article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var text = article.Article.Text;
        var terms = new Dictionary<string, int>(StringComparer.Ordinal);
        var names = new NameCollector(NameCollector.CapitalisedInside(article));
        var shingles = new ShingleWindow(Options.ShingleSize);
        var wordCount = 0;
        Span<char> buffer = stackalloc char[MaxWordChars];

        foreach (var sentence in article.Sentences)
        {
            names.StartSentence();
            foreach (var token in article.TokensOf(sentence))
            {
                if (!token.IsWordLike)
                {
                    names.Break();
                    continue;
                }

                wordCount++;
                var raw = token.Span.Slice(text);
                var word = Normalise(raw, buffer);
                shingles.Add(word);
                if (token.Kind == TokenKind.Word)
                {
                    names.Word(raw, word);
                    AddTerm(terms, word);
                }
                else
                {
                    names.Break();
                }
            }

            names.Break();
        }

        AddTitleTerms(article.Article.Title, terms, buffer);
        var distinct = shingles.Distinct;
        var signature = distinct.Count >= Options.MinShingles ? _hasher.Sign(distinct) : [];
        return new ArticleFeatures(
            article.Article.Id,
            article.Article.Published,
            ContentHasher.Hash(text),
            wordCount,
            Top(terms, Options.MaxTerms),
            Top(names.Counts, Options.MaxNames),
            distinct.Count,
            signature);
    }

    /// <summary>Lower-cases <paramref name="raw"/> into <paramref name="buffer"/> (cut at 64 characters) and
    /// drops a possessive <c>'s</c> or trailing apostrophe.</summary>
    internal static ReadOnlySpan<char> Normalise(ReadOnlySpan<char> raw, Span<char> buffer)
    {
        var source = raw.Length > buffer.Length ? raw[..buffer.Length] : raw;
        var length = TokenNormalizer.Normalize(source, buffer);
        if (length > 2 && buffer[length - 2] == '\'' && buffer[length - 1] == 's')
        {
            length -= 2;
        }
        else if (length > 1 && buffer[length - 1] == '\'')
        {
            length--;
        }

        return buffer[..length];
    }

    private static void AddTerm(Dictionary<string, int> terms, ReadOnlySpan<char> word)
    {
        if (word.Length < 2 || Stopwords.English.IsStopword(word) || !word.ContainsAnyInRange('a', 'z'))
        {
            return;
        }

        Span<char> stem = stackalloc char[word.Length];
        var length = EnglishStemmer.Instance.Stem(word, stem);
        if (length < 2)
        {
            return;
        }

        var lookup = terms.GetAlternateLookup<ReadOnlySpan<char>>();
        lookup[stem[..length]] = lookup.TryGetValue(stem[..length], out var count) ? count + 1 : 1;
    }

    private static void AddTitleTerms(string? title, Dictionary<string, int> terms, Span<char> buffer)
    {
        if (string.IsNullOrWhiteSpace(title))
        {
            return;
        }

        foreach (var token in s_titleTokenizer.Tokenize(title))
        {
            if (token.Kind == TokenKind.Word)
            {
                AddTerm(terms, Normalise(token.Span.Slice(title), buffer));
            }
        }
    }

    /// <summary>The <paramref name="limit"/> most frequent entries, sorted by term.</summary>
    private static ImmutableArray<TermCount> Top(Dictionary<string, int> counts, int limit)
    {
        var items = new TermCount[counts.Count];
        var i = 0;
        foreach (var (term, count) in counts)
        {
            items[i++] = new TermCount(term, count);
        }

        if (items.Length > limit)
        {
            Array.Sort(items, static (x, y) => x.Count != y.Count ? y.Count.CompareTo(x.Count) : string.CompareOrdinal(x.Term, y.Term));
            Array.Resize(ref items, limit);
        }

        Array.Sort(items, static (x, y) => string.CompareOrdinal(x.Term, y.Term));
        return ImmutableArray.Create(items);
    }

    /// <summary>The last <c>size</c> word hashes, giving one shingle hash per word once full.</summary>
    private sealed class ShingleWindow(int size)
    {
        private readonly ulong[] _words = new ulong[size];
        private int _seen;

        public HashSet<ulong> Distinct { get; } = [];

        public void Add(ReadOnlySpan<char> word)
        {
            _words[_seen % size] = Hashing.Word(word);
            _seen++;
            if (_seen < size)
            {
                return;
            }

            var shingle = Hashing.Seed;
            for (var k = 0; k < size; k++)
            {
                shingle = Hashing.Combine(shingle, _words[(_seen + k) % size]);
            }

            Distinct.Add(Hashing.Finish(shingle));
        }
    }
}
