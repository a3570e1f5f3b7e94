using Ledger.Domain.Budget.Commands;
using Ledger.Domain.Performance;
using Ledger.Domain.Values;
using Ledger.Generating;
using Ledger.Journal;
using Ledger.Projections;
using Ledger.Projections.Capaian;
using Ledger.Projections.Journal;
using Ledger.Projections.Perubahan;
using Ledger.Store;

namespace Ledger.Application.Tests.Generating;

/// <summary>A generated journal, written through the write path, folds into tables that add up.</summary>
public sealed class GeneratedJournalTests : IDisposable
{
    private static readonly GenSpec Spec = new(units: 4, years: 2, seed: 42);
    private readonly string _folder = Directory.CreateTempSubdirectory("ledger-gen-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Every_triwulan_of_every_unit_year_gives_a_capaian_table_whose_printed_figures_the_checker_accepts()
    {
        await using var store = new InMemoryEventStore();
        await Generated.WriteAsync(store, Spec, parallel: 2);
        var journal = new LedgerJournal(store);

        foreach (var (unit, year) in Spec.Each().Select(u => (UnitProfile.For(Spec.Seed, u.Unit).Name, u.FiscalYear)))
        {
            var (events, _) = await journal.ReadStreamAsync(unit, year, CancellationToken.None);
            for (var q = 1; q <= 4; q++)
            {
                var slice = new TimeSlice(Triwulan.End(year, q), null);
                var state = BudgetAt.Fold(events, slice);
                var table = CapaianProjection.Build(unit, year, state, slice, PredikatScale.Permendagri86);

                Assert.Equal(Triwulan.End(year, q), table.PeriodEnd);
                Assert.Empty(PrintedSheets.Findings(table, state, _folder));
                Assert.All(table.Rows, row => Assert.InRange(row.SerapanPct ?? 0, 0m, 100m));
                Assert.All(table.Rows.Where(r => r.Target is not null && q == 4), row => Assert.NotNull(row.CapaianPct));
            }
        }
    }

    [Fact]
    public async Task The_change_table_runs_from_the_murni_sheet_to_the_perubahan_sheet()
    {
        await using var store = new InMemoryEventStore();
        await Generated.WriteAsync(store, Spec);
        var projection = new JournalProjection();
        await foreach (var (stored, envelope) in new LedgerJournal(store).ReadAllAsync(GlobalPosition.Start, CancellationToken.None))
            projection.Apply(stored.Position.Value, envelope);

        Assert.Equal(Spec.UnitYears, projection.Snapshot().Count);
        foreach (var (unit, year) in Spec.Each())
        {
            var script = SyntheticBudget.Script(Spec.Seed, unit, year);
            var state = projection.Budget(script.Unit.Name, year)!;
            var table = PerubahanProjection.Build(script.Unit.Name, year, state, TimeSlice.Everything);

            Assert.Equal(Stage.Perubahan, table.Setelah);
            Assert.Equal(Total(script.Budgets.First()), table.Jumlah.Sebelum);
            Assert.Equal(Total(script.Budgets.Last()), table.Jumlah.Setelah);
            Assert.Contains(table.Rows, row => row is { Sebelum.Rupiah: > 0, Setelah.Rupiah: 0 });
            Assert.Contains(table.Rows, row => row is { Sebelum.Rupiah: 0, Setelah.Rupiah: > 0 });
        }
    }

    private static Money Total(ImportBudget sheet) => Money.Sum(sheet.Lines.Select(l => l.Pagu));
}
