using System.Diagnostics;
using System.Net;
using System.Text.Json;
using Ledger.Application.Live;
using Ledger.Application.ReadModels;
using Ledger.Domain.Events;
using Ledger.Domain.Values;
using Ledger.Journal;
using Ledger.Store;
using Ledger.Web.Tests.Support;
using Ledger.Web.Users;
using Microsoft.Extensions.DependencyInjection;

namespace Ledger.Web.Tests.Api;

/// <summary>
/// Issue 12, deliverable 3, measured where users feel it: <c>/api/tables/perubahan</c> of a 2,000-line unit-year. The
/// counters of the server's <see cref="ReadModelCache"/> say what each request cost; the timings are written to the
/// test output (and to <c>$LEDGER_READMODEL_REPORT</c> when set) for the README, never asserted.
/// </summary>
public sealed class TableReadModelTests : IAsyncLifetime
{
    private const string BigUnit = "Kabupaten Uji Besar";
    private const int BigYear = 2025;
    private const int Repeats = 50;
    private static readonly string Url = $"api/tables/perubahan?unit={Uri.EscapeDataString(BigUnit)}&year={BigYear}";

    private TestLedger _ledger = null!;
    private HttpClient _api = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _ledger = await TestLedger.StartAsync(sqlite: true, seed: async store =>
        {
            await Seeds.MangkutanaAsync(store);
            var big = Path.Combine(Path.GetTempPath(), $"ledger-besar-{Guid.NewGuid():N}.csv");
            await File.WriteAllTextAsync(big, TestSheets.Generated(2_000));
            await Seeds.BudgetAsync(store, big, BigUnit, BigYear, Stage.Murni, "2024-12-31", "2025-01-02T09:00:00Z");
            File.Delete(big);
        });
        _api = _ledger.Client(await _ledger.TokenAsync("vera", UserRole.Viewer));
    }

    public async ValueTask DisposeAsync() => await _ledger.DisposeAsync();

    [Fact]
    public async Task A_repeated_perubahan_request_reads_and_folds_nothing_and_after_one_more_event_folds_only_that_event()
    {
        var models = _ledger.Server.Services.GetRequiredService<ReadModelCache>();
        var streamEvents = await _ledger.Store.StreamVersionAsync(LedgerJournal.StreamOf(BigUnit, BigYear), Ct) + 1;

        // The server's first table pays for JIT compilation: a small unit-year's table takes that cost out of the measurement.
        for (var i = 0; i < 5; i++)
            await TimedAsync("api/tables/perubahan?unit=Kecamatan%20Mangkutana&year=2020");
        var start = models.Counters;
        var (firstMs, firstJumlah) = await TimedAsync();
        var first = models.Counters.Since(start);

        var repeated = new List<double>();
        var beforeRepeats = models.Counters;
        for (var i = 0; i < Repeats; i++)
            repeated.Add((await TimedAsync()).Ms);
        var repeats = models.Counters.Since(beforeRepeats);

        var beforeAppend = models.Counters;
        await AppendOneEventAsync();
        var (afterMs, afterJumlah) = await TimedAsync();
        var afterAppend = models.Counters.Since(beforeAppend);

        Assert.Equal(new ReadModelCounters(1, 1, streamEvents, streamEvents), first);
        Assert.Equal(new ReadModelCounters(Repeats, 0, 0, 0), repeats);
        Assert.Equal(1, afterAppend.EventsFolded);
        Assert.Equal(0, afterAppend.EventsRead);
        Assert.Equal(firstJumlah + 1, afterJumlah);
        Report(streamEvents, firstMs, repeated, afterMs, first, repeats, afterAppend);
    }

    private async Task<(double Ms, long Jumlah)> TimedAsync(string? url = null)
    {
        var watch = Stopwatch.StartNew();
        using var response = await _api.GetAsync(url ?? Url, Ct);
        var body = await response.Content.ReadAsStringAsync(Ct);
        watch.Stop();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode} {body}");
        var jumlah = JsonDocument.Parse(body).RootElement.GetProperty("rows").EnumerateArray().Last().GetProperty("pagu_setelah").GetInt64();
        return (watch.Elapsed.TotalMilliseconds, jumlah);
    }

    /// <summary>One rupiah more on the first line's murni pagu, as one event; waits until the live follower has it.</summary>
    private async Task AppendOneEventAsync()
    {
        var journal = new LedgerJournal(_ledger.Store);
        var (events, version) = await journal.ReadStreamAsync(BigUnit, BigYear, Ct);
        var allocated = events.First(e => e.Event is PaguAllocated);
        var pagu = (PaguAllocated)allocated.Event;
        var more = allocated with { Id = Guid.NewGuid(), Event = pagu with { Pagu = new Money(pagu.Pagu.Rupiah + 1) } };
        await journal.AppendAsync(BigUnit, BigYear, ExpectedVersion.Exactly(version), [more], Ct);
        var live = _ledger.Server.Services.GetRequiredService<LiveProjection>();
        await live.WaitForAsync((await _ledger.Store.HeadAsync(Ct)).Value, Ct);
    }

    private static void Report(
        long streamEvents, double firstMs, List<double> repeated, double afterMs, ReadModelCounters first, ReadModelCounters repeats, ReadModelCounters after)
    {
        repeated.Sort();
        var median = repeated[repeated.Count / 2];
        var text = string.Join('\n',
            $"perubahan of {BigUnit} {BigYear}: 2,000 lines, {streamEvents} events",
            $"first request: {firstMs:F1} ms; counters {first}",
            $"repeated ({Repeats}×): median {median:F2} ms, min {repeated[0]:F2} ms, max {repeated[^1]:F2} ms; counters {repeats}",
            $"first/median repeated: {firstMs / median:F1}×",
            $"after one more event: {afterMs:F2} ms; counters {after}");
        TestContext.Current.TestOutputHelper?.WriteLine(text);
        if (Environment.GetEnvironmentVariable("LEDGER_READMODEL_REPORT") is { Length: > 0 } path)
            File.WriteAllText(path, text + "\n");
    }
}
