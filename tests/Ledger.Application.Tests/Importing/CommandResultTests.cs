using System.Text;
using Ledger.Application.Importing;
using Ledger.Domain.Values;
using Ledger.Journal;
using Ledger.Sheets.Reading;
using Ledger.Store;
using NodaTime;
using NodaTime.Testing;

namespace Ledger.Application.Tests.Importing;

/// <summary>
/// A write command's refusal comes back from the use case as data, typed: the decider's rejection (kode, field,
/// reason) located in the sheet (file, row, column), for each edge to map once; the sheets arrive as bytes, not paths.
/// </summary>
public sealed class CommandResultTests
{
    private const string Unit = "Kecamatan Uji";
    private const int Year = 2024;
    private static readonly FakeClock Clock = new(Instant.FromUtc(2024, 4, 6, 9, 0));

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static SheetSource Sheet(string name, string csv) => SheetSource.FromBytes(Encoding.UTF8.GetBytes(csv), name).ValueOrThrow();

    private static async Task<LedgerJournal> BudgetedAsync(IEventStore store)
    {
        var journal = new LedgerJournal(store);
        var budget = Sheet("anggaran.csv", "kode,uraian,pagu\n1.01,Program Uji,\n1.01.01,Kegiatan Uji,12000\n");
        var request = new BudgetImportRequest(budget, Unit, Year, Stage.Murni, new LocalDate(2023, 12, 31), null, null, "uji");
        Assert.IsType<CommandResult.Accepted>(await new BudgetImport(journal, Clock).RunAsync(request, null, Ct));
        return journal;
    }

    [Fact]
    public async Task Given_a_budget_when_a_realisasi_sheet_reports_a_line_it_lacks_then_the_rejection_comes_back_typed_at_its_row_and_column()
    {
        var store = new InMemoryEventStore();
        var journal = await BudgetedAsync(store);
        var head = await store.HeadAsync(Ct);
        var sheet = Sheet("folder/tw1.csv", "kode,realisasi\n1.01.01,5000\n1.01.02,3000\n");

        var result = await new RealisasiImport(journal, Clock).RunAsync(
            new RealisasiImport.Request(sheet, Unit, Year, new LocalDate(2024, 3, 31), Correction: false, Reason: null, "uji"), Ct);

        var refused = Assert.IsType<CommandResult.Refused>(result);
        Assert.Equal(Kode.Parse("1.01.02"), refused.Rejection!.Kode);
        Assert.Equal("kode", refused.Rejection.Field);
        Assert.Equal(("folder/tw1.csv", 3, 1), (refused.Where!.File, refused.Where.Row, refused.Where.Column));
        Assert.Equal($"folder/tw1.csv:3:1 {refused.Rejection.Message}", refused.Message);
        Assert.Equal(head, await store.HeadAsync(Ct));
    }

    [Fact]
    public async Task Given_a_sheet_that_cannot_be_parsed_then_it_is_refused_at_its_cell_with_no_decision()
    {
        var store = new InMemoryEventStore();
        var bad = Sheet("bad.csv", "kode,uraian,pagu\n1.01,Program Uji,\n1.01.01,Kegiatan Uji,12x\n");

        var result = await new BudgetImport(new LedgerJournal(store), Clock).RunAsync(
            new BudgetImportRequest(bad, Unit, Year, Stage.Murni, new LocalDate(2023, 12, 31), null, null, "uji"), null, Ct);

        var refused = Assert.IsType<CommandResult.Refused>(result);
        Assert.Null(refused.Rejection);
        Assert.Equal("bad.csv:3:3 pagu '12x' is not a Rupiah amount", refused.Message);
        Assert.Equal(GlobalPosition.Start, await store.HeadAsync(Ct));
    }

    [Fact]
    public async Task Given_a_correction_the_decider_rejects_then_it_comes_back_with_its_kode_and_no_place_in_a_sheet()
    {
        var store = new InMemoryEventStore();
        var journal = await BudgetedAsync(store);

        var result = await new PaguCorrection(journal, Clock).RunAsync(
            new PaguCorrection.Request(Unit, Year, Stage.Murni, Kode.Parse("1.01.01"), new Money(-1), new LocalDate(2023, 12, 31), "salah ketik", null, "uji"), Ct);

        var refused = Assert.IsType<CommandResult.Refused>(result);
        Assert.Null(refused.Where);
        Assert.Equal((Kode.Parse("1.01.01"), "pagu"), (refused.Rejection!.Kode, refused.Rejection.Field));
        Assert.Equal(refused.Rejection.Message, refused.Message);
    }

    [Fact]
    public async Task Given_an_accepted_import_then_it_records_the_sheets_own_name_without_the_folder_it_came_from()
    {
        var store = new InMemoryEventStore();
        var journal = new LedgerJournal(store);
        var budget = Sheet("/some/folder/anggaran.csv", "kode,uraian,pagu\n1.01,Program Uji,\n1.01.01,Kegiatan Uji,12000\n");

        var accepted = (await new BudgetImport(journal, Clock).RunAsync(
            new BudgetImportRequest(budget, Unit, Year, Stage.Murni, new LocalDate(2023, 12, 31), null, null, "uji"), null, Ct)).AcceptedOrThrow();

        Assert.Equal(2, accepted.Lines);
        var (events, _) = await journal.ReadStreamAsync(Unit, Year, Ct);
        Assert.Contains(events, e => e.Event is Domain.Events.BudgetSheetImported { Source: "anggaran.csv" });
    }
}
