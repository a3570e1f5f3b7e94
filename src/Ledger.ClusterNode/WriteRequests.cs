using Ledger.Application;
using Ledger.Application.Importing;
using Ledger.Application.Requests;
using Ledger.Domain.Values;
using Ledger.Sheets.Numbers;
using Ledger.Sheets.Reading;
using NodaTime;

namespace Ledger.ClusterNode;

/// <summary>
/// A budget sheet to import (<c>POST /import/budget</c>), as <c>ledger import budget</c> takes it. The sheet is read
/// by the node that receives the request, so <see cref="Path"/> names a file on that machine.
/// </summary>
public sealed record ImportItem(string Unit, int Year, string Stage, string Effective, string Path, string? Basis = null, string? Reason = null)
{
    public BudgetImportRequest ToRequest(string actor) =>
        new(Sheet.Open(Path), Unit, Year, Plan.ParseStage(Stage), Plan.ParseDate(Effective, "effective"), Basis, Reason, actor);
}

/// <summary>A realisasi sheet to import (<c>POST /import/realisasi</c>), cumulative to the end of a triwulan or to a date.</summary>
public sealed record RealisasiItem(
    string Unit, int Year, string Path, int? Triwulan = null, string? PeriodEnd = null, bool Correction = false, string? Reason = null)
{
    public RealisasiImport.Request ToRequest(string actor) => new(Sheet.Open(Path), Unit, Year, End(), Correction, Reason, actor);

    private LocalDate End() =>
        RequestValues.PeriodEnd(Year, Triwulan?.ToString(System.Globalization.CultureInfo.InvariantCulture), PeriodEnd, "triwulan", "periodEnd")
            .OrThrow(Plan.Refused)
        ?? throw new ArgumentException("give triwulan (1..4) or periodEnd (YYYY-MM-DD), one of them");
}

/// <summary>A correction of one line's pagu at a stage (<c>POST /correct</c>), as <c>ledger correct</c> takes it; the reason is required.</summary>
/// <param name="Pagu">Rupiah as printed: <c>3.600.000</c>, <c>Rp 3.600.000,00</c> or <c>3600000</c>.</param>
public sealed record CorrectionItem(
    string Unit, int Year, string Stage, string Kode, string Pagu, string Effective, string Reason, string? Basis = null)
{
    public PaguCorrection.Request ToRequest(string actor)
    {
        var kode = RequestValues.Kode(Kode ?? "", "kode").OrThrow(Plan.Refused);
        if (!Rupiah.TryParse(Pagu, out var pagu, out var paguProblem))
            throw new ArgumentException($"pagu: {paguProblem}");
        if (string.IsNullOrWhiteSpace(Reason))
            throw new ArgumentException("reason is required: a correction says why");
        return new(Unit, Year, Plan.ParseStage(Stage), kode, pagu, Plan.ParseDate(Effective, "effective"), Reason, Basis, actor);
    }
}

/// <summary>The node reads the sheet a request names from its own disk; an unreadable one is bad input (400).</summary>
internal static class Sheet
{
    public static SheetSource Open(string path)
    {
        var source = SheetSource.FromFile(path);
        return source.IsOk ? source.Value : throw new InputException(source.Error.ToString());
    }
}
