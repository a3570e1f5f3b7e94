using Ledger.Application.Importing;
using Ledger.Cli;
using Ledger.Sheets.Tests.Support;
using Ledger.Web.Tests.Support;

namespace Ledger.Web.Tests.Cli;

/// <summary>
/// The limits of the web import hold on the command line too, with one <c>error:</c> line: the basis and reason of
/// <see cref="ImportTexts"/>, and what an XLSX may expand to (<see cref="Sheets.Reading.XlsxBounds"/>).
/// </summary>
public sealed class ImportLimitCliTests : IDisposable
{
    private readonly CliScratch _scratch = new("ledger-text-cli-");

    public void Dispose() => _scratch.Dispose();

    private Task<(int Exit, string Out, string Error)> RunAsync(params string[] args) => _scratch.RunAsync(args);

    [Fact]
    public async Task Given_a_5000_character_basis_when_imported_on_the_command_line_then_one_error_line_exit_1_and_nothing_written()
    {
        var sheet = Path.Combine(_scratch.Folder, "anggaran.csv");
        await File.WriteAllTextAsync(sheet, TestSheets.Good(), TestContext.Current.CancellationToken);

        var (exit, _, error) = await RunAsync("import", "budget", sheet, "--unit", "Kecamatan Uji", "--year", "2024", "--stage", "murni",
            "--effective", "2024-01-01", "--basis", new string('P', 5_000));

        Assert.Equal(ExitCodes.BadInput, exit);
        Assert.Equal($"error: --basis is 5000 characters long; at most {ImportTexts.MaxChars}", error.Trim());
        // Nothing written: the export is its trailer alone (export writes to stdout itself, which only a process shows).
        Assert.StartsWith("{\"export\":{\"events\":0,", Assert.Single((await RunAsync("export")).Out.Split('\n', StringSplitOptions.RemoveEmptyEntries)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Given_an_xlsx_that_expands_far_beyond_its_size_when_imported_on_the_command_line_then_one_error_line_and_exit_1()
    {
        var sheet = Path.Combine(_scratch.Folder, "bom.xlsx");
        await File.WriteAllBytesAsync(sheet, RawWorkbooks.Build(w =>
        {
            RawWorkbooks.InlineRow(w, 1, "kode", "uraian", "pagu");
            for (var row = 2; row <= 10_000; row++)
                RawWorkbooks.InlineRow(w, row, $"1.{row}", new string('x', 2_000), "1000");
        }), TestContext.Current.CancellationToken);

        var (exit, _, error) = await RunAsync("import", "budget", sheet, "--unit", "Kecamatan Uji", "--year", "2024", "--stage", "murni",
            "--effective", "2024-01-01");

        Assert.Equal(ExitCodes.BadInput, exit);
        Assert.Equal($"error: {sheet}:0:0 holds more than 16 Mi characters of cell text once expanded; "
            + "a workbook this big is not a budget, refused before loading it", error.Trim());
    }
}
