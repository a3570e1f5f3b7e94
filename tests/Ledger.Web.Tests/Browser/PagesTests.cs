using System.Globalization;
using System.Text;
using Ledger.Web.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace Ledger.Web.Tests.Browser;

/// <summary>The sign-in and home pages, and the first paint of a 2,000-line table (measured and reported, not asserted).</summary>
[Collection(BrowserCollection.Name)]
public sealed class PagesTests(BrowserFixture browser)
{
    [Fact]
    public async Task Sign_in_and_home_list_units_and_years_in_Indonesian()
    {
        var page = await browser.SignedInPageAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync("Unit dan tahun anggaran");
        await Expect(page.Locator("table.unit")).ToContainTextAsync("Kecamatan Mangkutana");
        await Expect(page.Locator("table.unit a:text-is('2020')")).ToHaveAttributeAsync("href", "/perubahan?unit=Kecamatan%20Mangkutana&year=2020");
        Assert.Equal("id", await page.GetAttributeAsync("html", "lang"));
        await BrowserFixture.ScreenshotAsync(page, "beranda.png");

        await page.ClickAsync("form.keluar button");
        await Expect(page.Locator("h1")).ToHaveTextAsync("Masuk");
        await BrowserFixture.ScreenshotAsync(page, "masuk.png");
    }

    [Fact]
    public async Task First_paint_of_a_2000_line_table_is_measured_and_reported()
    {
        var page = await browser.SignedInPageAsync();
        var url = $"/perubahan?unit={Uri.EscapeDataString(BrowserFixture.BigUnit)}&year={BrowserFixture.BigYear}";
        await page.GotoAsync(url);
        var rows = await page.Locator("#tabel-data tbody tr").CountAsync();
        Assert.Equal(BrowserFixture.BigLines + 1, rows);
        var timing = await page.EvaluateAsync<Dictionary<string, double>>("""
            () => {
              const nav = performance.getEntriesByType('navigation')[0];
              const paint = performance.getEntriesByName('first-contentful-paint')[0];
              return { fcp: paint ? paint.startTime : -1, responseEnd: nav.responseEnd, domContentLoaded: nav.domContentLoadedEventEnd,
                       load: nav.loadEventEnd, bytes: nav.transferSize };
            }
            """);
        await BrowserFixture.ScreenshotAsync(page, "perubahan-2000-baris.png");

        // The slider at 2,000 lines: one fragment fetch and swap.
        var before = await page.EvaluateAsync<int>("() => window.ledger.muat");
        var started = DateTime.UtcNow;
        await page.ClickAsync("button:text-is('Triwulan II')");
        await page.WaitForFunctionAsync($"() => window.ledger.muat > {before}");
        var sliderMs = (DateTime.UtcNow - started).TotalMilliseconds;

        var report = new StringBuilder()
            .AppendLine(CultureInfo.InvariantCulture, $"perubahan table, {BrowserFixture.BigLines} lines + JUMLAH, headless Debian Chromium, 1366x768")
            .AppendLine(CultureInfo.InvariantCulture, $"first contentful paint: {timing["fcp"]:0} ms")
            .AppendLine(CultureInfo.InvariantCulture, $"response end: {timing["responseEnd"]:0} ms, DOMContentLoaded: {timing["domContentLoaded"]:0} ms, load: {timing["load"]:0} ms")
            .AppendLine(CultureInfo.InvariantCulture, $"HTML transferred: {timing["bytes"] / 1024:0} KiB")
            .AppendLine(CultureInfo.InvariantCulture, $"slider quick pick to new table: {sliderMs:0} ms")
            .AppendLine("server time (request log): " + string.Join("; ", ServerTimes(browser.Ledger.Logs, "GET /perubahan 200", "GET /fragmen/perubahan 200")))
            .ToString();
        await File.WriteAllTextAsync(Path.Combine(Repo.Artifacts, "first-paint.txt"), report, TestContext.Current.CancellationToken);
        TestContext.Current.TestOutputHelper?.WriteLine(report);
        TestContext.Current.SendDiagnosticMessage(report);
    }

    /// <summary>The last request log line of each kind: <c>GET /perubahan 200 123 ms</c>.</summary>
    private static IEnumerable<string> ServerTimes(LogCapture logs, params string[] requests) =>
        requests.Select(request => logs.Lines.LastOrDefault(l => l.Contains("RequestLog: " + request, StringComparison.Ordinal)) is { } line
            ? line[line.IndexOf(request, StringComparison.Ordinal)..].Split(" ms")[0] + " ms"
            : request + " (not logged)");
}
