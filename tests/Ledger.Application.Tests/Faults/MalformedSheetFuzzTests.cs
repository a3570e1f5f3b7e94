using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Ledger.Application.Tests.Faults;

/// <summary>
/// Issue #7, "faults that lose nothing", for sheets: thousands of damaged budget and realisasi sheets, each
/// imported whole or refused with one line naming the file (and the cell), the journal left as it was.
/// A failure prints FsCheck's seed and the case in words; <c>[Property(Replay = "(seed,gamma,size)")]</c> runs it again.
/// </summary>
public sealed class MalformedSheetFuzzTests
{
    [Property(MaxTest = 900)]
    public Property A_damaged_budget_sheet_is_imported_whole_or_refused_in_one_line_leaving_the_journal_as_it_was() =>
        Prop.ForAll(SheetCase.Any(SheetTarget.Budgets).ToArbitrary(), sheet =>
            Classify(FuzzCase.Run(async () => await SheetFuzz.RunAsync(sheet, await FaultJournals.HeldInMemoryAsync()))));

    [Property(MaxTest = 500)]
    public Property A_damaged_realisasi_sheet_is_imported_whole_or_refused_in_one_line_leaving_the_journal_as_it_was() =>
        Prop.ForAll(SheetCase.Any(SheetTarget.Realisasi).ToArbitrary(), sheet =>
            Classify(FuzzCase.Run(async () => await SheetFuzz.RunAsync(sheet, await FaultJournals.HeldInMemoryAsync()))));

    [Property(MaxTest = 400)]
    public Property A_refused_cell_value_is_named_by_its_row_and_column() =>
        Prop.ForAll(SheetCase.CellMutations([.. SheetTarget.Budgets, .. SheetTarget.Realisasi]).ToArbitrary(), sheet =>
            Classify(FuzzCase.Run(async () => await SheetFuzz.RunAsync(sheet, await FaultJournals.HeldInMemoryAsync()))));

    [Property(MaxTest = 60)]
    public Property A_damaged_xlsx_workbook_is_imported_whole_or_refused_in_one_line_leaving_the_journal_as_it_was() =>
        Prop.ForAll(XlsxCases.Any([.. SheetTarget.Budgets, .. SheetTarget.Realisasi]).ToArbitrary(), sheet =>
            Classify(FuzzCase.Run(async () => await SheetFuzz.RunAsync(sheet, await FaultJournals.HeldInMemoryAsync()))));

    [Property(MaxTest = 200)]
    public Property A_damaged_sheet_leaves_a_sqlite_journal_as_it_was() =>
        Prop.ForAll(SheetCase.Any([.. SheetTarget.Budgets, .. SheetTarget.Realisasi]).ToArbitrary(), sheet =>
            Classify(FuzzCase.Run(() => FaultJournals.WithHeldSqliteAsync(store => SheetFuzz.RunAsync(sheet, store)))));

    private static Property Classify(string outcome) => true.Classify(outcome == NothingLost.Accepted, NothingLost.Accepted);
}
