using System.Collections.Immutable;
using Crosswire.Core.Documents;

namespace Crosswire.Summarization.Stories;

/// <summary>
/// The articles of one story with every sentence reduced to stemmed terms and concepts (content words and
/// word bigrams), built once by <see cref="StoryIndexer"/> and shared by the summarizer and the attributor.
/// Immutable.
/// </summary>
public sealed class StoryIndex
{
    private readonly IndexedSentence[] _sentences;
    private readonly int[] _articleStarts;
    private readonly bool[] _conceptIsBigram;
    private readonly int[] _originals;

    internal StoryIndex(
        string storyId,
        ImmutableArray<AnalyzedArticle> articles,
        IndexedSentence[] sentences,
        int[] articleStarts,
        int termCount,
        bool[] conceptIsBigram,
        int[] originals,
        ImmutableArray<ArticleCopy> copies)
    {
        _originals = originals;
        Copies = copies;
        StoryId = storyId;
        Articles = articles;
        _sentences = sentences;
        _articleStarts = articleStarts;
        TermCount = termCount;
        _conceptIsBigram = conceptIsBigram;
    }

    /// <summary>The story's id, used in error messages.</summary>
    public string StoryId { get; }

    /// <summary>The analysed articles, in the order given.</summary>
    public ImmutableArray<AnalyzedArticle> Articles { get; }

    /// <summary>Articles recognised as copies of another article of the story.</summary>
    public ImmutableArray<ArticleCopy> Copies { get; }

    /// <summary>Number of sentences over all articles.</summary>
    public int SentenceCount => _sentences.Length;

    /// <summary>Number of distinct terms (stems).</summary>
    public int TermCount { get; }

    /// <summary>Number of distinct concepts.</summary>
    public int ConceptCount => _conceptIsBigram.Length;

    internal ReadOnlySpan<IndexedSentence> Sentences => _sentences;

    internal IndexedSentence this[int id] => _sentences[id];

    /// <summary>Sentences of article <paramref name="article"/>, in reading order.</summary>
    internal ReadOnlySpan<IndexedSentence> SentencesOf(int article) =>
        _sentences.AsSpan(_articleStarts[article], _articleStarts[article + 1] - _articleStarts[article]);

    /// <summary>The id of the first sentence of <paramref name="article"/>.</summary>
    internal int FirstSentenceOf(int article) => _articleStarts[article];

    /// <summary>True when concept <paramref name="concept"/> is a bigram, false for a single content word.</summary>
    internal bool IsBigram(int concept) => _conceptIsBigram[concept];

    /// <summary>The index of the original of <paramref name="article"/>'s group of copies (itself when it is
    /// no copy): articles with the same original count as one source of evidence.</summary>
    internal int OriginalOf(int article) => _originals[article];

    /// <summary>Number of groups of copies (independent sources).</summary>
    internal int IndependentArticleCount
    {
        get
        {
            var count = 0;
            for (var a = 0; a < _originals.Length; a++)
            {
                count += _originals[a] == a ? 1 : 0;
            }

            return count;
        }
    }

    /// <summary>The text of sentence <paramref name="sentence"/>.</summary>
    internal string TextOf(IndexedSentence sentence) => Articles[sentence.Article].Article.Slice(sentence.Span);
}
