using System.Net;
using Crosswire.Core.Errors;
using Crosswire.Storage;
using Crosswire.Web.Api;
using Crosswire.Web.Page;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Crosswire.Web.Hosting;

/// <summary>
/// <c>crosswire serve</c>: the HTTP API and the web page on Kestrel over one story store. Reads are open;
/// writes need the API key. Errors are <c>application/problem+json</c>; the OpenAPI document is at
/// <c>/openapi/v1.json</c>.
/// </summary>
public sealed class WebServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly IStoryStore _store;

    private WebServer(WebApplication app, IStoryStore store, IReadOnlyList<Uri> addresses)
    {
        _app = app;
        _store = store;
        Addresses = addresses;
    }

    /// <summary>The store served, as named in messages (a file path, or a PostgreSQL server and database
    /// without the password).</summary>
    public string StoreName => _store.Name;

    /// <summary>The addresses listened on (with the actual port when port 0 was asked for).</summary>
    public IReadOnlyList<Uri> Addresses { get; }

    /// <summary>Checks <paramref name="options"/>, opens the store and starts listening.</summary>
    /// <exception cref="CrosswireException">E230 without an API key outside development on loopback, E231 for
    /// development mode on a non-loopback address, the store's errors (E18x).</exception>
    public static async Task<WebServer> StartAsync(WebServerOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        Validate(options);
        var store = await StoryStores.OpenAsync(options.Database, cancellationToken);
        try
        {
            var app = Build(options, store);
            await app.StartAsync(cancellationToken);
            var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses
                .Select(address => new Uri(address))
                .ToList();
            return new WebServer(app, store, addresses);
        }
        catch
        {
            await store.DisposeAsync();
            throw;
        }
    }

    /// <summary>Waits until the server is stopped (Ctrl+C, SIGTERM or <paramref name="cancellationToken"/>).</summary>
    public Task WaitForShutdownAsync(CancellationToken cancellationToken = default) => _app.WaitForShutdownAsync(cancellationToken);

    /// <summary>Stops listening and closes the store.</summary>
    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        await _store.DisposeAsync();
    }

    /// <summary>True when every address of <paramref name="urls"/> is loopback (127.0.0.0/8, ::1, localhost).</summary>
    public static bool IsLoopbackOnly(IEnumerable<string> urls)
    {
        ArgumentNullException.ThrowIfNull(urls);
        return urls.All(IsLoopback);
    }

    private static bool IsLoopback(string url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            return false;
        }

        var host = uri.Host.Trim('[', ']');
        return host.Equals("localhost", StringComparison.OrdinalIgnoreCase)
            || (IPAddress.TryParse(host, out var address) && IPAddress.IsLoopback(address));
    }

    private static void Validate(WebServerOptions options)
    {
        var first = options.Urls.Count > 0 ? options.Urls[0] : WebServerOptions.DefaultUrl;
        if (options.Development && options.Urls.FirstOrDefault(url => !IsLoopback(url)) is { } exposed)
        {
            throw new CrosswireException(ErrorCatalogue.ServeDevNotLoopback, "serve", exposed);
        }

        if (string.IsNullOrEmpty(options.ApiKey) && !options.Development)
        {
            throw new CrosswireException(ErrorCatalogue.ServeNoApiKey, first);
        }
    }

    private static WebApplication Build(WebServerOptions options, IStoryStore store)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [], ContentRootPath = AppContext.BaseDirectory });
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole(console => console.SingleLine = true).SetMinimumLevel(LogLevel.Warning);
        builder.WebHost.UseUrls([.. options.Urls]);
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = options.MaxBodyBytes;
        });
        builder.Services.Configure<FormOptions>(form =>
        {
            form.MultipartBodyLengthLimit = options.MaxBodyBytes;
            form.ValueLengthLimit = (int)Math.Min(int.MaxValue, options.MaxBodyBytes);
        });
        builder.Services.AddProblemDetails();
        builder.Services.AddOpenApi();
        builder.Services.AddSingleton(store);
        builder.Services.AddSingleton(_ => new ArticleIntake(store, options.MaxBodyBytes));
        builder.Services.AddSingleton(_ => new BriefCache(store, options.BriefCacheSize));

        var app = builder.Build();
        app.UseSecurityHeaders();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.MapOpenApi();
        app.MapCrosswireApi(new ApiKeyFilter(options.ApiKey));
        app.MapPage();
        return app;
    }
}
