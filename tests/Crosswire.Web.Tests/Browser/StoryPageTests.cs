using System.Net.Http.Json;
using System.Text.Json;
using Crosswire.TestKit;
using Crosswire.Web.Tests.Kit;
using Microsoft.Playwright;
using Xunit;

namespace Crosswire.Web.Tests.Browser;

/// <summary>The web page in a real browser: upload, story list, brief with sources.</summary>
public sealed class StoryPageTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Page_UploadExamplesOpenStoryClickSentence_ShowsSourceSentences()
    {
        await using var browser = await BrowserSession.StartAsync();
        var page = await browser.NewPageAsync();
        var errors = new List<string>();
        page.PageError += (_, error) => errors.Add(error);
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                errors.Add(message.Text);
            }
        };

        // Upload the bundled examples through the form.
        await page.GotoAsync(new Uri(server.BaseAddress, "/#/add").ToString());
        await page.GetByLabel("API key").FillAsync(ServerFixture.ApiKey);
        var files = Directory.EnumerateFiles(RepoPaths.Examples, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToArray();
        await page.GetByLabel("Or upload files").SetInputFilesAsync(files);
        await page.GetByRole(AriaRole.Button, new() { Name = "Add articles" }).ClickAsync();
        var summary = page.Locator("#upload-summary");
        await summary.WaitForAsync();
        // Another test of this class may have stored them first: then they come back as already stored.
        var counts = System.Text.RegularExpressions.Regex.Match(await summary.InnerTextAsync(), @"^(\d+) added, (\d+) already stored");
        Assert.True(counts.Success);
        Assert.True(int.Parse(counts.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) + int.Parse(counts.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture) >= 10);

        // The story with the most articles, opened from the story list.
        var list = await server.Client.GetFromJsonAsync<JsonElement>("/api/stories?pageSize=100", Token);
        var story = list.GetProperty("stories").EnumerateArray().MaxBy(item => item.GetProperty("articles").GetInt32());
        var id = story.GetProperty("id").GetString()!;
        await page.GetByRole(AriaRole.Link, new() { Name = "Stories", Exact = true }).ClickAsync();
        await page.Locator($"a[href='#/story/{Uri.EscapeDataString(id)}']").ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "Summary" }).WaitForAsync();
        var brief = await server.Client.GetFromJsonAsync<JsonElement>("/api/stories/" + Uri.EscapeDataString(id), Token);
        Assert.Equal(brief.GetProperty("stories")[0].GetProperty("headline").GetString(), await page.Locator("h1").InnerTextAsync());

        // A summary sentence reported by several sources, opened with the keyboard: its source sentences side by side.
        var sentences = page.Locator("button.sentence");
        Assert.True(await sentences.CountAsync() > 0);
        var sentence = sentences.Filter(new() { Has = page.Locator(".marker >> nth=1") }).First;
        if (await sentence.CountAsync() == 0)
        {
            sentence = sentences.First;
        }

        var markers = await sentence.Locator(".marker").CountAsync();
        await sentence.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        Assert.Equal("true", await sentence.GetAttributeAsync("aria-expanded"));
        var panel = page.Locator("#" + await sentence.GetAttributeAsync("aria-controls"));
        await panel.Locator(".card").First.WaitForAsync();
        Assert.Equal(markers, await panel.Locator(".card").CountAsync());
        var first = await panel.Locator(".card p").First.InnerTextAsync();
        Assert.StartsWith(first, await sentence.InnerTextAsync(), StringComparison.Ordinal);

        await page.Locator("h1").ScrollIntoViewIfNeededAsync();
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserSession.Artifacts, "web-story.png") });

        // Every comparison section the brief holds is on the page; the timeline also as a chart.
        var storyBrief = brief.GetProperty("stories")[0];
        var claims = storyBrief.GetProperty("claims").EnumerateArray().Select(claim => claim.GetProperty("status").GetString()).ToList();
        var sections = new (bool Present, string Heading)[]
        {
            (claims.Contains("corroborated"), "Agreed facts"),
            (claims.Contains("single-source"), "Only in one source"),
            (claims.Contains("conflict"), "Conflicts"),
            (storyBrief.GetProperty("quotes").GetArrayLength() > 0, "Quotes by speaker"),
            (storyBrief.GetProperty("entities").GetArrayLength() > 0, "Entities"),
            (storyBrief.GetProperty("timeline").GetArrayLength() > 0, "Timeline"),
        };
        Assert.Contains(sections, section => section.Present);
        foreach (var (present, heading) in sections)
        {
            Assert.Equal(present ? 1 : 0, await page.GetByRole(AriaRole.Heading, new() { Name = heading, Exact = true }).CountAsync());
        }

        if (storyBrief.GetProperty("timeline").GetArrayLength() > 0)
        {
            Assert.True(await page.Locator("svg.timeline circle").CountAsync() > 0);
        }

        // Clicking again closes it.
        await sentence.ClickAsync();
        Assert.True(await panel.IsHiddenAsync());
        Assert.DoesNotContain(errors, error => !error.Contains("favicon", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Page_OnPhoneWidth_HasNoHorizontalScroll()
    {
        using (await server.UploadExamplesAsync())
        {
        }

        await using var browser = await BrowserSession.StartAsync();
        var page = await browser.NewPageAsync(390, 844);
        var list = await server.Client.GetFromJsonAsync<JsonElement>("/api/stories", Token);
        var id = list.GetProperty("stories")[0].GetProperty("id").GetString()!;
        foreach (var route in new[] { "/#/", "/#/add", "/#/story/" + Uri.EscapeDataString(id) })
        {
            await page.GotoAsync(new Uri(server.BaseAddress, route).ToString());
            await page.Locator("main h1").WaitForAsync();
            var wide = await page.EvaluateAsync<string[]>("""
                () => [...document.querySelectorAll('body *')]
                  .filter(element => element.getBoundingClientRect().right > window.innerWidth + 1 && !element.closest('.table-wrap'))
                  .map(element => element.tagName + '.' + element.className + ': ' + (element.textContent || '').slice(0, 60))
                """);
            Assert.True(wide.Length == 0, route + ": " + string.Join(" | ", wide.Take(5)));
        }

        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserSession.Artifacts, "web-story-phone.png") });
    }
}
