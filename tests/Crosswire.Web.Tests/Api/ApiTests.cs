using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Crosswire.Web.Tests.Kit;
using Xunit;

namespace Crosswire.Web.Tests.Api;

/// <summary>The HTTP API against a real server on a loopback port.</summary>
public sealed class ApiTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    private HttpClient Client => server.Client;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Articles_UploadedExamples_FormStoriesWithBriefs()
    {
        using var response = await server.UploadExamplesAsync();
        var report = await ReadJsonAsync(response);
        Assert.True(response.StatusCode is HttpStatusCode.Created or HttpStatusCode.OK, report.ToString());

        using var listResponse = await Client.GetAsync("/api/stories", Token);
        Assert.Equal(HttpStatusCode.OK, listResponse.StatusCode);
        var list = await ReadJsonAsync(listResponse);
        Assert.True(list.GetProperty("total").GetInt32() >= 3, list.ToString());
        var stories = list.GetProperty("stories").EnumerateArray().ToList();
        var bridge = stories.First(story => story.GetProperty("articles").GetInt32() >= 3);
        var id = bridge.GetProperty("id").GetString()!;

        using var briefResponse = await Client.GetAsync($"/api/stories/{Uri.EscapeDataString(id)}", Token);
        Assert.Equal(HttpStatusCode.OK, briefResponse.StatusCode);
        var brief = (await ReadJsonAsync(briefResponse)).GetProperty("stories")[0];
        Assert.Equal(id, brief.GetProperty("id").GetString());
        var summary = brief.GetProperty("summary").EnumerateArray().ToList();
        Assert.NotEmpty(summary);
        var sourceIds = brief.GetProperty("sources").EnumerateArray().Select(source => source.GetProperty("article").GetString()).ToHashSet();
        foreach (var sentence in summary)
        {
            var evidence = sentence.GetProperty("evidence").EnumerateArray().ToList();
            Assert.Equal(sentence.GetProperty("text").GetString(), evidence[0].GetProperty("text").GetString());
            Assert.All(sentence.GetProperty("sources").EnumerateArray(), source => Assert.Contains(source.GetString(), sourceIds));
            Assert.Equal(
                sentence.GetProperty("sources").EnumerateArray().Select(source => source.GetString()),
                evidence.Select(item => item.GetProperty("article").GetString()));
        }

        Assert.Equal(JsonValueKind.Array, brief.GetProperty("claims").ValueKind);
        Assert.Equal(JsonValueKind.Array, brief.GetProperty("timeline").ValueKind);

        using var articlesResponse = await Client.GetAsync($"/api/stories/{Uri.EscapeDataString(id)}/articles", Token);
        var articles = await ReadJsonAsync(articlesResponse);
        Assert.Equal(bridge.GetProperty("articles").GetInt32(), articles.GetProperty("articles").GetArrayLength());
        Assert.All(articles.GetProperty("articles").EnumerateArray(), article => Assert.False(string.IsNullOrEmpty(article.GetProperty("text").GetString())));
    }

    [Fact]
    public async Task Articles_JsonArray_ReportsCreatedDuplicatesAndRejected()
    {
        var body = """
            [{"id": "pinewick-1", "title": "Pinewick ferry cancelled", "source": "Lakeshore Bulletin", "published": "2031-05-02T09:00:00Z",
              "text": "The Pinewick ferry was cancelled on Friday after a storm damaged the landing stage. Harbour master Odile Brenn said repairs would take a week."},
             {"id": "no-text", "title": "An article without text"}]
            """;
        using var first = await PostJsonAsync(body);
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        var report = await ReadJsonAsync(first);
        Assert.Equal(["pinewick-1"], report.GetProperty("created").EnumerateArray().Select(id => id.GetString()));
        var rejected = Assert.Single(report.GetProperty("rejected").EnumerateArray());
        Assert.StartsWith("E", rejected.GetProperty("code").GetString(), StringComparison.Ordinal);
        Assert.Contains("#2", rejected.GetProperty("input").GetString(), StringComparison.Ordinal);

        using var again = await PostJsonAsync(body);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        var second = await ReadJsonAsync(again);
        Assert.Empty(second.GetProperty("created").EnumerateArray());
        var duplicate = Assert.Single(second.GetProperty("duplicates").EnumerateArray());
        Assert.Equal("pinewick-1", duplicate.GetProperty("storedAs").GetString());
    }

    [Fact]
    public async Task Articles_PastedTextField_IsReadLikeAFile()
    {
        using var form = new MultipartFormDataContent();
        form.Add(new StringContent("Title: Glasswater lido reopens\nSource: Brookfield Herald\n\nThe Glasswater lido reopened on Saturday after a two-year restoration. Lifeguard Imre Sallow said the water was warmer than expected."), "text");
        using var request = ServerFixture.Authorized(HttpMethod.Post, "/api/articles", form);
        using var response = await Client.SendAsync(request, Token);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var report = await ReadJsonAsync(response);
        var story = Assert.Single(report.GetProperty("stories").EnumerateArray());
        Assert.Equal("Glasswater lido reopens", story.GetProperty("headline").GetString());
        Assert.Equal(["Brookfield Herald"], story.GetProperty("outlets").EnumerateArray().Select(outlet => outlet.GetString()));
    }

    [Fact]
    public async Task Articles_MalformedJson_IsRejectedWithReason()
    {
        using var response = await PostJsonAsync("{\"text\": \"unterminated");
        var report = await ReadJsonAsync(response);
        var rejected = Assert.Single(report.GetProperty("rejected").EnumerateArray());
        Assert.Equal("E006", rejected.GetProperty("code").GetString());
    }

    [Fact]
    public async Task Articles_WithoutKey_Is401Problem()
    {
        using var content = new StringContent("{\"text\": \"A sentence that must not be stored.\"}", Encoding.UTF8, "application/json");
        using var response = await Client.PostAsync("/api/articles", content, Token);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("E233", (await ReadJsonAsync(response)).GetProperty("code").GetString());
        Assert.Contains(response.Headers.WwwAuthenticate, header => header.Scheme == "Bearer");
    }

    [Theory]
    [InlineData("Bearer wrong-key")]
    [InlineData("Bearer test-key-012345678")]
    [InlineData("Basic dGVzdDp0ZXN0")]
    [InlineData("test-key-0123456789")]
    public async Task Articles_WrongKey_Is401(string authorization)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/articles")
        {
            Content = new StringContent("{\"text\": \"A sentence that must not be stored.\"}", Encoding.UTF8, "application/json"),
        };
        request.Headers.TryAddWithoutValidation("Authorization", authorization);
        using var response = await Client.SendAsync(request, Token);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Articles_OversizedJsonBody_Is413Problem()
    {
        // As curl does for large bodies: the server answers 413 from the length alone, before the body is sent
        // (sending a body the server will never read races its close of the connection).
        var text = new string('a', (int)ServerFixture.MaxBodyBytes + 10);
        using var request = ServerFixture.Authorized(HttpMethod.Post, "/api/articles", new StringContent("{\"text\": \"" + text + "\"}", Encoding.UTF8, "application/json"));
        request.Headers.ExpectContinue = true;
        using var response = await Client.SendAsync(request, Token);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("E234", (await ReadJsonAsync(response)).GetProperty("code").GetString());
    }

    [Fact]
    public async Task Articles_OversizedChunkedUpload_Is413()
    {
        // No Content-Length: the limit must hold while the body streams in. Just over the limit, so that the
        // server has read everything when it answers (unread bytes would make it reset the connection).
        using var form = new MultipartFormDataContent();
        form.Add(new StreamContent(new MemoryStream(new byte[ServerFixture.MaxBodyBytes + 1024])), "files", "big.txt");
        using var request = ServerFixture.Authorized(HttpMethod.Post, "/api/articles", form);
        request.Headers.TransferEncodingChunked = true;
        using var response = await Client.SendAsync(request, Token);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task Articles_UnsupportedMediaType_Is415()
    {
        using var request = ServerFixture.Authorized(HttpMethod.Post, "/api/articles", new StringContent("<a/>", Encoding.UTF8, "application/xml"));
        using var response = await Client.SendAsync(request, Token);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal("E235", (await ReadJsonAsync(response)).GetProperty("code").GetString());
    }

    [Theory]
    [InlineData("page=0")]
    [InlineData("page=-1")]
    [InlineData("page=99999999999999999999")]
    [InlineData("page=2147483647")]
    [InlineData("page=1e9")]
    [InlineData("pageSize=100000")]
    [InlineData("since=not-a-date")]
    [InlineData("since=99999-01-01")]
    [InlineData("search=%00%01")]
    public async Task Stories_BadQuery_Is400Problem(string query)
    {
        using var response = await Client.GetAsync("/api/stories?" + query, Token);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("E232", (await ReadJsonAsync(response)).GetProperty("code").GetString());
    }

    [Theory]
    [InlineData("' OR 1=1 --")]
    [InlineData("\"; DROP TABLE articles; --")]
    [InlineData("ferry\" OR \"a")]
    [InlineData("NEAR(a b) AND * OR ^x")]
    [InlineData("%%%___")]
    [InlineData("(((((")]
    public async Task Stories_SqlishSearch_IsHarmless(string search)
    {
        using var response = await Client.GetAsync("/api/stories?search=" + Uri.EscapeDataString(search), Token);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var list = await ReadJsonAsync(response);
        Assert.Equal(JsonValueKind.Array, list.GetProperty("stories").ValueKind);

        // The store is intact and still answers.
        using var all = await Client.GetAsync("/api/stories?pageSize=1", Token);
        Assert.Equal(HttpStatusCode.OK, all.StatusCode);
    }

    [Fact]
    public async Task Stories_FarPage_IsEmptyNotError()
    {
        using var response = await Client.GetAsync("/api/stories?page=1000000&pageSize=100", Token);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty((await ReadJsonAsync(response)).GetProperty("stories").EnumerateArray());
    }

    [Theory]
    [InlineData("/api/stories/no-such-story")]
    [InlineData("/api/stories/no-such-story/articles")]
    [InlineData("/api/stories/%27%20OR%201%3D1%20--")]
    public async Task Story_Unknown_Is404Problem(string path)
    {
        using var response = await Client.GetAsync(path, Token);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("E186", (await ReadJsonAsync(response)).GetProperty("code").GetString());
    }

    [Fact]
    public async Task OpenApi_Document_DescribesTheApi()
    {
        using var response = await Client.GetAsync("/openapi/v1.json", Token);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var paths = (await ReadJsonAsync(response)).GetProperty("paths");
        foreach (var path in new[] { "/api/stories", "/api/stories/{id}", "/api/stories/{id}/articles", "/api/articles" })
        {
            Assert.True(paths.TryGetProperty(path, out _), path);
        }
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/app.js")]
    [InlineData("/api/stories")]
    public async Task Responses_CarryStrictContentSecurityPolicy(string path)
    {
        using var response = await Client.GetAsync(path, Token);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var policy = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("default-src 'none'", policy, StringComparison.Ordinal);
        Assert.Contains("script-src 'self'", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", policy, StringComparison.Ordinal);
        Assert.Equal("nosniff", string.Join(",", response.Headers.GetValues("X-Content-Type-Options")));
    }

    [Fact]
    public async Task Page_LoadsNoExternalResource()
    {
        foreach (var path in new[] { "/", "/app.js", "/app.css" })
        {
            var text = await Client.GetStringAsync(path, Token);
            Assert.DoesNotMatch(@"(src|href)\s*=\s*[""']?(https?:)?//", text);
            Assert.DoesNotContain("innerHTML", text, StringComparison.Ordinal);
            Assert.DoesNotContain("insertAdjacentHTML", text, StringComparison.Ordinal);
        }
    }

    private async Task<HttpResponseMessage> PostJsonAsync(string body)
    {
        using var request = ServerFixture.Authorized(HttpMethod.Post, "/api/articles", new StringContent(body, Encoding.UTF8, "application/json"));
        return await Client.SendAsync(request, Token);
    }

    private static async Task<JsonElement> ReadJsonAsync(HttpResponseMessage response) =>
        await response.Content.ReadFromJsonAsync<JsonElement>(Token);
}
