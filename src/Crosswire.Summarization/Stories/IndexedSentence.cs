using Crosswire.Core.Documents;

namespace Crosswire.Summarization.Stories;

/// <summary>One sentence of a story as the summarizer and the attributor see it: where it is, how long it is
/// and which terms and concepts it holds. Arrays are never written after the index is built.</summary>
internal sealed class IndexedSentence
{
    public IndexedSentence(int id, int article, int index, TextSpan span, int words, int[] terms, int[] contentTerms, int[] concepts)
    {
        Id = id;
        Article = article;
        Index = index;
        Span = span;
        Words = words;
        Terms = terms;
        ContentTerms = contentTerms;
        Concepts = concepts;
    }

    /// <summary>Index in <see cref="StoryIndex.Sentences"/>.</summary>
    public int Id { get; }

    /// <summary>Index of the article in the story.</summary>
    public int Article { get; }

    /// <summary>Index of the sentence in its article's <see cref="AnalyzedArticle.Sentences"/>.</summary>
    public int Index { get; }

    /// <summary>Characters of the sentence in its article's text.</summary>
    public TextSpan Span { get; }

    /// <summary>White-space separated words, as summary budgets and ROUGE count them.</summary>
    public int Words { get; }

    /// <summary>Term ids of its words and numbers in order; a stopword occurrence is stored as <c>~id</c>.</summary>
    public int[] Terms { get; }

    /// <summary>Distinct ids of its content (non-stop) terms, ascending.</summary>
    public int[] ContentTerms { get; }

    /// <summary>Distinct ids of its concepts (content unigrams and bigrams not made only of stopwords), ascending.</summary>
    public int[] Concepts { get; }
}
