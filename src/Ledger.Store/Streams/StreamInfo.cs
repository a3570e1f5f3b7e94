namespace Ledger.Store;

/// <summary>
/// Summary of one stream: <paramref name="Version"/> is the version of its last event (versions
/// start at 0), <paramref name="EventCount"/> the number of events (always Version + 1).
/// Immutable; thread-safe.
/// </summary>
public sealed record StreamInfo(StreamName Stream, long Version, long EventCount);
