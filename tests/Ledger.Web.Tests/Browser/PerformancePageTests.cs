using static Microsoft.Playwright.Assertions;

namespace Ledger.Web.Tests.Browser;

/// <summary>Capaian and evaluasi in the browser: predikat in colour, Indonesian percentages.</summary>
[Collection(BrowserCollection.Name)]
public sealed class PerformancePageTests(BrowserFixture browser)
{
    [Fact]
    public async Task Capaian_shows_each_predikat_in_its_colour()
    {
        var page = await browser.SignedInPageAsync();
        await page.GotoAsync("/capaian?unit=Kecamatan%20Towuti&year=2023");
        var high = page.Locator("#tabel-data td.predikat.pred-sangat-tinggi").First;
        await Expect(high).ToHaveTextAsync("Sangat Tinggi");
        var colour = await high.EvaluateAsync<string>("el => getComputedStyle(el).backgroundColor");
        Assert.Equal("rgb(201, 236, 211)", colour);
        await Expect(page.Locator("#tabel-data td.predikat.pred-sangat-rendah").First).ToHaveTextAsync("Sangat Rendah");
        await Expect(page.Locator("dl.jumlah")).ToContainTextAsync("96,19%");
        await BrowserFixture.ScreenshotAsync(page, "capaian.png");

        await page.SelectOptionAsync("select[name=predikat]", "lkjip");
        await Expect(page.Locator("#tabel-data td.predikat.pred-sangat-memuaskan").First).ToHaveTextAsync("Sangat Memuaskan");
    }

    [Fact]
    public async Task Evaluasi_shows_the_triwulan_columns_and_capaian_in_colour()
    {
        var page = await browser.SignedInPageAsync();
        await page.GotoAsync("/evaluasi?unit=Kecamatan%20Malili&year=2021&triwulan=1");
        await Expect(page.Locator("#tabel-data thead")).ToContainTextAsync("TW I Rp");
        await Expect(page.Locator("#tabel-data tr.total")).ToContainTextAsync("14,49%");
        Assert.True(await page.Locator("#tabel-data td.pred").CountAsync() > 0);
        await BrowserFixture.ScreenshotAsync(page, "evaluasi.png");
    }
}
