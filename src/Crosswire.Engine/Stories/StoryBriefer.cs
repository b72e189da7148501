using System.Collections.Immutable;
using Crosswire.Comparison.Sources;
using Crosswire.Core.Documents;
using Crosswire.Core.Errors;
using Crosswire.Storage;
using Crosswire.Summarization.Attribution;
using Crosswire.Summarization.Briefs;
using Crosswire.Summarization.Extractive;

namespace Crosswire.Engine.Stories;

/// <summary>A sentence of a source article, quoted as evidence for a summary sentence.</summary>
/// <param name="ArticleId">The article it comes from.</param>
/// <param name="Span">Its characters in that article's text.</param>
/// <param name="Text">The sentence, runs of white space made one space.</param>
/// <param name="Similarity">Similarity to the summary sentence, 0 to 1 (1 for the sentence itself).</param>
/// <param name="IsCopy">True when the article is a copy of the summary sentence's article (same source).</param>
public sealed record EvidenceSentence(string ArticleId, TextSpan Span, string Text, double Similarity, bool IsCopy);

/// <summary>The brief of a stored story, with, for every summary sentence (same order as
/// <see cref="StoryBrief.Summary"/>), the source sentences that report it: the sentence itself first, then the
/// matching sentence of every other article, strongest first.</summary>
/// <param name="Brief">The brief, compared (all sections).</param>
/// <param name="Evidence">Per summary sentence, its source sentences.</param>
/// <param name="Rejections">Articles a comparison stage had to leave out, with the reason.</param>
public sealed record StoredBrief(StoryBrief Brief, ImmutableArray<ImmutableArray<EvidenceSentence>> Evidence, ImmutableArray<Rejection> Rejections);

/// <summary>
/// Makes the brief of a stored story (the use case behind <c>GET /api/stories/{id}</c>): loads and analyses its
/// articles with <see cref="StoryLoader"/>, summarises them, compares the sources and keeps the source
/// sentences behind each summary sentence. Thread-safe.
/// </summary>
public sealed class StoryBriefer
{
    private readonly StoryLoader _loader;
    private readonly ExtractiveSummarizer _summarizer;
    private readonly SourceComparer _comparer;

    /// <summary>Creates a briefer reading from <paramref name="store"/> (default summarizer and comparer
    /// options when null).</summary>
    public StoryBriefer(IStoryStore store, ExtractiveSummarizer? summarizer = null, SourceComparer? comparer = null)
    {
        _loader = new StoryLoader(store);
        _summarizer = summarizer ?? new ExtractiveSummarizer();
        _comparer = comparer ?? new SourceComparer();
    }

    /// <summary>The brief of story <paramref name="storyId"/> (or of the story it was merged into).</summary>
    /// <exception cref="CrosswireException">E186 when no stored story has that id; the summarizer's and
    /// comparer's errors (E15x, E22x).</exception>
    public async Task<StoredBrief> BriefAsync(string storyId, int? words = null, CancellationToken cancellationToken = default)
    {
        var story = await _loader.LoadAsync(storyId, cancellationToken);
        var articles = story.Articles;
        var id = story.Summary.Id;
        var summary = _summarizer.Summarize(id, articles, words);
        var comparison = _comparer.Compare(id, articles);
        var brief = _comparer.Complete(BriefAssembler.Assemble(summary, articles), comparison);
        var texts = articles.ToDictionary(article => article.Article.Id, article => article.Article.Text, StringComparer.Ordinal);
        var evidence = summary.Sentences.Select(sentence => Evidence(sentence, texts)).ToImmutableArray();
        return new StoredBrief(brief, evidence, comparison.Rejections);
    }

    private static ImmutableArray<EvidenceSentence> Evidence(SummarySentence sentence, Dictionary<string, string> texts)
    {
        var builder = ImmutableArray.CreateBuilder<EvidenceSentence>(sentence.Attributions.Length + 1);
        builder.Add(new EvidenceSentence(sentence.ArticleId, sentence.Span, sentence.Text, 1, false));
        foreach (var match in sentence.Attributions)
        {
            if (texts.TryGetValue(match.ArticleId, out var text))
            {
                builder.Add(new EvidenceSentence(
                    match.ArticleId, match.Span, Collapse(text.AsSpan(match.Span.Start, match.Span.Length)), match.Similarity, match.Kind == SourceMatchKind.Copy));
            }
        }

        return builder.DrainToImmutable();
    }

    private static string Collapse(ReadOnlySpan<char> text) =>
        string.Join(' ', text.ToString().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
