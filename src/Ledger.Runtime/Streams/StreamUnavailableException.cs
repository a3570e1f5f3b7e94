using Ledger.Store;

namespace Ledger.Runtime.Streams;

/// <summary>
/// A command reached a stream actor that stopped before deciding it: recovery failed (an unreadable event, the
/// store unreachable) or the journal failed. Nothing was written for this command. <see cref="Exception.InnerException"/>
/// is the cause when it is known.
/// </summary>
public sealed class StreamUnavailableException(StreamName stream, Exception? cause)
    : Exception(cause is null
        ? $"the writer of '{stream}' stopped before deciding the command; nothing was written"
        : $"the writer of '{stream}' stopped before deciding the command ({cause.Message}); nothing was written", cause)
{
    public StreamName Stream { get; } = stream;
}
