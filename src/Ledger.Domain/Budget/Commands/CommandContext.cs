using Ledger.Domain.Values;
using NodaTime;

namespace Ledger.Domain.Budget.Commands;

/// <summary>
/// Who asks for a change, at which stage, in force from when, on what legal basis, and when the ledger
/// records it. <see cref="RecordedAt"/> comes from the caller's clock: the domain reads none.
/// </summary>
public sealed record CommandContext(
    string Unit,
    int FiscalYear,
    Stage Stage,
    LocalDate Effective,
    Instant RecordedAt,
    string Actor,
    string? Basis = null,
    string? Reason = null);
