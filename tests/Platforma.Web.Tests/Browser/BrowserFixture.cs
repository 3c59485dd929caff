using Microsoft.Playwright;
using Platforma.Web.Tests.Infrastructure;

namespace Platforma.Web.Tests.Browser;

/// <summary>
/// The app (on SQLite, with its own 22 gminy) and Debian's headless Chromium driven by Playwright. No browser is ever
/// downloaded: Playwright's driver (shipped in its package) starts /usr/bin/chromium.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string Chromium = "/usr/bin/chromium";

    public SqliteHost Host { get; } = new();
    public IPlaywright Playwright { get; private set; } = null!;
    public IBrowser Browser { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        if (!File.Exists(Chromium))
            throw new InvalidOperationException($"{Chromium} is missing: run scripts/prerequisites.sh (Debian's chromium package).");
        await Host.InitializeAsync();
        Playwright = await Microsoft.Playwright.Playwright.CreateAsync();
        Browser = await Playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-gpu"],
        });
    }

    /// <summary>A fresh browser profile (own cookies) with a phone-sized or desktop window, Polish locale.</summary>
    public Task<IBrowserContext> NewContextAsync(bool phone = false) => Browser.NewContextAsync(new BrowserNewContextOptions
    {
        Locale = "pl-PL",
        TimezoneId = "Europe/Warsaw",
        ViewportSize = phone ? new ViewportSize { Width = 390, Height = 844 } : new ViewportSize { Width = 1280, Height = 900 },
        AcceptDownloads = true,
    });

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null) await Browser.CloseAsync();
        Playwright?.Dispose();
        await Host.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "app in headless Chromium";
}
