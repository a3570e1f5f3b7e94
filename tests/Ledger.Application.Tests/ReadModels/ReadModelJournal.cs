using Ledger.Domain.Budget;
using Ledger.Domain.Budget.Commands;
using Ledger.Domain.Events;
using Ledger.Domain.Values;
using Ledger.Journal;
using Ledger.Store;
using Ledger.Testing;

namespace Ledger.Application.Tests.ReadModels;

/// <summary>A unit-year for the read-model tests: a murni budget in the store, and a perubahan whose events can be appended one at a time.</summary>
internal sealed class ReadModelJournal
{
    public static readonly Sheet Murni = Sheet.Empty
        .Line("7.01", "Program Pelayanan")
        .Line("7.01.01", "Kegiatan A", 1_000_000)
        .Line("7.01.02", "Kegiatan B", 2_000_000)
        .Line("7.02", "Program Pembangunan")
        .Line("7.02.01", "Kegiatan C", 3_000_000);

    public static readonly Sheet Perubahan = Murni.With("7.01.01", pagu: 1_500_000).With("7.02.01", pagu: 2_500_000).Line("7.02.02", "Kegiatan D", 700_000);

    public InMemoryEventStore Store { get; } = new();

    public LedgerJournal Journal => new(Store);

    public BudgetState State { get; private set; } = BudgetState.Initial;

    /// <summary>The events of a command against the state so far (none when the decider refuses it).</summary>
    public IReadOnlyList<EventEnvelope> Decide(ImportBudget command)
    {
        if (BudgetDecider.Decide(command, State) is not Decision.Accepted accepted)
            return [];
        var fold = new BudgetFold(State);
        foreach (var envelope in accepted.Events)
            fold.Apply(envelope);
        State = fold.ToState();
        return accepted.Events;
    }

    public async Task AppendAsync(IReadOnlyList<EventEnvelope> events, CancellationToken ct)
    {
        if (events.Count == 0)
            return;
        var version = await Store.StreamVersionAsync(LedgerJournal.StreamOf(Build.Unit, Build.Year), ct);
        await Journal.AppendAsync(Build.Unit, Build.Year, version < 0 ? ExpectedVersion.NoStream : ExpectedVersion.Exactly(version), events, ct);
    }

    public static async Task<ReadModelJournal> WithMurniAsync(CancellationToken ct)
    {
        var journal = new ReadModelJournal();
        await journal.AppendAsync(journal.Decide(Murni.Import(Stage.Murni, "2019-12-31", "2020-01-02T09:00:00Z")), ct);
        return journal;
    }
}
