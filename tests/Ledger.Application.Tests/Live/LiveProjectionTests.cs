using Ledger.Application.Importing;
using Ledger.Application.Live;
using Ledger.Domain.Values;
using Ledger.Journal;
using Ledger.Sheets.Reading;
using Ledger.Store;
using Ledger.Store.Sqlite;
using NodaTime;

namespace Ledger.Application.Tests.Live;

/// <summary>Live projections follow the journal as other writers append to it, without a tight polling loop.</summary>
public sealed class LiveProjectionTests : IAsyncLifetime
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"ledger-live-{Guid.NewGuid():N}.db");
    private SqliteEventStore _reader = null!;
    private SqliteEventStore _writer = null!;

    public async ValueTask InitializeAsync()
    {
        _reader = await SqliteEventStore.OpenAsync(_path, CancellationToken.None);
        _writer = await SqliteEventStore.OpenAsync(_path, CancellationToken.None);
    }

    public async ValueTask DisposeAsync()
    {
        await _reader.DisposeAsync();
        await _writer.DisposeAsync();
        foreach (var file in Directory.GetFiles(Path.GetDirectoryName(_path)!, Path.GetFileName(_path) + "*"))
            File.Delete(file);
    }

    [Fact]
    public async Task An_import_by_another_store_instance_reaches_the_live_projection()
    {
        using var live = new LiveProjection(_reader, new HeadPollingSignal(_reader, TimeSpan.FromMilliseconds(50)));
        Assert.Null(live.Budget("Kecamatan Mangkutana", 2020));

        var outcome = await Import(_writer, "mangkutana-2020-murni.csv", Stage.Murni, "2019-12-31");
        using var timeout = new CancellationTokenSource(Patience);
        await live.WaitForAsync(outcome.StreamVersion + 1, timeout.Token);

        var budget = live.Budget("Kecamatan Mangkutana", 2020)!;
        Assert.Equal(172, budget.EventCount);
        Assert.Equal([("Kecamatan Mangkutana", (IReadOnlyList<int>)[2020])], live.Units().Select(u => (u.Unit, u.Years)).ToList(),
            new UnitComparer());
    }

    [Fact]
    public async Task A_subscriber_joining_late_first_gets_the_history_then_each_new_checkpoint()
    {
        await Import(_writer, "mangkutana-2020-murni.csv", Stage.Murni, "2019-12-31");
        using var live = new LiveProjection(_reader, new HeadPollingSignal(_reader, TimeSpan.FromMilliseconds(50)));
        var seen = new List<long>();
        using var subscription = live.Checkpoints.Subscribe(seen.Add);
        using var timeout = new CancellationTokenSource(Patience);
        await live.WaitForAsync(172, timeout.Token);

        await Import(_writer, "mangkutana-2020-perubahan.csv", Stage.Perubahan, "2020-08-05");
        await live.WaitForAsync(224, timeout.Token);

        Assert.Equal(224, live.Budget("Kecamatan Mangkutana", 2020)!.EventCount);
        Assert.Equal(seen.Order(), seen);
        Assert.Equal(224, seen[^1]);
    }

    private static async Task<CommandResult.Accepted> Import(IEventStore store, string sample, Stage stage, string effective) =>
        (await new BudgetImport(new LedgerJournal(store), NodaTime.Testing.FakeClock.FromUtc(2020, 8, 5))
            .RunAsync(new BudgetImportRequest(SheetSource.FromFile(Sample(sample)).ValueOrThrow(), "Kecamatan Mangkutana", 2020, stage,
                NodaTime.Text.LocalDatePattern.Iso.Parse(effective).Value, null, null, "tester"), null, CancellationToken.None)).AcceptedOrThrow();

    private static string Sample(string name)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "samples", name);
            if (File.Exists(candidate))
                return candidate;
        }
        throw new FileNotFoundException(name);
    }

    private sealed class UnitComparer : IEqualityComparer<(string, IReadOnlyList<int>)>
    {
        public bool Equals((string, IReadOnlyList<int>) a, (string, IReadOnlyList<int>) b) => a.Item1 == b.Item1 && a.Item2.SequenceEqual(b.Item2);

        public int GetHashCode((string, IReadOnlyList<int>) value) => value.Item1.GetHashCode(StringComparison.Ordinal);
    }
}
