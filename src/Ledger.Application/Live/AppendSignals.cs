using Ledger.Store;

namespace Ledger.Application.Live;

/// <summary>The append signal of a store: its own when it has one (PostgreSQL LISTEN/NOTIFY), else polling its head.</summary>
public static class AppendSignals
{
    public static IAppendSignal For(IEventStore store) => store as IAppendSignal ?? new HeadPollingSignal(store);
}
