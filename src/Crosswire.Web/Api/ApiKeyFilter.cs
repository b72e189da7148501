using System.Security.Cryptography;
using System.Text;
using Crosswire.Core.Errors;

namespace Crosswire.Web.Api;

/// <summary>Lets a write request through only with <c>Authorization: Bearer KEY</c>; 401 otherwise. With no key
/// configured (development on loopback) every request passes.</summary>
internal sealed class ApiKeyFilter : IEndpointFilter
{
    private readonly byte[]? _keyHash;

    public ApiKeyFilter(string? apiKey)
    {
        _keyHash = string.IsNullOrEmpty(apiKey) ? null : SHA256.HashData(Encoding.UTF8.GetBytes(apiKey));
    }

    public ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        if (_keyHash is null)
        {
            return next(context);
        }

        var http = context.HttpContext;
        var header = http.Request.Headers.Authorization.ToString();
        const string Scheme = "Bearer ";
        string reason;
        if (header.Length == 0)
        {
            reason = "this request needs an API key (Authorization: Bearer KEY)";
        }
        else if (!header.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase))
        {
            reason = "the Authorization header must be 'Bearer KEY'";
        }
        else
        {
            // Hashes of equal length compared in constant time: the comparison says nothing about the key.
            var given = SHA256.HashData(Encoding.UTF8.GetBytes(header[Scheme.Length..].Trim()));
            if (CryptographicOperations.FixedTimeEquals(given, _keyHash))
            {
                return next(context);
            }

            reason = "wrong API key";
        }

        http.Response.Headers.WWWAuthenticate = "Bearer";
        return ValueTask.FromResult<object?>(
            Problems.Of(StatusCodes.Status401Unauthorized, ErrorCatalogue.ApiKeyRejected, http.Request.Path.Value ?? "/", reason));
    }
}
