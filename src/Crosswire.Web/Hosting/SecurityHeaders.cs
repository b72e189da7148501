namespace Crosswire.Web.Hosting;

/// <summary>Headers sent with every response: a strict Content-Security-Policy (scripts, styles and requests
/// only from this server; no inline script, no plug-ins, no framing) and the usual companions.</summary>
internal static class SecurityHeaders
{
    /// <summary>The policy. Inline scripts and event-handler attributes never run under it, so even an
    /// injection that slipped past the page's textContent-only rendering would stay inert.</summary>
    public const string ContentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
        + "form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

    /// <summary>Adds the headers to every response.</summary>
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = ContentSecurityPolicy;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "no-referrer";
            headers["Cross-Origin-Opener-Policy"] = "same-origin";
            return next(context);
        });
}
