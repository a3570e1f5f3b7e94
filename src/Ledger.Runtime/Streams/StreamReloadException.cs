using Ledger.Store;

namespace Ledger.Runtime.Streams;

/// <summary>
/// Thrown by a stream actor after the journal refused a write, so that its supervisor restarts it: the new
/// incarnation recovers the stream as stored before deciding anything else. Expected, not a bug.
/// </summary>
public sealed class StreamReloadException(StreamName stream, Exception cause)
    : Exception($"the journal refused a write to '{stream}'; reloading the stream", cause);
