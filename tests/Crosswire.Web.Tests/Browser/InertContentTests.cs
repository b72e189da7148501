using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Crosswire.Web.Tests.Kit;
using Microsoft.Playwright;
using Xunit;

namespace Crosswire.Web.Tests.Browser;

/// <summary>Hostile article text (script elements, event-handler attributes, javascript: links) is shown as
/// text on every page: nothing runs, no such attribute or link is live.</summary>
public sealed class InertContentTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    private const string Script = "<script>window.__pwned = 'script'</script>";
    private const string Image = "<img src=x onerror=\"window.__pwned = 'img'\">";
    private const string Link = "<a href=\"javascript:window.__pwned = 'link'\">the council notice</a>";

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Page_HostileArticleText_RendersInertOnEveryPage()
    {
        var articles = new[]
        {
            Hostile("oakridge-1", "Canal Times", "2031-06-01T08:00:00Z", "Boat owners welcomed the news."),
            Hostile("oakridge-2", "Valley Chronicle <b onmouseover=\"window.__pwned='outlet'\">x</b>", "2031-06-01T10:00:00Z", "Some anglers said the reopening came too late for the spring season."),
        };
        using var request = ServerFixture.Authorized(HttpMethod.Post, "/api/articles",
            new StringContent(JsonSerializer.Serialize(articles), Encoding.UTF8, "application/json"));
        using var response = await server.Client.SendAsync(request, Token);
        var report = await response.Content.ReadFromJsonAsync<JsonElement>(Token);
        Assert.True(report.GetProperty("created").GetArrayLength() == 2, report.ToString());
        var storyId = report.GetProperty("stories")[0].GetProperty("id").GetString()!;

        await using var browser = await BrowserSession.StartAsync();
        var page = await browser.NewPageAsync();
        var dialogs = 0;
        page.Dialog += async (_, dialog) =>
        {
            dialogs++;
            await dialog.DismissAsync();
        };

        var routes = new[]
        {
            "/#/",
            "/#/?search=" + Uri.EscapeDataString("Oakridge"),
            "/#/?search=" + Uri.EscapeDataString(Script + Image),
            "/#/story/" + Uri.EscapeDataString(storyId),
            "/#/story/" + Uri.EscapeDataString(Image),
            "/#/add",
        };
        foreach (var route in routes)
        {
            await page.GotoAsync(new Uri(server.BaseAddress, route).ToString());
            await page.Locator("main h1, main .notice").First.WaitForAsync();
            if (route.StartsWith("/#/story/" + storyId, StringComparison.Ordinal))
            {
                await page.GetByRole(AriaRole.Heading, new() { Name = "Summary" }).WaitForAsync();
                foreach (var button in await page.Locator("button.sentence").AllAsync())
                {
                    await button.ClickAsync();
                }

                foreach (var details in await page.Locator("details.article summary").AllAsync())
                {
                    await details.ClickAsync();
                }

                // The payload is on the page as text.
                var text = await page.Locator("main").InnerTextAsync();
                Assert.Contains("<script>", text, StringComparison.Ordinal);
                Assert.Contains("onerror=", text, StringComparison.Ordinal);
                Assert.Contains("javascript:", text, StringComparison.Ordinal);

                // Following every link on the page runs nothing either.
                foreach (var anchor in await page.Locator("main a").AllAsync())
                {
                    var href = await anchor.GetAttributeAsync("href") ?? string.Empty;
                    Assert.False(href.TrimStart().StartsWith("javascript:", StringComparison.OrdinalIgnoreCase), href);
                }
            }

            await AssertInertAsync(page, route);
        }

        Assert.Equal(0, dialogs);
    }

    private static async Task AssertInertAsync(IPage page, string route)
    {
        Assert.True(await page.EvaluateAsync<bool>("() => window.__pwned === undefined"), route);
        var live = await page.EvaluateAsync<string[]>("""
            () => {
              const found = [];
              for (const element of document.querySelectorAll('*')) {
                for (const attribute of element.attributes) {
                  if (/^on/i.test(attribute.name)) found.push(element.tagName + ' ' + attribute.name);
                  if (/^\s*javascript:/i.test(attribute.value)) found.push(element.tagName + ' ' + attribute.name + '=' + attribute.value);
                }
              }
              for (const script of document.scripts) {
                if (!script.src.endsWith('/app.js')) found.push('script ' + (script.src || script.textContent));
              }
              for (const image of document.images) {
                if (!image.src.endsWith('.svg')) found.push('img ' + image.src);
              }
              return found;
            }
            """);
        Assert.True(live.Length == 0, route + ": " + string.Join("; ", live));
    }

    private static Dictionary<string, string> Hostile(string id, string outlet, string published, string extra) => new()
    {
        ["id"] = id,
        ["source"] = outlet,
        ["published"] = published,
        ["title"] = "Oakridge canal reopens " + Image,
        ["url"] = "javascript:window.__pwned='url'",
        ["text"] = $"""
            Mayor Tilda Varn said on Monday that the Oakridge canal would reopen to boats next week {Script}.

            Residents watched the first barges return to the Oakridge canal at dawn {Image} after the lock gates were repaired.

            Travellers should read {Link} before planning a trip along the Oakridge canal, the mayor said.

            The repairs to the lock gates cost the council about two million pounds, Varn said. {extra}
            """,
    };
}
