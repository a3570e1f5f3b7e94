using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Ledger.Domain.Budget.Commands;
using Ledger.Domain.Values;
using Ledger.Generating;

namespace Ledger.Application.Tests.Generating;

/// <summary>For any seed, unit and year: the write path accepts every command, pergeseran balances, realisasi never falls.</summary>
public sealed class GeneratorProperties
{
    private static readonly Arbitrary<(ulong Seed, int Unit, int Year)> UnitYears =
        (from seed in ArbMap.Default.GeneratorFor<ulong>()
         from unit in Gen.Choose(1, 100_000)
         from year in Gen.Choose(GenSpec.FirstYear, GenSpec.FirstYear + GenSpec.MaxYears - 1)
         select (seed, unit, year)).ToArbitrary();

    [Property(MaxTest = 40)]
    public Property Every_generated_command_is_accepted_on_its_stream() =>
        Prop.ForAll(UnitYears, u =>
        {
            var steps = Generated.Steps(SyntheticBudget.Script(u.Seed, u.Unit, u.Year));
            return steps.All(s => s.Events.Count > 0);
        });

    [Property(MaxTest = 40)]
    public Property A_pergeseran_keeps_every_kegiatan_total() =>
        Prop.ForAll(UnitYears, u =>
        {
            var budgets = SyntheticBudget.Script(u.Seed, u.Unit, u.Year).Budgets.ToList();
            var index = budgets.FindIndex(b => b.Context.Stage == Stage.Pergeseran);
            return (index < 0 || Kegiatan(budgets[index - 1]).SequenceEqual(Kegiatan(budgets[index])))
                .Classify(index >= 0, "with a pergeseran");
        });

    [Property(MaxTest = 40)]
    public Property Reported_realisasi_never_falls_from_one_triwulan_to_the_next() =>
        Prop.ForAll(UnitYears, u =>
        {
            var last = new Dictionary<Kode, Money>();
            foreach (var report in SyntheticBudget.Script(u.Seed, u.Unit, u.Year).Realisasi)
            {
                foreach (var line in report.Lines.Where(l => l.Realisasi is not null))
                {
                    if (line.Realisasi!.Value < last.GetValueOrDefault(line.Kode))
                        return false;
                    last[line.Kode] = line.Realisasi.Value;
                }
            }
            return last.Count > 0;
        });

    private static IEnumerable<(Kode, Money)> Kegiatan(ImportBudget sheet) =>
        sheet.Lines.Where(l => l.Level == Level.SubKegiatan).GroupBy(l => l.Parent!.Value).OrderBy(g => g.Key)
            .Select(g => (g.Key, Money.Sum(g.Select(l => l.Pagu))));
}
