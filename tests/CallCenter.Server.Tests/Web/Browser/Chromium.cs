using Microsoft.Playwright;

namespace CallCenter.Server.Tests.Web.Browser;

/// <summary>
/// Debian's headless Chromium driven by Playwright (whose NuGet package carries its driver: nothing is
/// downloaded). .ci/run installs it; elsewhere a machine without it skips the browser tests, saying so.
/// </summary>
internal sealed class Chromium : IAsyncDisposable
{
    public const string ExecutablePath = "/usr/bin/chromium";

    private readonly IPlaywright playwright;

    private Chromium(IPlaywright playwright, IBrowser browser)
    {
        this.playwright = playwright;
        Browser = browser;
    }

    public IBrowser Browser { get; }

    public static async Task<Chromium> LaunchAsync()
    {
        if (!File.Exists(ExecutablePath))
        {
            var reason = $"Chromium is not installed at {ExecutablePath} (apt-get install -y chromium; .ci/run does it)";
            if (Environment.GetEnvironmentVariable("CI") is { Length: > 0 })
            {
                Assert.Fail(reason + ": CI must run the browser tests.");
            }
            Assert.Ignore(reason + ".");
        }
        var playwright = await Playwright.CreateAsync();
        try
        {
            var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = ExecutablePath,
                Headless = true,
                // Without the networking flags Chromium keeps trying to reach the internet.
                Args =
                [
                    "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                ],
            });
            return new Chromium(playwright, browser);
        }
        catch
        {
            playwright.Dispose();
            throw;
        }
    }

    /// <summary>A fresh browser profile (its own cookies) on the desktop at <paramref name="address"/>.</summary>
    public async Task<IPage> OpenAsync(Uri address)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = address.ToString() });
        context.SetDefaultTimeout(20_000);
        return await context.NewPageAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await Browser.DisposeAsync();
        playwright.Dispose();
    }
}
