using Ledger.Domain.Budget;
using Ledger.Journal.Writing;

namespace Ledger.Runtime.Sharding.Wire;

/// <summary><see cref="WriteOutcome.Accepted"/> on the wire.</summary>
internal sealed record AcceptedDto(int Count, long Version)
{
    public static AcceptedDto From(WriteOutcome.Accepted a) => new(a.Appended, a.StreamVersion);

    public WriteOutcome.Accepted ToOutcome() => new(Count, Version);
}

/// <summary>
/// The decider's <see cref="Rejection"/> on the wire, the one place the cluster maps it: the message and the cell it
/// points at, where it does.
/// </summary>
internal sealed record RejectionDto(string Message, string? Kode, string? Field)
{
    public static RejectionDto From(Rejection r) => new(r.Message, r.Kode?.Value, r.Field);

    public Rejection ToRejection() => new(Message, Kode is null ? null : Domain.Values.Kode.Parse(Kode), Field);
}
