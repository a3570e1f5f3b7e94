using Ledger.Store;

namespace Ledger.Runtime.Streams;

/// <summary>Sent by an idle stream actor to its parent (local mode): stop me once my mailbox is drained.</summary>
public sealed class PassivateStream
{
    public static readonly PassivateStream Instance = new();

    private PassivateStream()
    {
    }
}

/// <summary>Tells a stream actor to stop. Stashed while a write is in flight, so a write is never cut short.</summary>
public sealed class StopStream
{
    public static readonly StopStream Instance = new();

    private StopStream()
    {
    }
}

/// <summary>A stream actor could not recover its stream and is stopping; commands sent to it fail with this cause.</summary>
public sealed record StreamFailed(StreamName Stream, Exception Cause);
