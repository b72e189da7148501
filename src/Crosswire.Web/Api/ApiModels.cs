using Crosswire.Engine.Ingestion;
using Crosswire.Storage.Stories;

namespace Crosswire.Web.Api;

/// <summary>A story as listed by the API.</summary>
/// <param name="Id">Story id.</param>
/// <param name="Headline">Headline.</param>
/// <param name="Articles">Number of articles.</param>
/// <param name="Outlets">Outlets, most articles first.</param>
/// <param name="FirstSeen">Earliest article time.</param>
/// <param name="LastSeen">Latest article time.</param>
public sealed record StoryItem(string Id, string Headline, int Articles, IReadOnlyList<string> Outlets, DateTimeOffset FirstSeen, DateTimeOffset LastSeen)
{
    internal static StoryItem From(StorySummary story) =>
        new(story.Id, story.Headline, story.ArticleCount, story.Outlets, story.FirstSeen, story.LastSeen);
}

/// <summary>A page of stories, newest first.</summary>
/// <param name="Total">Stories matching over all pages.</param>
/// <param name="Page">This page's number, from 1.</param>
/// <param name="PageSize">Stories per page.</param>
/// <param name="Stories">The stories of the page.</param>
public sealed record StoryList(int Total, int Page, int PageSize, IReadOnlyList<StoryItem> Stories);

/// <summary>A stored article of a story.</summary>
/// <param name="Id">Stored id (<c>id@vN</c> for a later version).</param>
/// <param name="Title">Headline, when known.</param>
/// <param name="Outlet">Outlet, when known.</param>
/// <param name="Published">Publication time, when known.</param>
/// <param name="Url">Address, when known.</param>
/// <param name="Origin">Where it was read from.</param>
/// <param name="Seen">Publication time, or when it was stored.</param>
/// <param name="NearDuplicateOf">Earlier article it nearly copies, or null.</param>
/// <param name="Text">Its text.</param>
public sealed record StoryArticle(
    string Id, string? Title, string? Outlet, DateTimeOffset? Published, string? Url, string? Origin, DateTimeOffset Seen, string? NearDuplicateOf, string Text)
{
    internal static StoryArticle From(StoredArticle stored)
    {
        var article = stored.Article;
        return new(article.Id, article.Title, article.Source, article.Published, article.Url, article.Origin, stored.Seen, stored.NearDuplicateOf, article.Text);
    }
}

/// <summary>A story with its articles, earliest first.</summary>
/// <param name="Story">The story.</param>
/// <param name="Articles">Its articles.</param>
public sealed record StoryArticles(StoryItem Story, IReadOnlyList<StoryArticle> Articles);

/// <summary>An offered article not stored because its content is already stored.</summary>
/// <param name="Article">The id it was offered with.</param>
/// <param name="StoredAs">The stored article with the same content.</param>
/// <param name="Input">Where it was read from.</param>
public sealed record DuplicateItem(string Article, string StoredAs, string Input);

/// <summary>An input rejected, with its reason.</summary>
/// <param name="Input">The input (upload name, position in a JSON document).</param>
/// <param name="Code">Catalogue code.</param>
/// <param name="Message">Why.</param>
public sealed record RejectedItem(string Input, string Code, string Message);

/// <summary>What <c>POST /api/articles</c> did.</summary>
/// <param name="Created">Ids of the articles stored.</param>
/// <param name="NewVersions">Of those, new versions of an id already stored.</param>
/// <param name="Duplicates">Articles already stored.</param>
/// <param name="Rejected">Inputs rejected, with reasons.</param>
/// <param name="Stories">Stories the stored articles joined, as they stand now.</param>
public sealed record IngestResult(
    IReadOnlyList<string> Created, int NewVersions, IReadOnlyList<DuplicateItem> Duplicates, IReadOnlyList<RejectedItem> Rejected, IReadOnlyList<StoryItem> Stories)
{
    internal static IngestResult From(IngestReport report) => new(
        report.Created,
        report.NewVersions,
        [.. report.Duplicates.Select(duplicate => new DuplicateItem(duplicate.ArticleId, duplicate.StoredAs, duplicate.Input))],
        [.. report.Rejections.Select(rejection => new RejectedItem(rejection.Input, rejection.Code, rejection.Message))],
        [.. report.Stories.Select(StoryItem.From)]);
}
