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
/// The performance framework's imports return a <see cref="CommandResult"/> as the budget import does: accepted with
/// what they appended, or refused with the decider's rejection located at the sheet's row and the column of its field.
/// </summary>
public sealed class PerformanceImportTests
{
    private const string Unit = "Kecamatan Uji";
    private static readonly FakeClock Clock = new(Instant.FromUtc(2024, 4, 6, 9, 0));

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static SheetSource Sheet(string name, string csv) => SheetSource.FromBytes(Encoding.UTF8.GetBytes(csv), name).ValueOrThrow();

    private const string Renstra =
        "tujuan,sasaran,tingkat,indikator,satuan,iku,kondisi_awal,target_2024,target_2025,target_akhir\n"
        + "Tujuan Uji,Sasaran Uji,sasaran,Indeks Uji,Nilai,ya,70,72,74,74\n";

    private static async Task<LedgerJournal> PlannedAsync()
    {
        var journal = new LedgerJournal(new InMemoryEventStore());
        var budget = Sheet("anggaran.csv", "kode,uraian,pagu\n1.01,Program Uji,\n1.01.01,Kegiatan Uji,12000\n");
        (await new BudgetImport(journal, Clock).RunAsync(
            new BudgetImportRequest(budget, Unit, 2024, Stage.Murni, new LocalDate(2023, 12, 31), null, null, "uji"), null, Ct)).AcceptedOrThrow();
        (await new PerformanceImport(journal, Clock).RunAsync(
            new RenstraImportRequest(Sheet("renstra.csv", Renstra), Unit, 2024, 2025, new LocalDate(2024, 1, 15), null, null, "uji"), null, Ct)).AcceptedOrThrow();
        return journal;
    }

    [Fact]
    public async Task Given_a_Renstra_and_a_budget_when_a_PK_names_their_indicator_and_line_then_it_is_accepted_and_again_is_nothing_new()
    {
        var journal = await PlannedAsync();
        var pk = new PkImportRequest(Sheet("pk.csv", "sasaran,indikator,target,program\nSasaran Uji,indeks uji,72,1.01\n"),
            Unit, 2024, new LocalDate(2024, 1, 31), null, null, "uji");

        var first = (await new PerformanceImport(journal, Clock).RunAsync(pk, null, Ct)).AcceptedOrThrow();
        var again = (await new PerformanceImport(journal, Clock).RunAsync(pk, null, Ct)).AcceptedOrThrow();

        Assert.True(first.Appended > 0);
        Assert.Equal(0, again.Appended);
    }

    [Fact]
    public async Task Given_a_PK_program_that_is_no_budget_line_then_the_refusal_is_at_its_row_and_the_program_column()
    {
        var journal = await PlannedAsync();
        var pk = new PkImportRequest(Sheet("pk.csv", "sasaran,indikator,target,program\nSasaran Uji,Indeks Uji,72,1.02\n"),
            Unit, 2024, new LocalDate(2024, 1, 31), null, null, "uji");

        var refused = Assert.IsType<CommandResult.Refused>(await new PerformanceImport(journal, Clock).RunAsync(pk, null, Ct));

        Assert.Equal(("pk.csv", 2, 4, "program"), (refused.Where!.File, refused.Where.Row, refused.Where.Column, refused.Where.ColumnName));
        Assert.Equal("program", refused.Rejection!.Field);
        Assert.StartsWith("pk.csv:2:4 program 1.02 is not a line of the 2024 budget", refused.Message);
    }

    [Fact]
    public async Task Given_a_Renstra_longer_than_six_years_then_the_refusal_names_the_file_alone()
    {
        var journal = new LedgerJournal(new InMemoryEventStore());
        var request = new RenstraImportRequest(Sheet("renstra.csv", Renstra), Unit, 2024, 2031, new LocalDate(2024, 1, 15), null, null, "uji");

        var refused = Assert.IsType<CommandResult.Refused>(await new PerformanceImport(journal, Clock).RunAsync(request, null, Ct));

        Assert.Equal((0, 0), (refused.Where!.Row, refused.Where.Column));
        Assert.Contains("is not a Renstra's", refused.Message);
    }

    [Fact]
    public async Task Given_a_kinerja_sheet_for_an_indicator_outside_the_PK_then_the_refusal_is_at_its_indikator_cell()
    {
        var journal = await PlannedAsync();
        (await new PerformanceImport(journal, Clock).RunAsync(new PkImportRequest(
            Sheet("pk.csv", "sasaran,indikator,target\nSasaran Uji,Indeks Uji,72\n"), Unit, 2024, new LocalDate(2024, 1, 31), null, null, "uji"), null, Ct))
            .AcceptedOrThrow();
        var kinerja = new KinerjaImportRequest(Sheet("kinerja.csv", "realisasi,indikator\n73,Indeks Uji\n71,Indeks Lain\n"), Unit, 2024,
            new LocalDate(2024, 12, 31), "uji");

        var refused = Assert.IsType<CommandResult.Refused>(await new PerformanceImport(journal, Clock).RunAsync(kinerja, null, Ct));

        Assert.Equal((3, 2), (refused.Where!.Row, refused.Where.Column));
        Assert.Contains("the closest is 'Indeks Uji'", refused.Message);
    }
}
