using Ledger.Domain.Budget.Commands;

namespace Ledger.Domain.Performance.Commands;

/// <summary>
/// What a planner asks of a unit's performance framework. A closed hierarchy decided by <see cref="PerformanceDecider"/>
/// on the state of the unit-year stream it writes to (ADR 0007): <see cref="CommandContext.FiscalYear"/> is the
/// Renstra's first year, or the PK's and pengukuran's year.
/// </summary>
public abstract record PerformanceCommand(CommandContext Context)
{
    /// <summary>Identifies the content of the command; equal fingerprints give equal event ids.</summary>
    public abstract string Fingerprint { get; }

    /// <summary>The sheet's file name, for the audit trail.</summary>
    public abstract string Source { get; }

    /// <summary>The same command recorded at <paramref name="recorded"/> (a writer stamps commands with its own clock).</summary>
    public PerformanceCommand StampedAt(NodaTime.Instant recorded) => this with { Context = Context with { RecordedAt = recorded } };
}
