using Ledger.Domain.Values;
using NodaTime;

namespace Ledger.Domain.Budget;

/// <summary>One imported sheet: a step of the budget cycle, with when it took effect and its legal basis.</summary>
public sealed record StageStep(Stage Stage, LocalDate Effective, Instant Recorded, string Source, string? Basis);

/// <summary>One imported realisasi sheet: the period it reports and when the ledger learned it.</summary>
public sealed record ReportStep(LocalDate PeriodEnd, Instant Recorded, string Source);
