using System.Collections.Immutable;
using Crosswire.Core.Documents;
using Crosswire.Core.Errors;
using Crosswire.Summarization.Extractive;

namespace Crosswire.Summarization.Briefs;

/// <summary>
/// Assembles the <see cref="StoryBrief"/> of one story from its analysed articles: summarizes them with
/// <see cref="ExtractiveSummarizer"/> (attribution included), numbers the sources and picks a headline.
/// Thread-safe.
/// </summary>
public sealed class BriefAssembler
{
    private const int FallbackHeadlineWords = 14;
    private readonly ExtractiveSummarizer _summarizer;

    /// <summary>Creates an assembler that summarizes with <paramref name="summarizer"/> (default options when null).</summary>
    public BriefAssembler(ExtractiveSummarizer? summarizer = null)
    {
        _summarizer = summarizer ?? new ExtractiveSummarizer();
    }

    /// <summary>The brief of the story made of <paramref name="articles"/>.</summary>
    /// <param name="storyId">The story's id.</param>
    /// <param name="articles">Its analysed articles (distinct ids), numbered in this order.</param>
    /// <param name="words">Word budget of the summary; the summarizer's default when null.</param>
    /// <exception cref="CrosswireException">As <see cref="ExtractiveSummarizer.Summarize(string, IReadOnlyList{AnalyzedArticle}, int?)"/>:
    /// E150, E151, E152, E156.</exception>
    public StoryBrief Assemble(string storyId, IReadOnlyList<AnalyzedArticle> articles, int? words = null)
    {
        var summary = _summarizer.Summarize(storyId, articles, words);
        return Assemble(summary, articles);
    }

    /// <summary>The brief of a story already summarized.</summary>
    /// <param name="summary">The story's summary.</param>
    /// <param name="articles">The articles it was made from, numbered in this order.</param>
    public static StoryBrief Assemble(Summary summary, IReadOnlyList<AnalyzedArticle> articles)
    {
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentNullException.ThrowIfNull(articles);
        var copyOf = summary.Copies.ToDictionary(copy => copy.ArticleId, copy => copy.OriginalId, StringComparer.Ordinal);
        var sources = ImmutableArray.CreateBuilder<BriefSource>(articles.Count);
        for (var i = 0; i < articles.Count; i++)
        {
            var article = articles[i].Article;
            sources.Add(new BriefSource(
                i + 1, article.Id, Clean(article.Source), Clean(article.Title), article.Published, article.Origin, article.Url,
                copyOf.GetValueOrDefault(article.Id)));
        }

        var sentences = summary.Sentences
            .Select(sentence => new BriefSentence(sentence.Text, sentence.ArticleId, sentence.Span, sentence.Sources))
            .ToImmutableArray();
        return new StoryBrief(summary.StoryId, Headline(summary, articles), sources.MoveToImmutable(), sentences);
    }

    private static string Headline(Summary summary, IReadOnlyList<AnalyzedArticle> articles)
    {
        var lead = summary.Sentences.IsEmpty ? null : summary.Sentences[0].ArticleId;
        var title = articles.FirstOrDefault(article => article.Article.Id == lead)?.Article.Title is { } leadTitle && Clean(leadTitle) is { } cleanLead
            ? cleanLead
            : articles.Select(article => Clean(article.Article.Title)).FirstOrDefault(candidate => candidate is not null);
        if (title is not null)
        {
            return title;
        }

        if (summary.Sentences.IsEmpty)
        {
            return summary.StoryId;
        }

        var words = summary.Sentences[0].Text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length <= FallbackHeadlineWords
            ? string.Join(' ', words)
            : string.Join(' ', words.Take(FallbackHeadlineWords)) + " …";
    }

    private static string? Clean(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        return string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }
}
