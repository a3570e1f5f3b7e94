namespace Ledger.Store;

/// <summary>
/// Appends events to one stream. Implementations are thread-safe and every append is one
/// transaction: either all events of the batch are stored or none.
/// </summary>
public interface IEventWriter
{
    /// <summary>
    /// Appends <paramref name="events"/> to the end of <paramref name="stream"/>.
    /// <list type="bullet">
    /// <item>Empty batch: no-op, returns the current version and <see cref="GlobalPosition.Start"/>.</item>
    /// <item>Every event id already stored in this stream: appends nothing and returns the current
    /// version with <c>Appended = 0</c>, without checking <paramref name="expected"/> (safe retry).</item>
    /// <item>Some ids stored and some not, or an id stored in another stream:
    /// <see cref="IdempotencyConflictException"/>.</item>
    /// <item>Version mismatch: <see cref="WrongExpectedVersionException"/>.</item>
    /// </list>
    /// </summary>
    /// <exception cref="ArgumentException">Duplicate ids in the batch, or a batch over <see cref="StoreLimits"/>.</exception>
    Task<AppendResult> AppendAsync(
        StreamName stream,
        ExpectedVersion expected,
        IReadOnlyList<EventData> events,
        CancellationToken ct);
}
