using System.Collections.Immutable;
using Crosswire.Core.Documents;

namespace Crosswire.Summarization.Briefs;

/// <summary>
/// One sourced brief of a story: a headline, the extractive summary with every sentence traced to the
/// articles that report it, and the numbered sources. Immutable; rendered by <see cref="BriefMarkdownWriter"/>
/// and <see cref="BriefJsonWriter"/>. Later stages (claims, quotes, entities, timeline) add their own parts.
/// </summary>
/// <param name="Id">The story's id.</param>
/// <param name="Headline">A headline for the story: the title of the article the summary leads with, else
/// another title, else the start of the summary.</param>
/// <param name="Sources">The articles of the story, numbered from 1 in the order given.</param>
/// <param name="Summary">The summary's sentences, in reading order.</param>
public sealed record StoryBrief(string Id, string Headline, ImmutableArray<BriefSource> Sources, ImmutableArray<BriefSentence> Summary)
{
    /// <summary>The source whose article id is <paramref name="articleId"/>.</summary>
    /// <exception cref="KeyNotFoundException">No source has that id.</exception>
    public BriefSource Source(string articleId) =>
        Sources.FirstOrDefault(source => source.ArticleId == articleId)
        ?? throw new KeyNotFoundException($"story '{Id}' has no source '{articleId}'");
}

/// <summary>One article of a brief.</summary>
/// <param name="Number">Its number in the brief, from 1, as the summary's source markers cite it.</param>
/// <param name="ArticleId">The article's id.</param>
/// <param name="Outlet">The outlet that published it, when known.</param>
/// <param name="Title">Its title, when known.</param>
/// <param name="Published">When it was published, when known.</param>
/// <param name="Origin">Where it was read from (file, line), when known.</param>
/// <param name="Url">Its address, when known.</param>
/// <param name="CopyOf">The id of the article it reprints, when it was recognised as a copy.</param>
public sealed record BriefSource(
    int Number, string ArticleId, string? Outlet, string? Title, DateTimeOffset? Published, string? Origin, string? Url, string? CopyOf);

/// <summary>One sentence of a brief's summary.</summary>
/// <param name="Text">The sentence as it stands in its article (white space made single spaces).</param>
/// <param name="ArticleId">The article it was taken from.</param>
/// <param name="Span">Its characters in that article's text.</param>
/// <param name="Sources">Every article reporting it: the one it was taken from first, then the others,
/// strongest match first.</param>
public sealed record BriefSentence(string Text, string ArticleId, TextSpan Span, ImmutableArray<string> Sources);
