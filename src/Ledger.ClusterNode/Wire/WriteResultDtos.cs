using Ledger.Domain.Budget;
using Ledger.Runtime.Streams;

namespace Ledger.ClusterNode.Wire;

/// <summary><see cref="WriteResult.Accepted"/> on the wire.</summary>
internal sealed record AcceptedDto(int Count, long Version)
{
    public static AcceptedDto From(WriteResult.Accepted a) => new(a.Count, a.StreamVersion);

    public WriteResult.Accepted ToResult() => new(Count, Version);
}

/// <summary><see cref="WriteResult.Rejected"/> on the wire: the message and the cell it points at, where it does.</summary>
internal sealed record RejectedDto(string Message, string? Kode, string? Field)
{
    public static RejectedDto From(WriteResult.Rejected r) => new(r.Reason.Message, r.Reason.Kode?.Value, r.Reason.Field);

    public WriteResult.Rejected ToResult() =>
        new(new Rejection(Message, Kode is null ? null : Domain.Values.Kode.Parse(Kode), Field));
}
