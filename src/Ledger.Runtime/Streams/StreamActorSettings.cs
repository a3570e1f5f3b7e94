namespace Ledger.Runtime.Streams;

/// <summary>
/// How a <see cref="BudgetStreamActor"/> is hosted. <paramref name="PassivateRequest"/> is what it sends its parent
/// after <paramref name="IdleTimeout"/> without commands: <see cref="PassivateStream"/> under
/// <see cref="BudgetStreams"/>, Akka's <c>Passivate(StopStream)</c> under a shard. Null timeout: never passivate.
/// <paramref name="ReportFailureToParent"/>: tell the parent <see cref="StreamFailed"/> (only
/// <see cref="BudgetStreams"/> understands it).
/// </summary>
public sealed record StreamActorSettings(
    string JournalPluginId,
    TimeSpan? IdleTimeout,
    object PassivateRequest,
    bool ReportFailureToParent)
{
    public const string NoSnapshotStore = "akka.persistence.no-snapshot-store";

    /// <summary>
    /// When set, the actor stamps each command with this clock as it decides it (the instant the ledger learns it);
    /// when null, the instant the caller stamped stands. Either way an instant earlier than the stream's last is refused.
    /// </summary>
    public NodaTime.IClock? Clock { get; init; }
}
