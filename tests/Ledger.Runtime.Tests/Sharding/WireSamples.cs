using Ledger.Domain.Budget.Commands;
using Ledger.Domain.Values;
using Ledger.Runtime.Tests.Support;
using Ledger.Sheets.Budget;
using Ledger.Sheets.Reading;
using Ledger.Sheets.Realisasi;
using Ledger.Testing;

namespace Ledger.Runtime.Tests.Sharding;

/// <summary>
/// Commands as the cluster node builds them from the seed sheets, and small ones with every optional field set
/// (attributes, Renstra targets, lower-is-better indicators, decimals with trailing zeros, parents without realisasi).
/// </summary>
public static class WireSamples
{
    public const string Malili = "Kecamatan Malili";
    public const int MaliliYear = 2021;

    public static ImportBudget MaliliBudget()
    {
        var sheet = BudgetSheetParser.Parse(SheetReader.Read(Repo.Sample("malili-2021-budget.csv")).ValueOrThrow()).ValueOrThrow();
        var context = Build.Context(Stage.Murni, "2020-12-31", "2021-01-04T09:00:00Z", unit: Malili, year: MaliliYear);
        return new ImportBudget(context, "malili-2021-budget.csv", PlannedLines.From(sheet), sheet.HasIndicators);
    }

    /// <summary>The Triwulan I sheet, mapped to reported lines the way <c>RealisasiImport</c> maps it.</summary>
    public static ImportRealisasi MaliliTriwulanI()
    {
        var sheet = RealisasiSheetParser.Parse(SheetReader.Read(Repo.Sample("malili-2021-realisasi-tw1.csv")).ValueOrThrow()).ValueOrThrow();
        var lines = sheet.Lines.Select(line => new ReportedLine(
            line.Kode,
            line.Realisasi,
            line.Kinerja.Where(k => k.Value is not null).Select(k => new ReportedKinerja(k.Indikator, k.Value!.Value)).ToList()))
            .ToList();
        var context = Build.Context(Stage.Murni, "2021-03-31", "2021-04-06T09:00:00Z", unit: Malili, year: MaliliYear) with { Basis = null };
        return new ImportRealisasi(context, "malili-2021-realisasi-tw1.csv", lines, Correction: false);
    }

    public static ImportBudget EveryOptionalField()
    {
        PlannedIndicator[] indicators =
        [
            new("Indeks Kepuasan Masyarakat", new Quantity(78.50m, ""), Arah.Naik) { TargetRenstra = new Quantity(85.00m, "") },
            new("Angka pengaduan", new Quantity(12m, "Kasus"), Arah.Turun),
            new("Dokumen tanpa target", null, Arah.Naik),
        ];
        var lines = Histories.Small.Planned().Select(line => line.Kode.Value == "7.01.01.2.01.01"
            ? line with
            {
                Attributes = new LineAttributes("Kantor Camat", "DAU", "Masyarakat umum"),
                Indicators = indicators,
                PaguRenstra = new Money(60_000_000),
            }
            : line).ToList();
        var context = Build.Context(Stage.Perubahan, "2020-08-05", "2020-08-05T10:00:00.123456789Z", reason: "penanganan Covid-19");
        return new ImportBudget(context, "renja-p.xlsx", lines, HasIndicators: true);
    }

    /// <summary>A lower cumulative figure accepted as a correction, a parent with no Rupiah, a value printed with a trailing zero.</summary>
    public static ImportRealisasi Correction() => new(
        Build.Context(Stage.Murni, "2020-06-30", "2020-07-10T03:00:00Z", reason: "SP2D dibatalkan") with { Basis = null },
        "tw2-revisi.csv",
        [
            new ReportedLine(Kode.Parse("7.01.01.2.01"), null, []),
            new ReportedLine(Kode.Parse("7.01.01.2.01.01"), new Money(1_000_000), [new ReportedKinerja("Dokumen", new Quantity(2.50m, "Dokumen"))]),
        ],
        Correction: true);

    public static CorrectPagu PaguCorrection() => new(
        Build.Context(Stage.Murni, "2020-03-01", "2020-09-01T08:00:00Z", reason: "salah ketik pada DPA", basis: "Nota Dinas 12/2020"),
        Kode.Parse("7.01.01.2.01.02"),
        new Money(3_600_000));
}
