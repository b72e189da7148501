using System.Collections.Frozen;
using System.Security.Cryptography;
using Microsoft.Net.Http.Headers;

namespace Crosswire.Web.Page;

/// <summary>Serves the web page (<c>/</c>, <c>/app.js</c>, <c>/app.css</c>, <c>/icon.svg</c>) from the
/// assembly's embedded files, with ETags. Nothing comes from elsewhere: the page loads no external resource.</summary>
internal static class PageEndpoints
{
    private static readonly FrozenDictionary<string, string> s_types = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [".html"] = "text/html; charset=utf-8",
        [".js"] = "text/javascript; charset=utf-8",
        [".css"] = "text/css; charset=utf-8",
        [".svg"] = "image/svg+xml",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static void MapPage(this WebApplication app)
    {
        var assembly = typeof(PageEndpoints).Assembly;
        foreach (var resource in assembly.GetManifestResourceNames().Where(name => name.StartsWith("page/", StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            var file = new PageFile(copy.ToArray(), s_types.GetValueOrDefault(Path.GetExtension(resource), "application/octet-stream"));
            var name = resource["page/".Length..];
            var route = name == "index.html" ? "/" : "/" + name;
            app.MapMethods(route, [HttpMethods.Get, HttpMethods.Head], (HttpContext context) => file.Serve(context)).ExcludeFromDescription();
        }
    }

    private sealed class PageFile(byte[] content, string contentType)
    {
        private readonly string _etag = "\"" + Convert.ToHexStringLower(SHA256.HashData(content).AsSpan(0, 12)) + "\"";

        public IResult Serve(HttpContext context)
        {
            context.Response.Headers.ETag = _etag;
            context.Response.Headers.CacheControl = "no-cache";
            if (context.Request.Headers.IfNoneMatch == _etag)
            {
                return Results.StatusCode(StatusCodes.Status304NotModified);
            }

            return Results.Bytes(content, contentType);
        }
    }
}
