using Ledger.Application.Importing;
using Ledger.Domain.Values;
using Ledger.Journal;
using Ledger.Sheets.Reading;
using Ledger.Store;
using Ledger.Testing;
using NodaTime;
using NodaTime.Testing;

namespace Ledger.Application.Tests.Faults;

/// <summary>
/// A valid sample sheet and the import it is meant for, on top of <see cref="FaultJournals.HeldInMemoryAsync"/>:
/// mutations start from the sheet, and the import runs exactly as <c>ledger import</c> runs it.
/// </summary>
internal sealed record SheetTarget(string Sample, string Unit, int Year, Stage Stage, LocalDate Effective, bool IsRealisasi)
{
    public static readonly IReadOnlyList<SheetTarget> Budgets =
    [
        // A perubahan on a stream that holds the murni.
        new("mangkutana-2020-perubahan.csv", "Kecamatan Mangkutana", 2020, Stage.Perubahan, new LocalDate(2020, 8, 5), false),
        // A murni opening a new stream.
        new("kalaena-2021-murni.csv", "Kecamatan Kalaena", 2021, Stage.Murni, new LocalDate(2020, 12, 31), false),
        // Arah column and a printed JUMLAH row.
        new("towuti-2023-budget.csv", "Kecamatan Towuti", 2023, Stage.Perubahan, new LocalDate(2023, 12, 31), false),
        // A pergeseran must keep the total, so most changed amounts are refused for the whole file.
        new("malili-2021-budget.csv", "Kecamatan Malili", 2021, Stage.Pergeseran, new LocalDate(2021, 3, 1), false),
    ];

    public static readonly IReadOnlyList<SheetTarget> Realisasi =
    [
        new("towuti-2023-realisasi-tw4.csv", "Kecamatan Towuti", 2023, Stage.Murni, new LocalDate(2023, 12, 31), true),
        new("malili-2021-realisasi-tw1.csv", "Kecamatan Malili", 2021, Stage.Murni, new LocalDate(2021, 3, 31), true),
    ];

    private readonly Lazy<CsvTable> _table = new(() => CsvTable.FromFile(RepoPaths.Sample(Sample)));

    /// <summary>The valid sheet mutations start from.</summary>
    public CsvTable Table => _table.Value;

    public StreamName Stream => StreamName.For(Unit, Year);

    /// <summary>A pergeseran that does not balance is refused for the file as a whole, with no row to point at.</summary>
    public bool MayRejectWholeFile => Stage == Stage.Pergeseran;

    /// <summary>Runs the import as the CLI does; returns the events appended, or throws the CLI's error line as an <see cref="InputException"/>.</summary>
    public async Task<int> ImportAsync(IEventStore store, string path)
    {
        var journal = new LedgerJournal(store);
        var clock = new FakeClock(FaultJournals.Now);
        var source = SheetSource.FromFile(path);
        var sheet = source.IsOk ? source.Value : throw new InputException(source.Error.ToString());
        var result = IsRealisasi
            ? await new RealisasiImport(journal, clock).RunAsync(
                new RealisasiImport.Request(sheet, Unit, Year, Effective, Correction: false, Reason: null, "fuzz"), CancellationToken.None)
            : await new BudgetImport(journal, clock).RunAsync(
                new BudgetImportRequest(sheet, Unit, Year, Stage, Effective, "fuzz basis", "fuzz reason", "fuzz"), progress: null, CancellationToken.None);
        return result switch
        {
            CommandResult.Accepted accepted => accepted.Appended,
            CommandResult.Refused refused => throw new InputException(refused.Message),
            _ => throw new System.Diagnostics.UnreachableException(),
        };
    }

    public override string ToString() => $"{Sample} as {(IsRealisasi ? "realisasi" : Stage.Name())} of {Unit} {Year}";
}
