using System.Text;
using Ledger.Web.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Ledger.Web.Tests.Browser;

/// <summary>Uploading sheets from the browser: a bad one is shown with its error next to the row and records nothing.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ImportPageTests(BrowserFixture browser)
{
    private static async Task FillBudgetFormAsync(IPage page, string unit, string csv, string fileName)
    {
        var form = page.Locator("#impor-anggaran");
        await form.Locator("input[name=unit]").FillAsync(unit);
        await form.Locator("input[name=year]").FillAsync("2024");
        await form.Locator("select[name=stage]").SelectOptionAsync("murni");
        await form.Locator("input[name=effective]").FillAsync("2024-01-01");
        await form.Locator("input[name=basis]").FillAsync("Perbup No. 1 Tahun 2024");
        await form.Locator("input[name=file]").SetInputFilesAsync(new FilePayload
        {
            Name = fileName,
            MimeType = "text/csv",
            Buffer = Encoding.UTF8.GetBytes(csv),
        });
    }

    [Fact]
    public async Task A_bad_sheet_is_refused_with_the_error_beside_its_row_and_nothing_is_recorded()
    {
        var page = await browser.SignedInPageAsync();
        await page.GotoAsync("/impor?unit=Kecamatan%20Uji&year=2024");
        await BrowserFixture.ScreenshotAsync(page, "impor.png", fullPage: true);
        var before = await browser.Ledger.Store.HeadAsync(CancellationToken.None);

        await FillBudgetFormAsync(page, "Kecamatan Uji", TestSheets.Bad, "bad.csv");
        await page.ClickAsync("#impor-anggaran button[type=submit]");

        await Expect(page.Locator("div.ditolak h2")).ToHaveTextAsync("Lembar ditolak: tidak ada yang dicatat");
        await Expect(page.Locator("#pesan-galat")).ToHaveTextAsync(TestSheets.BadError);
        var row = page.Locator("table.pratinjau tr.baris-galat");
        await Expect(row.Locator("td").First).ToHaveTextAsync("3");
        await Expect(row.Locator("td.sel-galat")).ToHaveTextAsync("12x");
        await Expect(row.Locator("td.pesan")).ToContainTextAsync("pagu '12x' is not a Rupiah amount");
        await BrowserFixture.ScreenshotAsync(page, "impor-ditolak.png", fullPage: true);
        Assert.Equal(before, await browser.Ledger.Store.HeadAsync(CancellationToken.None));
    }

    [Fact]
    public async Task A_good_sheet_is_recorded_in_the_signed_in_users_name()
    {
        var page = await browser.SignedInPageAsync();
        await page.GotoAsync("/impor");
        await FillBudgetFormAsync(page, "Kecamatan Unggah", TestSheets.Good(), "anggaran-uji.csv");
        await page.ClickAsync("#impor-anggaran button[type=submit]");
        await Expect(page.Locator("#hasil-impor")).ToContainTextAsync("dicatat untuk Kecamatan Unggah 2024");
        await Expect(page.Locator("#hasil-impor")).ToContainTextAsync("oleh admin");
        await BrowserFixture.ScreenshotAsync(page, "impor-diterima.png", fullPage: true);
    }
}
