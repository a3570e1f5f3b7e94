using static Microsoft.Playwright.Assertions;

namespace Ledger.Web.Tests.Browser;

/// <summary>The charts page: pagu per program across stages, capaian per indicator, each saved as PNG.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ChartPageTests(BrowserFixture browser)
{
    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    [Theory]
    [InlineData("Kecamatan%20Mangkutana", 2020, "grafik-mangkutana.png", "murni")]
    [InlineData("Kecamatan%20Towuti", 2023, "grafik-towuti.png", "indikator")]
    public async Task The_charts_draw_and_each_saves_as_png(string unit, int year, string screenshot, string note)
    {
        var page = await browser.SignedInPageAsync();
        await page.GotoAsync($"/grafik?unit={unit}&year={year}");
        await page.WaitForFunctionAsync("() => window.ledgerGrafik && window.ledgerGrafik.digambar > 0");
        await Expect(page.Locator("#grafik-pagu-catatan")).ToContainTextAsync("program");
        await BrowserFixture.ScreenshotAsync(page, screenshot, fullPage: true);
        if (note == "indikator")
            await Expect(page.Locator("#grafik-capaian-catatan")).ToContainTextAsync("indikator");
        else
            Assert.Equal(2, await page.EvaluateAsync<int>("() => Chart.getChart('grafik-pagu').data.datasets.length"));

        foreach (var canvas in new[] { "grafik-pagu", "grafik-capaian" })
        {
            var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync($"button.png[data-kanvas='{canvas}']"));
            Assert.EndsWith(".png", download.SuggestedFilename, StringComparison.Ordinal);
            var path = Path.Combine(Support.Repo.Artifacts, download.SuggestedFilename);
            await download.SaveAsAsync(path);
            Assert.Equal(PngSignature, File.ReadAllBytes(path)[..8]);
        }
    }
}
