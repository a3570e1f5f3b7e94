using System.Text;
using Ledger.Application.Checking;
using Ledger.Domain.Budget;
using Ledger.Domain.Values;
using Ledger.Projections.Capaian;
using Ledger.Sheets.Checks;
using Ledger.Sheets.Numbers;
using Ledger.Sheets.Reading;

namespace Ledger.Application.Tests.Generating;

/// <summary>
/// A capaian table printed back as the two sheets a reviewer would get, a budget sheet and a realisasi sheet, with
/// every parent's pagu and realisasi, the JUMLAH rows, and the serapan and capaian percentages the table computed.
/// <c>ledger check</c>'s own checks (<see cref="SheetCheck"/>) then say whether those printed figures add up.
/// </summary>
public static class PrintedSheets
{
    public static IReadOnlyList<Finding> Findings(CapaianTable table, BudgetState state, string folder)
    {
        var lines = table.Rows.Where(r => !r.IsTotal).GroupBy(r => r.Kode!.Value).ToList();
        var budget = new StringBuilder("kode,uraian,pagu,indikator,target,arah\n");
        var realisasi = new StringBuilder("kode,uraian,realisasi,indikator,realisasi_kinerja,serapan_pct,capaian_pct\n");
        foreach (var line in lines)
        {
            var first = line.First();
            var indicators = line.Where(r => r.Indikator.Length > 0).ToList();
            var achieved = indicators.Where(r => r.RealisasiKinerja is not null).ToList();
            var arah = indicators.Select(r => state.Find(line.Key)!.CurrentIndicators.Find(i => i.Name == r.Indikator)!.Arah == Arah.Turun ? "turun" : "naik");
            budget.AppendLine(Csv(line.Key.Value, first.Uraian, Indonesian.Number(first.Pagu.Rupiah),
                Join(indicators.Select(r => r.Indikator)), Join(indicators.Select(r => Indonesian.Decimal(r.Target!.Value))), Join(arah)));
            realisasi.AppendLine(Csv(line.Key.Value, first.Uraian, Indonesian.Number(first.Realisasi.Rupiah),
                Join(achieved.Select(r => r.Indikator)), Join(achieved.Select(r => Indonesian.Decimal(r.RealisasiKinerja!.Value))),
                Pct(first.SerapanPct), Join(achieved.Select(r => Pct(r.CapaianPct)))));
        }
        budget.AppendLine(Csv("", "JUMLAH", Indonesian.Number(table.Jumlah.Pagu.Rupiah), "", "", ""));
        realisasi.AppendLine(Csv("", "JUMLAH", Indonesian.Number(table.Jumlah.Realisasi.Rupiah), "", "", "", ""));
        var budgetPath = Path.Combine(folder, "budget.csv");
        var realisasiPath = Path.Combine(folder, "realisasi.csv");
        File.WriteAllText(budgetPath, budget.ToString());
        File.WriteAllText(realisasiPath, realisasi.ToString());
        return [.. SheetCheck.Run(new[] { budgetPath, realisasiPath }.Select(p => SheetSource.FromFile(p).ValueOrThrow())).SelectMany(f => f.Findings)];
    }

    /// <summary>Two decimals with a decimal comma, as the seeds print percentages: <c>96,35</c>.</summary>
    private static string Pct(decimal? value) => value is { } v ? Indonesian.Percent(v).TrimEnd('%') : "";

    private static string Join(IEnumerable<string> parts) => string.Join("; ", parts);

    private static string Csv(params string[] cells) => string.Join(',', cells.Select(c => "\"" + c.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""));
}
