using System.Collections.Immutable;
using Crosswire.Core.Documents;
using Crosswire.Summarization.Attribution;
using Crosswire.Summarization.Stories;

namespace Crosswire.Summarization.Extractive;

/// <summary>An extractive summary of one story: whole sentences of its articles, in reading order, each
/// traced to the article it was taken from and to every other article that reports the same.</summary>
/// <param name="StoryId">The story summarized.</param>
/// <param name="Sentences">The summary's sentences, in reading order.</param>
/// <param name="Copies">Articles of the story recognised as copies of another.</param>
public sealed record Summary(string StoryId, ImmutableArray<SummarySentence> Sentences, ImmutableArray<ArticleCopy> Copies)
{
    /// <summary>White-space separated words of the whole summary.</summary>
    public int Words => Sentences.Sum(sentence => sentence.Words);
}

/// <summary>One sentence of a <see cref="Summary"/>.</summary>
/// <param name="Text">The sentence, with runs of white space (line breaks of hard-wrapped text) made one space.</param>
/// <param name="ArticleId">The article it was taken from.</param>
/// <param name="Span">Its characters in that article's <see cref="Article.Text"/>.</param>
/// <param name="Words">White-space separated words.</param>
/// <param name="Attributions">The other articles that report the same information, strongest first.</param>
public sealed record SummarySentence(string Text, string ArticleId, TextSpan Span, int Words, ImmutableArray<SourceMatch> Attributions)
{
    /// <summary>Every article reporting the sentence: the one it was taken from first, then the others.</summary>
    public ImmutableArray<string> Sources => [ArticleId, .. Attributions.Select(match => match.ArticleId)];

    /// <summary><paramref name="text"/> with every run of white space made one space and none at the ends: the
    /// form of <see cref="Text"/> (and of a brief's summary sentences), so other sentences can be matched
    /// against it.</summary>
    public static string SingleSpaced(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new System.Text.StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }

            if (space && builder.Length > 0)
            {
                builder.Append(' ');
            }

            space = false;
            builder.Append(c);
        }

        return builder.ToString();
    }
}
