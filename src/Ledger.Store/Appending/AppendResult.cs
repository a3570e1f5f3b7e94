namespace Ledger.Store;

/// <summary>
/// Outcome of an append. <paramref name="StreamVersion"/> is the version of the stream's last event
/// afterwards (-1 if none). <paramref name="LastPosition"/> is the position a reader must reach to see
/// the whole batch: the position of its last event (also when it was already stored), or
/// <see cref="GlobalPosition.Start"/> for an empty batch. <paramref name="Appended"/> counts events
/// written by this call: 0 when the batch was empty or already stored.
/// </summary>
public readonly record struct AppendResult(long StreamVersion, GlobalPosition LastPosition, int Appended);
