using Ledger.Domain.Budget;
using Ledger.Domain.Events;
using Ledger.Domain.Performance;
using Ledger.Domain.Values;
using Ledger.Store;

namespace Ledger.Journal;

/// <summary>
/// The reads the performance framework needs across a unit's streams (ADR 0007): the events of a range of years (the
/// perkembangan table, a Renstra's period), and what a PK is checked against but its own stream does not hold.
/// </summary>
public static class PerformanceReads
{
    /// <summary>The events of the streams of <paramref name="unit"/> from <paramref name="firstYear"/> to <paramref name="lastYear"/>, stream by stream, each oldest first.</summary>
    public static async Task<IReadOnlyList<EventEnvelope>> ReadYearsAsync(this LedgerJournal journal, string unit, int firstYear, int lastYear, CancellationToken ct)
    {
        var events = new List<EventEnvelope>();
        for (var year = Math.Max(firstYear, StreamName.MinFiscalYear); year <= Math.Min(lastYear, StreamName.MaxFiscalYear); year++)
            events.AddRange((await journal.ReadStreamAsync(unit, year, ct)).Events);
        return events;
    }

    /// <summary>
    /// Every Renstra of <paramref name="unit"/>, by first year: what a PK is checked against (the one covering its year,
    /// or, when none does while the unit has some, a refusal). Reads each of the unit's streams once; PKs are rare writes.
    /// </summary>
    public static async Task<IReadOnlyList<RenstraState>> RenstrasOfAsync(this LedgerJournal journal, string unit, CancellationToken ct)
    {
        var renstras = new List<RenstraState>();
        foreach (var stream in await journal.Store.ListStreamsAsync(ct))
        {
            if (stream.Stream.Unit != unit.Trim())
                continue;
            if (PerformanceDecider.Fold((await journal.ReadStreamAsync(unit, stream.Stream.FiscalYear, ct)).Events).Renstra is { } renstra)
                renstras.Add(renstra);
        }
        return [.. renstras.OrderBy(r => r.FirstYear)];
    }

    /// <summary>The open lines of the budget a stream's events leave: the kodes a PK's <c>program</c> cells may name.</summary>
    public static IReadOnlySet<Kode> BudgetKodes(IEnumerable<EventEnvelope> stream) =>
        BudgetDecider.Fold(stream).Lines.Values.Where(l => l.IsOpen).Select(l => l.Kode).ToHashSet();
}
