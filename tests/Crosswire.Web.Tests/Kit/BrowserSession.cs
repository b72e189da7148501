using Crosswire.TestKit;
using Microsoft.Playwright;
using Xunit;

namespace Crosswire.Web.Tests.Kit;

/// <summary>Debian's Chromium driven headless by Playwright. Missing Chromium skips the test locally (with the
/// reason) and fails it under <c>CI=true</c>, where <c>scripts/setup.sh</c> must have installed it.</summary>
public sealed class BrowserSession : IAsyncDisposable
{
    /// <summary>Where Chromium is looked for when <c>CROSSWIRE_CHROMIUM</c> is not set.</summary>
    public static readonly string[] Candidates = ["/usr/bin/chromium", "/usr/bin/chromium-browser"];

    private readonly IPlaywright _playwright;

    private BrowserSession(IPlaywright playwright, IBrowser browser)
    {
        _playwright = playwright;
        Browser = browser;
    }

    public IBrowser Browser { get; }

    /// <summary>The folder for screenshots: <c>artifacts/</c> at the repository root.</summary>
    public static string Artifacts
    {
        get
        {
            var folder = Path.Combine(RepoPaths.Root, "artifacts");
            Directory.CreateDirectory(folder);
            return folder;
        }
    }

    public static async Task<BrowserSession> StartAsync()
    {
        var executable = FindChromium();
        if (executable is null)
        {
            var message = $"Chromium not found ({string.Join(", ", Candidates)}, or set CROSSWIRE_CHROMIUM); run scripts/setup.sh or apt-get install chromium";
            if (SharedData.InCi)
            {
                Assert.Fail(message);
            }

            Assert.Skip(message);
        }

        var playwright = await Playwright.CreateAsync();
        try
        {
            var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = executable,
                Headless = true,
                // Root in a container has no user namespaces for Chromium's sandbox.
                Args = ["--no-sandbox", "--disable-dev-shm-usage"],
                Timeout = 120_000,
            });
            return new BrowserSession(playwright, browser);
        }
        catch
        {
            playwright.Dispose();
            throw;
        }
    }

    /// <summary>A new page (own context) with generous timeouts for a loaded machine.</summary>
    public async Task<IPage> NewPageAsync(int width = 1280, int height = 900)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = width, Height = height } });
        context.SetDefaultTimeout(120_000);
        return await context.NewPageAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await Browser.DisposeAsync();
        _playwright.Dispose();
    }

    private static string? FindChromium()
    {
        var configured = Environment.GetEnvironmentVariable("CROSSWIRE_CHROMIUM");
        if (!string.IsNullOrEmpty(configured))
        {
            return File.Exists(configured) ? configured : null;
        }

        return Candidates.FirstOrDefault(File.Exists);
    }
}
