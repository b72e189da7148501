using Crosswire.Core.Errors;

namespace Crosswire.Web.Api;

/// <summary>Errors as <c>application/problem+json</c> (RFC 9457), with the catalogue code as an extension
/// member <c>code</c>.</summary>
internal static class Problems
{
    /// <summary>A problem for a catalogue error.</summary>
    public static IResult Of(int status, ErrorDescriptor error, string input, params object?[] args) =>
        Results.Problem(
            detail: error.Format([input, .. args]),
            statusCode: status,
            extensions: new Dictionary<string, object?>(StringComparer.Ordinal) { ["code"] = error.Code });

    /// <summary>A problem for a <see cref="CrosswireException"/>: 404 for an unknown story, 422 otherwise.</summary>
    public static IResult Of(CrosswireException error) =>
        Results.Problem(
            detail: error.Message,
            statusCode: error.Code == ErrorCatalogue.StoryNotFound.Code ? StatusCodes.Status404NotFound : StatusCodes.Status422UnprocessableEntity,
            extensions: new Dictionary<string, object?>(StringComparer.Ordinal) { ["code"] = error.Code });

    /// <summary>400 for an invalid query parameter.</summary>
    public static IResult BadQuery(HttpRequest request, string name, string reason) =>
        Of(StatusCodes.Status400BadRequest, ErrorCatalogue.BadQueryParameter, request.Path.Value ?? "/", name, reason);
}
