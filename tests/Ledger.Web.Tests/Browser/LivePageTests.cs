using Ledger.Web.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace Ledger.Web.Tests.Browser;

/// <summary>Open pages follow the journal: events written by the CLI (another writer of the same file) show without a reload.</summary>
[Collection(BrowserCollection.Name)]
public sealed class LivePageTests(BrowserFixture browser)
{
    [Fact]
    public async Task A_perubahan_imported_by_the_CLI_appears_on_an_open_page_without_reload()
    {
        var page = await browser.SignedInPageAsync();
        await page.GotoAsync("/perubahan?unit=Kecamatan%20Kalaena&year=2021");
        var change = page.Locator("dl.jumlah > div:has(dt:text-is('Jumlah perubahan')) dd");
        await Expect(change).ToHaveTextAsync("Rp 0");
        await Expect(page.Locator("#status-langsung")).ToBeVisibleAsync();
        await page.EvaluateAsync("() => { window.tandaHalaman = 'belum dimuat ulang'; }");

        var stderr = new StringWriter();
        var exit = await global::Ledger.Cli.LedgerCli.RunAsync(
            ["import", "budget", Repo.Sample("kalaena-2021-perubahan.csv"), "--store", browser.Ledger.StoreUri, "--unit", Seeds.Kalaena,
             "--year", "2021", "--stage", "perubahan", "--effective", "2021-06-17", "--basis", "Keputusan Camat Kalaena Nomor 031 Tahun 2021"],
            new StringWriter(), stderr);
        Assert.True(exit == 0, stderr.ToString());

        await Expect(change).ToHaveTextAsync("(130.000.000)", new() { Timeout = 60_000 });
        await Expect(page.Locator("dl.jumlah > div:has(dt:text-is('Pagu setelah')) dd")).ToHaveTextAsync("Rp 2.479.196.707");
        Assert.Equal("belum dimuat ulang", await page.EvaluateAsync<string>("() => window.tandaHalaman"));
        Assert.True(await page.EvaluateAsync<int>("() => window.ledger.segar") >= 1);
    }
}
