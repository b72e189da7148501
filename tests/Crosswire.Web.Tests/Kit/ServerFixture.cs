using System.Net.Http.Headers;
using Crosswire.TestKit;
using Crosswire.Web.Hosting;
using Xunit;

namespace Crosswire.Web.Tests.Kit;

/// <summary>A real Crosswire server on a free loopback port over a temporary SQLite database, with API key
/// <see cref="ApiKey"/> and a 1 MiB body limit; shared by the tests of a class.</summary>
public sealed class ServerFixture : IAsyncLifetime
{
    /// <summary>The key write requests must send.</summary>
    public const string ApiKey = "test-key-0123456789";

    /// <summary>The body limit of this server.</summary>
    public const long MaxBodyBytes = 1024 * 1024;

    private readonly TempDirectory _folder = new();
    private WebServer? _server;

    public Uri BaseAddress { get; private set; } = null!;

    public HttpClient Client { get; private set; } = null!;

    public string Database => Path.Combine(_folder.Path, "web.db");

    public async ValueTask InitializeAsync()
    {
        _server = await WebServer.StartAsync(new WebServerOptions
        {
            Database = Database,
            Urls = ["http://127.0.0.1:0"],
            ApiKey = ApiKey,
            MaxBodyBytes = MaxBodyBytes,
        });
        BaseAddress = _server.Addresses[0];
        Client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromMinutes(3) };
    }

    /// <summary>A request to <paramref name="path"/> carrying the API key.</summary>
    public static HttpRequestMessage Authorized(HttpMethod method, string path, HttpContent? content = null)
    {
        var request = new HttpRequestMessage(method, path) { Content = content };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", ApiKey);
        return request;
    }

    /// <summary>Uploads every file of the bundled examples as one multipart request.</summary>
    public async Task<HttpResponseMessage> UploadExamplesAsync()
    {
        using var form = new MultipartFormDataContent();
        foreach (var file in Directory.EnumerateFiles(RepoPaths.Examples, "*", SearchOption.AllDirectories).Where(path => !path.EndsWith(".md", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            var content = new ByteArrayContent(await File.ReadAllBytesAsync(file));
            form.Add(content, "files", Path.GetFileName(file));
        }

        using var request = Authorized(HttpMethod.Post, "/api/articles", form);
        return await Client.SendAsync(request);
    }

    public async ValueTask DisposeAsync()
    {
        Client?.Dispose();
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }

        _folder.Dispose();
    }
}
