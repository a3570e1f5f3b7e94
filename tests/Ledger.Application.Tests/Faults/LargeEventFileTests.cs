using System.Text;
using Ledger.Application.Maintenance;
using Ledger.Application.Transfer;
using Ledger.Domain.Budget;
using Ledger.Domain.Budget.Commands;
using Ledger.Domain.Json;
using Ledger.Domain.Values;
using Ledger.Store;
using NodaTime;

namespace Ledger.Application.Tests.Faults;

/// <summary>
/// An event file whose events together exceed what a store takes in one append (64 MiB) is still appended
/// whole: the appends are cut to size beforehand, rather than the store refusing one after others were written.
/// </summary>
public sealed class LargeEventFileTests
{
    [Fact]
    public async Task An_event_file_larger_than_one_transaction_is_appended_whole()
    {
        // One murni import of lines with 1 MB names, as the decider writes it: the file passes every check of append.
        var count = (int)(StoreLimits.MaxBatchPayloadBytes / 1_000_000) + 2;
        var lines = Enumerable.Range(1, count)
            .Select(i => new PlannedLine(Kode.Parse($"1.{i:D2}"), Level.Program, null, $"{i} " + new string('x', 1_000_000), LineAttributes.None, Money.Zero, []))
            .ToList();
        var context = new CommandContext("Kecamatan Besar", 2024, Stage.Murni, new LocalDate(2023, 12, 31), FaultJournals.Now, "fuzz");
        var decided = (Decision.Accepted)BudgetDecider.Decide(new ImportBudget(context, "besar.csv", lines, HasIndicators: false), BudgetState.Initial);
        var path = Path.Combine(FaultJournals.ScratchDirectory, $"{Guid.NewGuid():N}.jsonl");
        await using (var file = new StreamWriter(path, append: false, new UTF8Encoding(false)))
        {
            foreach (var envelope in decided.Events)
                await file.WriteLineAsync(Encoding.UTF8.GetString(EventJson.Serialize(envelope)));
        }
        try
        {
            await using var store = await FaultJournals.HeldInMemoryAsync();
            var before = await store.HeadAsync(CancellationToken.None);

            var outcome = await JournalAppend.AppendAsync(store, path, CancellationToken.None);

            Assert.Equal(count + 1, outcome.Appended);
            Assert.Equal(before.Value + count + 1, (await store.HeadAsync(CancellationToken.None)).Value);
            Assert.True((await Verify.RunAsync(store, progress: null, CancellationToken.None)).IsIntact);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
