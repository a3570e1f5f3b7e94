using Ledger.Sheets.Budget;
using Ledger.Sheets.Checks;
using Ledger.Sheets.Lines;
using Ledger.Sheets.Reading;

namespace Ledger.Application.Checking;

/// <summary>
/// The reviewer's report on source sheets: every printed total or percentage that does not follow from
/// the sheet's own numbers. Sheets are told apart by their columns.
/// </summary>
public static class SheetCheck
{
    public sealed record FileFindings(string File, SheetKind Kind, IReadOnlyList<Finding> Findings);

    /// <exception cref="InputException">A file cannot be read or parsed.</exception>
    public static IReadOnlyList<FileFindings> Run(IReadOnlyList<string> paths)
    {
        var results = new List<FileFindings>();
        foreach (var path in paths)
        {
            var read = SheetReader.Read(path);
            if (!read.IsOk)
                throw new InputException(read.Error.ToString());
            var sheet = read.Value;
            var kind = SheetKinds.Of(sheet);
            results.Add(kind switch
            {
                SheetKind.Budget => new FileFindings(path, kind, BudgetChecks.Run(Parse(sheet))),
                _ => throw new InputException($"{path}:1:0 neither a budget sheet (kode, uraian, pagu) nor a realisasi sheet (kode, realisasi)"),
            });
        }
        return results;
    }

    private static BudgetSheet Parse(Sheet sheet)
    {
        var parsed = BudgetSheetParser.Parse(sheet);
        return parsed.IsOk ? parsed.Value : throw new InputException(parsed.Error.ToString());
    }
}
