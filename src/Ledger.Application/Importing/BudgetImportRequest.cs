using Ledger.Domain.Values;
using Ledger.Sheets.Reading;
using NodaTime;

namespace Ledger.Application.Importing;

/// <summary>
/// A budget sheet to import: the sheet as it arrived (a file the CLI read, an upload), whose budget it is, and the stage
/// it records.
/// </summary>
public sealed record BudgetImportRequest(
    SheetSource Sheet,
    string Unit,
    int FiscalYear,
    Stage Stage,
    LocalDate Effective,
    string? Basis,
    string? Reason,
    string Actor);
