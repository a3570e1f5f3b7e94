using ClosedXML.Excel;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Ledger.Web.Tests.Browser;

/// <summary>Seed 000 in the browser: the change table, the date slider and its quick picks, a line's history, the xlsx download.</summary>
[Collection(BrowserCollection.Name)]
public sealed class PerubahanPageTests(BrowserFixture browser)
{
    private const string Page = "/perubahan?unit=Kecamatan%20Mangkutana&year=2020";

    private static ILocator Total(IPage page, string label) => page.Locator($"dl.jumlah > div:has(dt:text-is('{label}')) dd");

    [Fact]
    public async Task The_seed_000_table_shows_JUMLAH_and_the_slider_at_30_June_shows_no_change_yet()
    {
        var page = await browser.SignedInPageAsync();
        await page.GotoAsync(Page);
        await Expect(Total(page, "Pagu sebelum")).ToHaveTextAsync("Rp 905.397.900");
        await Expect(Total(page, "Pagu setelah")).ToHaveTextAsync("Rp 569.287.900");
        await Expect(Total(page, "Jumlah perubahan")).ToHaveTextAsync("(336.110.000)");
        await Expect(page.Locator("#tabel-data tr.total")).ToContainTextAsync("(336.110.000)");
        await Expect(page.Locator("h1")).ToContainTextAsync("Perubahan anggaran");
        await BrowserFixture.ScreenshotAsync(page, "perubahan.png");

        // Drag the slider to 30 June 2020 (a range input moves by its value; the page listens to input and change).
        await page.EvalOnSelectorAsync("#geser-tanggal", """
            el => {
              const days = Math.round((Date.parse('2020-06-30T00:00:00Z') - Date.parse(el.dataset.mulai + 'T00:00:00Z')) / 86400000);
              el.value = String(days);
              el.dispatchEvent(new Event('input', { bubbles: true }));
              el.dispatchEvent(new Event('change', { bubbles: true }));
            }
            """);
        await Expect(page.Locator("#label-tanggal")).ToHaveTextAsync("30 Juni 2020");
        await Expect(Total(page, "Jumlah perubahan")).ToHaveTextAsync("Rp 0");
        await Expect(Total(page, "Pagu setelah")).ToHaveTextAsync("Rp 905.397.900");
        await Expect(page.Locator("p.keterangan")).ToContainTextAsync("Berlaku per 30 Juni 2020");
        Assert.Contains("asOf=2020-06-30", page.Url, StringComparison.Ordinal);
        await BrowserFixture.ScreenshotAsync(page, "perubahan-30-juni-2020.png");

        await page.ClickAsync("button:text-is('Triwulan IV')");
        await Expect(Total(page, "Jumlah perubahan")).ToHaveTextAsync("(336.110.000)");
        await page.ClickAsync("button:text-is('Triwulan II')");
        await Expect(Total(page, "Jumlah perubahan")).ToHaveTextAsync("Rp 0");
    }

    [Fact]
    public async Task As_known_at_1_August_2020_the_ledger_did_not_know_the_perubahan_yet()
    {
        var page = await browser.SignedInPageAsync();
        await page.GotoAsync(Page);
        await page.FillAsync("#diketahui", "2020-08-01T00:00");
        await page.DispatchEventAsync("#diketahui", "change");
        await Expect(Total(page, "Jumlah perubahan")).ToHaveTextAsync("Rp 0");
        await Expect(page.Locator("p.keterangan")).ToContainTextAsync("seperti tercatat sampai 1 Agu 2020 00.00.00 UTC");
        await page.ClickAsync("button[data-diketahui='']");
        await Expect(Total(page, "Jumlah perubahan")).ToHaveTextAsync("(336.110.000)");
    }

    [Fact]
    public async Task Clicking_a_line_opens_its_history_with_stage_basis_reason_dates_and_actor()
    {
        var page = await browser.SignedInPageAsync();
        await page.GotoAsync(Page);
        await page.ClickAsync("tr[data-kode='0.00.4.36.08.05.06'] td:nth-child(3)");
        var dialog = page.Locator("#dialog-riwayat");
        await Expect(dialog).ToBeVisibleAsync();
        await Expect(dialog.Locator("h2")).ToContainTextAsync("kode 0.00.4.36.08.05.06");
        var revised = dialog.Locator("tr:has(td:text-is('Pagu diubah'))");
        await Expect(revised).ToContainTextAsync("perubahan");
        await Expect(revised).ToContainTextAsync("2020-08-05T10:00:00Z");
        await Expect(revised).ToContainTextAsync("Renja-P Kecamatan Mangkutana 2020");
        await Expect(revised).ToContainTextAsync("penanganan Covid-19");
        await Expect(revised).ToContainTextAsync("seed");
        await Expect(dialog.Locator("tr:has(td:text-is('Pagu ditetapkan'))")).ToContainTextAsync("Perda Kab. Luwu Timur No. 5 Tahun 2019");
        await BrowserFixture.ScreenshotAsync(page, "riwayat-dialog.png");

        await page.GotoAsync("/riwayat?unit=Kecamatan%20Mangkutana&year=2020&kode=0.00.4.36.08.05.06");
        await Expect(page.Locator("#tabel-riwayat")).ToContainTextAsync("Pagu diubah");
        await BrowserFixture.ScreenshotAsync(page, "riwayat.png");
    }

    [Fact]
    public async Task The_xlsx_download_is_the_table_with_typed_cells()
    {
        var page = await browser.SignedInPageAsync();
        await page.GotoAsync(Page);
        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("p.unduh a:text-is('XLSX')"));
        Assert.Equal("perubahan-kecamatan-mangkutana-2020.xlsx", download.SuggestedFilename);
        var path = Path.Combine(Support.Repo.Artifacts, download.SuggestedFilename);
        await download.SaveAsAsync(path);
        using var workbook = new XLWorkbook(path);
        var sheet = workbook.Worksheets.First();
        var jumlah = sheet.RowsUsed().Single(r => r.Cell(1).GetString() == "JUMLAH");
        Assert.Equal(905_397_900d, jumlah.Cell(4).GetDouble());
        Assert.Equal(569_287_900d, jumlah.Cell(5).GetDouble());
        Assert.Equal(-336_110_000d, jumlah.Cell(6).GetDouble());
    }
}
