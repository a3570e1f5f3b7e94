using Ledger.Application.Tables;
using Ledger.Domain.Budget;
using Ledger.Domain.Events;
using Ledger.Domain.Values;
using Ledger.Journal;
using Ledger.Projections;
using Ledger.Store;
using Ledger.Testing;

namespace Ledger.Application.Tests.Tables;

/// <summary>
/// Issue 11, finding 11: the decider now keeps every amount and total within Rp 10^15, but a journal written before
/// may hold pagu whose sums overflow 64 bits. Its tables are then refused in one line (an <see cref="InputException"/>),
/// never an <see cref="OverflowException"/>.
/// </summary>
public sealed class OverflowingJournalTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Given_a_journal_with_pagu_summing_beyond_64_bits_when_a_table_is_asked_then_it_is_refused_in_one_line()
    {
        var journal = new LedgerJournal(new InMemoryEventStore());
        var decided = (Decision.Accepted)BudgetDecider.Decide(
            Sheet.Empty.Line("7.01", "Program").Line("7.01.01", "Sub A", 1_000).Line("7.01.02", "Sub B", 2_000).Import(Stage.Murni, "2019-12-31"),
            BudgetState.Initial);
        // As an old journal may hold them: two pagu the decider of today would refuse, written before the limit.
        var events = decided.Events
            .Select(e => e.Event is PaguAllocated p ? e with { Event = p with { Pagu = new Money(long.MaxValue - 1) } } : e)
            .ToList();
        await journal.AppendAsync(Build.Unit, Build.Year, ExpectedVersion.NoStream, events, Ct);

        var refused = await Assert.ThrowsAsync<InputException>(() =>
            new BudgetQueries(journal).PerubahanAsync(Build.Unit, Build.Year, null, null, TimeSlice.Everything, Ct));

        Assert.Contains("beyond what the ledger can add up", refused.Message);
        Assert.DoesNotContain('\n', refused.Message);
    }
}
