using Ledger.Domain.Values;

namespace Ledger.Domain.Budget;

/// <summary>
/// Why a command was refused: an expected outcome returned as data, not an exception. <see cref="Kode"/>
/// and <see cref="Field"/> (a sheet column: kode, pagu, target) let the caller point at the cell.
/// </summary>
public sealed record Rejection(string Message, Kode? Kode = null, string? Field = null)
{
    /// <summary>The sheet row the refusal is about, for sheets whose rows have no kode (the performance sheets); null when none.</summary>
    public int? Row { get; init; }

    /// <summary>The message the user reads.</summary>
    public override string ToString() => Message;
}
