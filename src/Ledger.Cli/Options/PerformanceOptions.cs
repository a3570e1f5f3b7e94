using System.CommandLine;
using Ledger.Application.Tables;
using Ledger.Application.Tables.Performance;
using Ledger.Composition;
using Ledger.Journal;
using Ledger.Projections;
using Ledger.Store;

namespace Ledger.Cli.Options;

/// <summary>The options of the capaian, evaluasi and LKjIP tables: whose, as of when (<c>--triwulan N | --as-of DATE</c>), known when.</summary>
public sealed class PerformanceOptions
{
    public Option<string?> Store { get; } = CommonOptions.Store();
    public Option<string> Unit { get; } = CommonOptions.Unit();
    public Option<int> Year { get; } = CommonOptions.Year();
    public Option<int?> Triwulan { get; } = CommonOptions.Triwulan("realisasi reported for periods ending by the end of this quarter");
    public Option<string?> AsOf { get; } = CommonOptions.AsOf();
    public Option<string?> AsKnownAt { get; } = CommonOptions.AsKnownAt();
    public Option<string?> Format { get; } = CommonOptions.Format();
    public Option<string?> Out { get; } = CommonOptions.Out();

    public async Task<(BudgetQueries Queries, string Unit, int Year, TimeSlice Slice, IEventStore Store)> OpenAsync(ParseResult parse, CancellationToken ct)
    {
        var (unit, year, slice, store) = await OpenStoreAsync(parse, ct);
        return (new BudgetQueries(new LedgerJournal(store)), unit, year, slice, store);
    }

    /// <summary>The LKjIP tables' queries (iku, efisiensi, perkembangan, predikat) over the same options.</summary>
    public async Task<(PerformanceQueries Queries, string Unit, int Year, TimeSlice Slice, IEventStore Store)> OpenFrameworkAsync(ParseResult parse, CancellationToken ct)
    {
        var (unit, year, slice, store) = await OpenStoreAsync(parse, ct);
        return (new PerformanceQueries(new LedgerJournal(store)), unit, year, slice, store);
    }

    private async Task<(string Unit, int Year, TimeSlice Slice, IEventStore Store)> OpenStoreAsync(ParseResult parse, CancellationToken ct)
    {
        var year = parse.GetValue(Year);
        var slice = new TimeSlice(
            OptionValues.PeriodEnd(year, parse.GetValue(Triwulan), parse.GetValue(AsOf), "--as-of"),
            OptionValues.Instant(parse.GetValue(AsKnownAt), "--as-known-at"));
        var unit = OptionValues.Unit(parse.GetValue(Unit)!);
        var store = await EventStores.OpenAsync(EventStores.Resolve(parse.GetValue(Store)), ct);
        return (unit, year, slice, store);
    }
}
