using Ledger.Sheets.Reading;
using NodaTime;

namespace Ledger.Application.Importing;

/// <summary>A Renstra sheet to import (contract §9.1): whose, for which period, in force from when, on what basis.</summary>
public sealed record RenstraImportRequest(
    SheetSource Sheet, string Unit, int FirstYear, int LastYear, LocalDate Effective, string? Basis, string? Reason, string Actor);

/// <summary>A Perjanjian Kinerja sheet to import (contract §9.2): whose, for which year, signed when, on what basis.</summary>
public sealed record PkImportRequest(
    SheetSource Sheet, string Unit, int FiscalYear, LocalDate Effective, string? Basis, string? Reason, string Actor);

/// <summary>A kinerja (pengukuran) sheet to import (contract §9.3): whose, for which year, reported to which period end.</summary>
public sealed record KinerjaImportRequest(SheetSource Sheet, string Unit, int FiscalYear, LocalDate PeriodEnd, string Actor);
