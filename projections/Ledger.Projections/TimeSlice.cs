using Ledger.Domain.Events;
using NodaTime;

namespace Ledger.Projections;

/// <summary>
/// Which events a table sees: those legally in force on <see cref="AsOf"/> (effective on or before it)
/// and known to the ledger at <see cref="AsKnownAt"/> (recorded at or before it). Null means no limit.
/// </summary>
public readonly record struct TimeSlice(LocalDate? AsOf, Instant? AsKnownAt)
{
    public static readonly TimeSlice Everything = new(null, null);

    public bool Includes(EventEnvelope envelope) =>
        (AsOf is not { } asOf || envelope.Effective <= asOf)
        && (AsKnownAt is not { } knownAt || envelope.Recorded <= knownAt);
}
