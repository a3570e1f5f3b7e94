using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Ledger.Application.ReadModels;
using Ledger.Application.Tables;
using Ledger.Domain.Events;
using Ledger.Domain.Performance;
using Ledger.Domain.Values;
using Ledger.Projections;
using Ledger.Testing;
using NodaTime;

namespace Ledger.Application.Tests.ReadModels;

/// <summary>
/// Issue 12, deliverable 3: whatever the order of appends and queries, a table from the cache equals the same table
/// folded afresh from the store. The journal is a murni budget then random budget imports (pagu, effective date and
/// recorded instant drawn at random, so effective dates arrive out of order), appended in random chunks between
/// queries of random time slices.
/// </summary>
public sealed class ReadModelCacheProperties
{
    private static readonly Stage[] Later = [Stage.Pergeseran, Stage.Refocusing, Stage.Perubahan];

    private abstract record Step;

    private sealed record Import(Stage Stage, int Day, int Hour, long PaguA, long PaguC, int Chunk) : Step;

    private sealed record Query(int? AsOfDay, int? KnownAtDay) : Step;

    private static readonly Gen<Step> Steps = Gen.OneOf(
        from stage in Gen.Elements(Later)
        from day in Gen.Choose(0, 364)
        from hour in Gen.Choose(0, 23)
        from a in Gen.Choose(1, 40)
        from c in Gen.Choose(1, 40)
        from chunk in Gen.Choose(1, 8)
        select (Step)new Import(stage, day, hour, a * 100_000L, c * 100_000L, chunk),
        from asOf in Gen.Choose(-1, 364)
        from knownAt in Gen.Choose(-1, 400)
        select (Step)new Query(asOf < 0 ? null : asOf, knownAt < 0 ? null : knownAt));

    [Property(MaxTest = 60)]
    public Property Cached_tables_equal_fresh_folds_after_any_interleaving_of_appends_and_queries() =>
        Prop.ForAll(Steps.ListOf().Select(s => s.Take(14).ToList()).ToArbitrary(), steps =>
        {
            RunAsync(steps).GetAwaiter().GetResult();
            return true;
        });

    private static async Task RunAsync(IReadOnlyList<Step> steps)
    {
        var ct = TestContext.Current.CancellationToken;
        var journal = await ReadModelJournal.WithMurniAsync(ct);
        var cached = new BudgetQueries(new ReadModelCache(journal.Store));
        var pending = new Queue<EventEnvelope>();
        var start = new LocalDate(Build.Year, 1, 1);
        await QueryAsync(cached, journal, TimeSlice.Everything, ct);
        foreach (var step in steps)
        {
            switch (step)
            {
                case Import import:
                    var sheet = ReadModelJournal.Murni.With("7.01.01", pagu: import.PaguA).With("7.02.01", pagu: import.PaguC);
                    var effective = start.PlusDays(import.Day);
                    var recorded = effective.PlusDays(1).At(new LocalTime(import.Hour, 0)).InUtc().ToInstant();
                    foreach (var envelope in journal.Decide(sheet.Import(Build.Context(import.Stage, effective.ToString("yyyy-MM-dd", null), recorded.ToString()))))
                        pending.Enqueue(envelope);
                    var chunk = new List<EventEnvelope>();
                    while (chunk.Count < import.Chunk && pending.TryDequeue(out var next))
                        chunk.Add(next);
                    await journal.AppendAsync(chunk, ct);
                    break;
                case Query query:
                    var slice = new TimeSlice(
                        query.AsOfDay is { } d ? start.PlusDays(d) : null,
                        query.KnownAtDay is { } k ? start.PlusDays(k).AtMidnight().InUtc().ToInstant() : null);
                    await QueryAsync(cached, journal, slice, ct);
                    break;
            }
        }
        await journal.AppendAsync([.. pending], ct);
        await QueryAsync(cached, journal, TimeSlice.Everything, ct);
    }

    private static async Task QueryAsync(BudgetQueries cached, ReadModelJournal journal, TimeSlice slice, CancellationToken ct)
    {
        var fresh = new BudgetQueries(journal.Journal);
        Assert.Equal(
            (await fresh.PerubahanAsync(Build.Unit, Build.Year, null, null, slice, ct)).Rows,
            (await cached.PerubahanAsync(Build.Unit, Build.Year, null, null, slice, ct)).Rows);
        Assert.Equal(
            (await fresh.CapaianAsync(Build.Unit, Build.Year, slice, PredikatScale.Permendagri86, ct)).Rows,
            (await cached.CapaianAsync(Build.Unit, Build.Year, slice, PredikatScale.Permendagri86, ct)).Rows);
        Assert.Equal(
            await fresh.HistoryAsync(Build.Unit, Build.Year, null, ct),
            await cached.HistoryAsync(Build.Unit, Build.Year, null, ct));
    }
}
