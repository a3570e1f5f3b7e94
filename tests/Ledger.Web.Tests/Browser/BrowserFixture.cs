using System.Diagnostics;
using Ledger.Web.Tests.Support;
using Ledger.Web.Users;
using Microsoft.Playwright;

namespace Ledger.Web.Tests.Browser;

/// <summary>
/// One server (SQLite store seeded with seeds 000–003 and a generated 2,000-line budget) and one headless Debian
/// Chromium driven by Playwright, shared by the browser tests. Chromium comes from <c>scripts/chromium-up</c>; when it
/// is missing and cannot be installed the tests fail and say so.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";
    public const string BigUnit = "Kabupaten Uji Besar";
    public const int BigYear = 2025;
    public const int BigLines = 2_000;

    private IPlaywright? _playwright;

    public TestLedger Ledger { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    public string AdminToken { get; private set; } = "";

    public async ValueTask InitializeAsync()
    {
        EnsureChromium();
        Ledger = await TestLedger.StartAsync(sqlite: true, seed: async store =>
        {
            await Seeds.MangkutanaAsync(store);
            await Seeds.KalaenaMurniAsync(store);
            await Seeds.TowutiAsync(store);
            await Seeds.MaliliAsync(store);
            var big = Path.Combine(Path.GetTempPath(), $"ledger-besar-{Guid.NewGuid():N}.csv");
            await File.WriteAllTextAsync(big, TestSheets.Generated(BigLines));
            await Seeds.BudgetAsync(store, big, BigUnit, BigYear, Domain.Values.Stage.Murni, "2024-12-31", "2025-01-02T09:00:00Z");
            File.Delete(big);
        });
        AdminToken = await Ledger.TokenAsync("admin", UserRole.Admin);
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args =
            [
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync",
            ],
        });
    }

    /// <summary>A fresh context (its own cookies) on an office-laptop screen, signed in with the admin token.</summary>
    public async Task<IPage> SignedInPageAsync(string? token = null)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = Ledger.Address.ToString(),
            ViewportSize = new ViewportSize { Width = 1366, Height = 768 },
            Locale = "id-ID",
            AcceptDownloads = true,
        });
        var page = await context.NewPageAsync();
        // Generous: in CI the browser shares 2 cores with the other test assemblies running in parallel.
        page.SetDefaultTimeout(90_000);
        Assertions.SetDefaultExpectTimeout(60_000);
        await page.GotoAsync("/masuk");
        await page.FillAsync("#token", token ?? AdminToken);
        await page.ClickAsync("form.masuk button[type=submit]");
        // Reaching "/" is what signing in means; each test then waits for the elements it reads. WaitForURL also waits
        // for a load state, which never came when the redirect had landed before the wait began (a timeout under load).
        await Assertions.Expect(page).ToHaveURLAsync(Ledger.Address.ToString());
        return page;
    }

    public static async Task ScreenshotAsync(IPage page, string name, bool fullPage = false) =>
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Repo.Artifacts, name), FullPage = fullPage });

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null)
            await Browser.DisposeAsync();
        _playwright?.Dispose();
        if (Ledger is not null)
            await Ledger.DisposeAsync();
    }

    private static void EnsureChromium()
    {
        if (File.Exists(ChromiumPath))
            return;
        var script = Path.Combine(Repo.Root, "scripts", "chromium-up");
        try
        {
            using var install = Process.Start(new ProcessStartInfo(script) { RedirectStandardOutput = true, RedirectStandardError = true })!;
            install.WaitForExit(TimeSpan.FromMinutes(10));
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException($"browser tests need Debian's chromium at {ChromiumPath}; running {script} failed: {e.Message}", e);
        }
        if (!File.Exists(ChromiumPath))
            throw new InvalidOperationException($"browser tests need Debian's chromium at {ChromiumPath}: run scripts/chromium-up (apt-get install chromium)");
    }
}
