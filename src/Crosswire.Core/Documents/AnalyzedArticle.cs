using System.Collections.Immutable;

namespace Crosswire.Core.Documents;

/// <summary>
/// An article with the output of the text pipeline: kept paragraphs, removed boilerplate, sentences and
/// tokens, all as spans into <see cref="Article.Text"/>. Immutable, so it can be shared across threads,
/// cached and stored.
/// </summary>
public sealed class AnalyzedArticle
{
    /// <summary>Creates an analysed article. The arrays must be sorted by position and not overlap.</summary>
    public AnalyzedArticle(
        Article article,
        ImmutableArray<Paragraph> paragraphs,
        ImmutableArray<RemovedText> removed,
        ImmutableArray<Sentence> sentences,
        ImmutableArray<Token> tokens)
    {
        ArgumentNullException.ThrowIfNull(article);
        Article = article;
        Paragraphs = paragraphs;
        Removed = removed;
        Sentences = sentences;
        Tokens = tokens;
    }

    /// <summary>The article analysed.</summary>
    public Article Article { get; }

    /// <summary>Paragraphs of prose kept after boilerplate removal.</summary>
    public ImmutableArray<Paragraph> Paragraphs { get; }

    /// <summary>Text removed as boilerplate, with the reason.</summary>
    public ImmutableArray<RemovedText> Removed { get; }

    /// <summary>Sentences, in reading order.</summary>
    public ImmutableArray<Sentence> Sentences { get; }

    /// <summary>All tokens of all sentences, in reading order.</summary>
    public ImmutableArray<Token> Tokens { get; }

    /// <summary>The text of sentence <paramref name="index"/>.</summary>
    public string SentenceText(int index) => Article.Slice(Sentences[index].Span);

    /// <summary>The tokens of <paramref name="sentence"/>.</summary>
    public ReadOnlySpan<Token> TokensOf(Sentence sentence) =>
        Tokens.AsSpan().Slice(sentence.FirstToken, sentence.TokenCount);

    /// <summary>The text of <paramref name="token"/>.</summary>
    public ReadOnlySpan<char> TokenText(Token token) => token.Span.Slice(Article.Text);

    /// <summary>Number of word and number tokens.</summary>
    public int WordCount
    {
        get
        {
            var count = 0;
            foreach (var token in Tokens)
            {
                if (token.IsWordLike)
                {
                    count++;
                }
            }

            return count;
        }
    }
}
