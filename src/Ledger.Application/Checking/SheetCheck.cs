using Ledger.Sheets.Budget;
using Ledger.Sheets.Checks;
using Ledger.Sheets.Lines;
using Ledger.Sheets.Reading;
using Ledger.Sheets.Realisasi;

namespace Ledger.Application.Checking;

/// <summary>
/// The reviewer's report on source sheets: every printed total or percentage that does not follow from
/// the sheets' numbers. Sheets are told apart by their columns (<see cref="SheetKinds.Of"/>).
/// <para>
/// A budget sheet is checked on its own (<see cref="BudgetChecks"/>). A realisasi sheet is checked
/// against the budget sheet given with it (<see cref="RealisasiChecks"/>), paired by order: the nearest
/// budget sheet before it in the list, or, when none precedes it, the only budget sheet given. So
/// <c>check b1 r1 b2 r2</c> pairs r1 with b1 and r2 with b2, and <c>check r1 b1</c> pairs r1 with b1.
/// A realisasi sheet with no budget to pair with (none given, or several, all after it) is checked on
/// its own: its parent totals and grand totals against its own leaves, its percentages not at all.
/// </para>
/// </summary>
public static class SheetCheck
{
    /// <param name="File">The sheet as the user named it (<see cref="SheetSource.Name"/>).</param>
    /// <param name="Kind">Budget or realisasi.</param>
    /// <param name="Findings">In row order.</param>
    /// <param name="Budget">For a realisasi sheet, the name of the budget sheet it was checked against; null when none.</param>
    public sealed record FileFindings(string File, SheetKind Kind, IReadOnlyList<Finding> Findings, string? Budget = null);

    /// <param name="sources">
    /// The sheets in the order given, each read and parsed as it is enumerated: an edge that opens files lazily reports
    /// the first bad one in that order.
    /// </param>
    /// <exception cref="InputException">A sheet cannot be read or parsed, or is neither kind of sheet.</exception>
    public static IReadOnlyList<FileFindings> Run(IEnumerable<SheetSource> sources)
    {
        ArgumentNullException.ThrowIfNull(sources);
        var sheets = sources.Select(Read).ToList();
        var budgets = sheets.Where(s => s.Budget is not null).ToList();
        var results = new List<FileFindings>();
        for (var i = 0; i < sheets.Count; i++)
        {
            var sheet = sheets[i];
            if (sheet.Budget is { } budget)
            {
                results.Add(new FileFindings(sheet.Name, SheetKind.Budget, BudgetChecks.Run(budget)));
                continue;
            }
            var pair = sheets.Take(i).LastOrDefault(s => s.Budget is not null) ?? (budgets.Count == 1 ? budgets[0] : null);
            results.Add(new FileFindings(sheet.Name, SheetKind.Realisasi, RealisasiChecks.Run(sheet.Realisasi!, pair?.Budget), pair?.Name));
        }
        return results;
    }

    private sealed record ParsedSheet(string Name, BudgetSheet? Budget, RealisasiSheet? Realisasi);

    private static ParsedSheet Read(SheetSource source)
    {
        var name = source.Name;
        var read = SheetReader.Read(source);
        if (!read.IsOk)
            throw new InputException(read.Error.ToString());
        var sheet = read.Value;
        switch (SheetKinds.Of(sheet))
        {
            case SheetKind.Budget:
                var budget = BudgetSheetParser.Parse(sheet);
                return budget.IsOk ? new ParsedSheet(name, budget.Value, null) : throw new InputException(budget.Error.ToString());
            case SheetKind.Realisasi:
                var realisasi = RealisasiSheetParser.Parse(sheet);
                return realisasi.IsOk ? new ParsedSheet(name, null, realisasi.Value) : throw new InputException(realisasi.Error.ToString());
            default:
                throw new InputException($"{name}:1:0 neither a budget sheet (kode, uraian, pagu) nor a realisasi sheet (kode, realisasi)");
        }
    }
}
