using Ledger.Cli.Tests.Faults;
using Ledger.Cli.Tests.Support;

namespace Ledger.Cli.Tests.Limits;

/// <summary>
/// Contract §11: a sheet under the row limit that would make more events than one append holds (100.000) is
/// refused before anything is appended, with one <c>error:</c> line saying how many and what to do.
/// </summary>
public sealed class EventLimitTests : IDisposable
{
    private readonly LedgerProcess _ledger = new();

    public void Dispose() => _ledger.Dispose();

    [Fact]
    public void Given_a_60000_row_sheet_when_imported_then_one_error_line_names_the_event_count_and_the_limit_and_nothing_is_written()
    {
        // 5 programs, 100 kegiatan and 60.000 sub kegiatan: under the 100.000-row limit, some 240.000 events.
        var sheet = LargeSheets.Murni(_ledger.Folder, "besar.csv", subKegiatan: 600);
        Mangkutana.ImportMurni(_ledger);
        var before = _ledger.Export();

        var run = _ledger.Run("import", "budget", sheet, "--unit", "Dinas Besar", "--year", "2024", "--stage", "murni", "--effective", "2023-12-31");

        Assert.Equal(1, run.ExitCode);
        var error = Assert.Single(run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Matches(@"^error: .*besar\.csv:0:0 this would append [\d.]+ events, more than one append holds \(100\.000; .*split the sheet", error);
        Assert.Equal(before, _ledger.Export());
    }
}
