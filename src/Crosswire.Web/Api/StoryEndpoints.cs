using System.Globalization;
using Crosswire.Core.Errors;
using Crosswire.Storage;
using Crosswire.Storage.Stories;

namespace Crosswire.Web.Api;

/// <summary>The HTTP API's routes: stories (open reads) and articles (writes behind the API key).</summary>
internal static class StoryEndpoints
{
    /// <summary>Stories per page of <c>GET /api/stories</c> unless <c>pageSize</c> says otherwise.</summary>
    public const int DefaultPageSize = 20;

    private const int MaxPageSize = 100;
    private const int MaxPage = 1_000_000;
    private const int MaxSearchLength = 200;
    private const int MaxIdLength = 300;

    public static void MapCrosswireApi(this WebApplication app, ApiKeyFilter keyFilter)
    {
        var api = app.MapGroup("/api").WithTags("Crosswire");
        api.MapGet("/stories", ListAsync)
            .WithName("ListStories")
            .WithSummary("Stories, newest first, paged")
            .WithDescription("search: words every story must contain (title or text); since: yyyy-MM-dd or an ISO date-time; page: from 1; pageSize: 1 to 100 (default 20).")
            .Produces<StoryList>()
            .ProducesProblem(StatusCodes.Status400BadRequest);
        api.MapGet("/stories/{id}", BriefAsync)
            .WithName("GetStoryBrief")
            .WithSummary("The story's brief: summary with sources and evidence, claims, quotes, entities, timeline")
            .Produces(StatusCodes.Status200OK, contentType: "application/json")
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/stories/{id}/articles", ArticlesAsync)
            .WithName("GetStoryArticles")
            .WithSummary("The story's articles, earliest first")
            .Produces<StoryArticles>()
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapPost("/articles", (HttpRequest request, ArticleIntake intake, CancellationToken cancellationToken) => intake.PostAsync(request, cancellationToken))
            .WithName("PostArticles")
            .WithSummary("Stores articles: a JSON object or array (or JSON lines), or multipart uploads in any supported format and pasted text (field 'text')")
            .WithDescription("Body: application/json (an object {text, id?, title?, source?, url?, published?}, an array of them, or JSON lines) or multipart/form-data (files in any input format, pasted text in field 'text'). Other media types get 415.")
            .Produces<IngestResult>(StatusCodes.Status201Created)
            .Produces<IngestResult>()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .AddEndpointFilter(keyFilter)
            .DisableAntiforgery();
    }

    private static async Task<IResult> ListAsync(HttpRequest request, IStoryStore store, CancellationToken cancellationToken)
    {
        var query = request.Query;
        if (!TryNumber(query["page"], 1, MaxPage, 1, out var page))
        {
            return Problems.BadQuery(request, "page", string.Create(CultureInfo.InvariantCulture, $"expected a whole number from 1 to {MaxPage:N0}"));
        }

        if (!TryNumber(query["pageSize"], 1, MaxPageSize, DefaultPageSize, out var pageSize))
        {
            return Problems.BadQuery(request, "pageSize", string.Create(CultureInfo.InvariantCulture, $"expected a whole number from 1 to {MaxPageSize}"));
        }

        string? search = query["search"];
        if (search is { Length: > MaxSearchLength })
        {
            return Problems.BadQuery(request, "search", string.Create(CultureInfo.InvariantCulture, $"longer than {MaxSearchLength} characters"));
        }

        if (search is not null && search.Any(char.IsControl))
        {
            return Problems.BadQuery(request, "search", "contains control characters");
        }

        DateTimeOffset? since = null;
        if (!string.IsNullOrWhiteSpace(query["since"]))
        {
            if (!TryDate(query["since"]!, out var date))
            {
                return Problems.BadQuery(request, "since", "expected a date (yyyy-MM-dd) or an ISO 8601 date-time");
            }

            since = date;
        }

        var found = await store.ListStoriesAsync(
            new StoryQuery { Search = string.IsNullOrWhiteSpace(search) ? null : search, Since = since, Limit = pageSize, Offset = (page - 1) * pageSize },
            cancellationToken);
        return Results.Ok(new StoryList(found.Total, page, pageSize, [.. found.Stories.Select(StoryItem.From)]));
    }

    private static async Task<IResult> BriefAsync(string id, HttpRequest request, BriefCache briefs, CancellationToken cancellationToken)
    {
        if (id.Length > MaxIdLength)
        {
            return Problems.BadQuery(request, "id", "too long");
        }

        try
        {
            var json = await briefs.GetAsync(id, cancellationToken);
            return json is null ? NotFound(request, id) : Results.Bytes(json, "application/json");
        }
        catch (CrosswireException error)
        {
            return Problems.Of(error);
        }
    }

    private static async Task<IResult> ArticlesAsync(string id, HttpRequest request, IStoryStore store, CancellationToken cancellationToken)
    {
        if (id.Length > MaxIdLength)
        {
            return Problems.BadQuery(request, "id", "too long");
        }

        var detail = await store.GetStoryAsync(id, cancellationToken);
        return detail is null
            ? NotFound(request, id)
            : Results.Ok(new StoryArticles(StoryItem.From(detail.Summary), [.. detail.Articles.Select(StoryArticle.From)]));
    }

    private static IResult NotFound(HttpRequest request, string id) =>
        Problems.Of(StatusCodes.Status404NotFound, ErrorCatalogue.StoryNotFound, request.Path.Value ?? "/", id);

    private static bool TryNumber(string? text, int min, int max, int fallback, out int value)
    {
        if (string.IsNullOrEmpty(text))
        {
            value = fallback;
            return true;
        }

        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value) && value >= min && value <= max;
    }

    private static bool TryDate(string text, out DateTimeOffset date)
    {
        var styles = DateTimeStyles.AllowWhiteSpaces | DateTimeStyles.AssumeUniversal;
        return (DateTimeOffset.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, styles, out date)
                || DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, styles, out date))
            && date.Year is >= 1000 and <= 9999;
    }
}
