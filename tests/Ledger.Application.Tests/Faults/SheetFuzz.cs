using Ledger.Domain.Events;
using Ledger.Store;

namespace Ledger.Application.Tests.Faults;

/// <summary>Runs one <see cref="SheetCase"/> through the real import and checks <see cref="NothingLost"/>.</summary>
internal static class SheetFuzz
{
    public static async Task<string> RunAsync(SheetCase sheet, IEventStore store)
    {
        var path = Path.Combine(FaultJournals.ScratchDirectory, $"{Guid.NewGuid():N}{sheet.Extension}");
        await File.WriteAllBytesAsync(path, sheet.Bytes);
        try
        {
            var target = sheet.Target;
            // Rows of a workbook are not lines of its bytes.
            var lines = sheet.Bytes.AsSpan().StartsWith("PK"u8) ? int.MaxValue - 1 : 1 + sheet.Bytes.Count(b => b is (byte)'\n' or (byte)'\r');
            return await NothingLost.CheckAsync(store, path, () => target.ImportAsync(store, path),
                whenAccepted: (before, after) =>
                {
                    var added = after.After(before).ToList();
                    Assert.All(added, row => Assert.Equal(target.Stream.Value, row.Stream));
                    if (added.Count > 0)
                    {
                        var first = target.IsRealisasi ? nameof(RealisasiSheetImported) : nameof(BudgetSheetImported);
                        Assert.Equal(first, added[0].Type);
                    }
                },
                whenRejected: error =>
                {
                    // Within the file: a row past its last line points at nothing a user can find.
                    Assert.InRange(error.Row, 0, lines + 1);
                    if (sheet.CellsOnly && !(error.Row == 0 && target.MayRejectWholeFile))
                    {
                        Assert.True(error.Row >= 2 && error.Column >= 1,
                            $"a bad cell value is refused without pointing at its cell: {error}");
                    }
                });
        }
        finally
        {
            File.Delete(path);
        }
    }
}
