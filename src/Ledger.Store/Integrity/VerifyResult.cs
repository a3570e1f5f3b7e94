namespace Ledger.Store;

/// <summary>
/// Outcome of <see cref="JournalVerifier"/>.VerifyAsync. <paramref name="EventsChecked"/> counts the
/// events found intact before the first problem (all events when intact).
/// <paramref name="FirstBadPosition"/> is where the journal first deviates (for a gap: the missing
/// position; for a journal that no longer holds an expected head: that head's position) and
/// <paramref name="Problem"/> says how; both null when intact. Immutable.
/// </summary>
public sealed record VerifyResult(long EventsChecked, GlobalPosition? FirstBadPosition, string? Problem)
{
    /// <summary>True when no problem was found.</summary>
    public bool IsIntact => FirstBadPosition is null;

    /// <summary>The last event checked (<see cref="JournalHead.Empty"/> for an empty journal); null when not intact.</summary>
    public JournalHead? Head { get; init; }
}
