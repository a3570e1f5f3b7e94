using Ledger.Domain.Values;
using NodaTime;

namespace Ledger.Application.Importing;

/// <summary>A budget sheet to import: the file, whose budget it is, and the stage it records.</summary>
public sealed record BudgetImportRequest(
    string Path,
    string Unit,
    int FiscalYear,
    Stage Stage,
    LocalDate Effective,
    string? Basis,
    string? Reason,
    string Actor);

/// <summary>What an accepted import did: events appended (0 when the sheet was already imported) and the sheet's own findings.</summary>
public sealed record BudgetImportOutcome(int Appended, long StreamVersion, int Lines, IReadOnlyList<Sheets.Checks.Finding> Warnings);
