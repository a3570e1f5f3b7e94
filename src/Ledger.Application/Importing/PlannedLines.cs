using Ledger.Domain.Budget.Commands;
using Ledger.Sheets.Budget;

namespace Ledger.Application.Importing;

/// <summary>Turns a parsed budget sheet into the lines of an <see cref="ImportBudget"/> command.</summary>
public static class PlannedLines
{
    public static IReadOnlyList<PlannedLine> From(BudgetSheet sheet) =>
        sheet.Lines.Select(line => new PlannedLine(
            line.Kode,
            line.Level,
            line.Parent,
            line.Uraian,
            new Domain.Values.LineAttributes(line.Attributes.Lokasi, line.Attributes.SumberDana, line.Attributes.KelompokSasaran),
            line.IsLeaf ? line.Pagu : Domain.Values.Money.Zero,
            line.Indicators.Select(i => new PlannedIndicator(i.Name, i.Target, i.Arah)).ToList()))
        .ToList();

    /// <summary>True when the sheet has an indicator column, so indicators missing from a line mean "dropped".</summary>
    public static bool HasIndicators(Sheets.Reading.Sheet sheet) =>
        sheet.Header.Any(h => string.Equals(h.Trim(), "indikator", StringComparison.OrdinalIgnoreCase));
}
