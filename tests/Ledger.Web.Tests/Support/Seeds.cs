using Ledger.Application.Importing;
using Ledger.Domain.Values;
using Ledger.Journal;
using Ledger.Sheets.Reading;
using Ledger.Store;
using NodaTime.Testing;
using NodaTime.Text;

namespace Ledger.Web.Tests.Support;

/// <summary>The seed documents' sheets, imported through the CLI's write path with pinned recorded instants.</summary>
public static class Seeds
{
    public const string Mangkutana = "Kecamatan Mangkutana";
    public const string Kalaena = "Kecamatan Kalaena";
    public const string Towuti = "Kecamatan Towuti";
    public const string Malili = "Kecamatan Malili";

    /// <summary>Seed 000 as the demo imports it: Renja (murni) recorded 2 Jan 2020, Renja-P recorded and in force 5 Aug 2020.</summary>
    public static async Task MangkutanaAsync(IEventStore store)
    {
        await BudgetAsync(store, "mangkutana-2020-murni.csv", Mangkutana, 2020, Stage.Murni, "2019-12-31", "2020-01-02T09:00:00Z",
            "Perda Kab. Luwu Timur No. 5 Tahun 2019");
        await BudgetAsync(store, "mangkutana-2020-perubahan.csv", Mangkutana, 2020, Stage.Perubahan, "2020-08-05", "2020-08-05T10:00:00Z",
            "Renja-P Kecamatan Mangkutana 2020", "penanganan Covid-19");
    }

    public static Task KalaenaMurniAsync(IEventStore store) =>
        BudgetAsync(store, "kalaena-2021-murni.csv", Kalaena, 2021, Stage.Murni, "2020-12-31", "2021-01-04T09:00:00Z");

    /// <summary>Seed 003: Towuti's 2023 budget and its year-end realisasi.</summary>
    public static async Task TowutiAsync(IEventStore store)
    {
        await BudgetAsync(store, "towuti-2023-budget.csv", Towuti, 2023, Stage.Murni, "2023-01-01", "2023-01-02T09:00:00Z");
        await RealisasiAsync(store, "towuti-2023-realisasi-tw4.csv", Towuti, 2023, 4, "2024-01-15T09:00:00Z");
    }

    /// <summary>Seed 002: Malili's 2021 budget and its triwulan I realisasi.</summary>
    public static async Task MaliliAsync(IEventStore store)
    {
        await BudgetAsync(store, "malili-2021-budget.csv", Malili, 2021, Stage.Murni, "2020-12-31", "2021-01-04T09:00:00Z");
        await RealisasiAsync(store, "malili-2021-realisasi-tw1.csv", Malili, 2021, 1, "2021-04-06T09:00:00Z");
    }

    public static async Task BudgetAsync(IEventStore store, string sample, string unit, int year, Stage stage, string effective,
        string recorded, string? basis = null, string? reason = null)
    {
        var path = File.Exists(sample) ? sample : Repo.Sample(sample);
        var request = new BudgetImportRequest(SheetSource.FromFile(path).ValueOrThrow(), unit, year, stage, LocalDatePattern.Iso.Parse(effective).Value, basis, reason, "seed");
        (await new BudgetImport(new LedgerJournal(store), Clock(recorded)).RunAsync(request, null, CancellationToken.None)).AcceptedOrThrow();
    }

    public static async Task RealisasiAsync(IEventStore store, string sample, string unit, int year, int triwulan, string recorded)
    {
        var request = new RealisasiImport.Request(SheetSource.FromFile(Repo.Sample(sample)).ValueOrThrow(), unit, year, Projections.Triwulan.End(year, triwulan), false, null, "seed");
        (await new RealisasiImport(new LedgerJournal(store), Clock(recorded)).RunAsync(request, CancellationToken.None)).AcceptedOrThrow();
    }

    private static FakeClock Clock(string instant) => new(InstantPattern.ExtendedIso.Parse(instant).Value);
}
