using Ledger.Store;

namespace Ledger.Runtime.Journal;

/// <summary>
/// Every event of a write was in the stream already (same ids): a concurrent writer decided the same command on
/// the same stream first. Nothing was written; <see cref="StreamVersion"/> is the stream's version now.
/// </summary>
public sealed class AlreadyStoredException(StreamName stream, long streamVersion)
    : Exception($"the events of this write to '{stream}' are already stored (stream at version {streamVersion}); nothing was written")
{
    public StreamName Stream { get; } = stream;

    public long StreamVersion { get; } = streamVersion;
}
