using System.Net;
using System.Text;
using Crosswire.Core.Errors;
using Crosswire.TestKit;
using Crosswire.Web.Hosting;
using Xunit;

namespace Crosswire.Web.Tests.Api;

/// <summary>When the server agrees to start, and what it opens without a key.</summary>
public sealed class ServerStartTests
{
    [Fact]
    public async Task Server_WithoutKeyOutsideDevelopment_RefusesToStart()
    {
        using var folder = new TempDirectory();
        var error = await Assert.ThrowsAsync<CrosswireException>(() => WebServer.StartAsync(new WebServerOptions
        {
            Database = Path.Combine(folder.Path, "a.db"),
            Urls = ["http://127.0.0.1:0"],
        }, TestContext.Current.CancellationToken));
        Assert.Equal("E230", error.Code);
    }

    [Theory]
    [InlineData("http://0.0.0.0:0")]
    [InlineData("http://[::]:0")]
    [InlineData("http://example.test:5080")]
    public async Task Server_DevelopmentOffLoopback_RefusesToStart(string url)
    {
        using var folder = new TempDirectory();
        var error = await Assert.ThrowsAsync<CrosswireException>(() => WebServer.StartAsync(new WebServerOptions
        {
            Database = Path.Combine(folder.Path, "a.db"),
            Urls = [url],
            Development = true,
        }, TestContext.Current.CancellationToken));
        Assert.Equal("E231", error.Code);
    }

    [Fact]
    public async Task Server_DevelopmentOnLoopbackWithoutKey_TakesWrites()
    {
        using var folder = new TempDirectory();
        await using var server = await WebServer.StartAsync(new WebServerOptions
        {
            Database = Path.Combine(folder.Path, "a.db"),
            Urls = ["http://127.0.0.1:0"],
            Development = true,
        }, TestContext.Current.CancellationToken);
        using var client = new HttpClient { BaseAddress = server.Addresses[0] };
        using var content = new StringContent(
            "{\"id\": \"dev-1\", \"text\": \"The Marlow tram depot opened on Sunday. Drivers said the new depot was warmer.\"}", Encoding.UTF8, "application/json");
        using var response = await client.PostAsync("/api/articles", content, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    [Fact]
    public void ServeCommand_WithoutKey_ExitsWithE230()
    {
        using var folder = new TempDirectory();
        var result = new CliRunner().Run(
            ["serve", "--db", Path.Combine(folder.Path, "a.db"), "--urls", "http://127.0.0.1:0"],
            stdin: null,
            new Dictionary<string, string?> { ["CROSSWIRE_API_KEY"] = null });
        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("E230", result.StdErr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ServeCommand_InDevelopmentOnFreePort_ServesApiAndPage()
    {
        using var folder = new TempDirectory();
        var start = new System.Diagnostics.ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { CliRunner.FindAssembly(), "serve", "--dev", "--db", Path.Combine(folder.Path, "a.db"), "--urls", "http://127.0.0.1:0" })
        {
            start.ArgumentList.Add(arg);
        }

        using var process = System.Diagnostics.Process.Start(start)!;
        try
        {
            var line = await process.StandardOutput.ReadLineAsync(TestContext.Current.CancellationToken);
            Assert.NotNull(line);
            var address = System.Text.RegularExpressions.Regex.Match(line, @"at (http://127\.0\.0\.1:\d+/)").Groups[1].Value;
            Assert.NotEmpty(address);
            using var client = new HttpClient { BaseAddress = new Uri(address) };
            using var stories = await client.GetAsync("/api/stories", TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.OK, stories.StatusCode);
            using var page = await client.GetAsync("/", TestContext.Current.CancellationToken);
            Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        }
    }

    [Fact]
    public void Loopback_RecognisesLoopbackAddressesOnly()
    {
        Assert.True(WebServer.IsLoopbackOnly(["http://127.0.0.1:5080", "http://localhost:1", "http://[::1]:2"]));
        Assert.False(WebServer.IsLoopbackOnly(["http://127.0.0.1:5080", "http://10.0.0.1:1"]));
        Assert.False(WebServer.IsLoopbackOnly(["not a url"]));
    }
}
