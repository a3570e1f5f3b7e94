using Ledger.Domain.Budget.Commands;
using Ledger.Domain.Events;
using Ledger.Domain.Values;
using Ledger.Generating;
using Ledger.Projections;

namespace Ledger.Application.Tests.Generating;

/// <summary>The budget stages of a generated unit-year have the shapes of the seeds' Renja and Renja-P.</summary>
public sealed class StageShapeTests
{
    /// <summary>Ten units of three seeds, in the first fiscal year.</summary>
    public static TheoryData<ulong, int> UnitsOf2020()
    {
        var data = new TheoryData<ulong, int>();
        foreach (var seed in new ulong[] { 1, 2, 3 })
        {
            for (var unit = 1; unit <= 10; unit++)
                data.Add(seed, unit);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(UnitsOf2020))]
    public void In_2020_every_stage_comes_in_the_order_the_ledger_learns_it(ulong seed, int unit)
    {
        var script = SyntheticBudget.Script(seed, unit, 2020);

        Assert.Equal(
            ["murni", "realisasi 2020-03-31", "refocusing", "realisasi 2020-06-30", "pergeseran", "perubahan", "realisasi 2020-09-30", "realisasi 2020-12-31"],
            script.Commands.Select(Generated.Describe));
        var recorded = script.Commands.Select(c => c.Context.RecordedAt).ToList();
        Assert.Equal(recorded.Order(), recorded);
        var effective = script.Budgets.Select(b => b.Context.Effective).ToList();
        Assert.Equal(effective.Order(), effective);
        Assert.All(script.Budgets, b => Assert.False(string.IsNullOrEmpty(b.Context.Basis)));
    }

    [Fact]
    public void Refocusing_comes_only_in_2020_and_2021()
    {
        var stages = Enumerable.Range(2020, 4).ToDictionary(year => year,
            year => SyntheticBudget.Script(1, 1, year).Budgets.Select(b => b.Context.Stage).ToList());

        Assert.Contains(Stage.Refocusing, stages[2020]);
        Assert.Contains(Stage.Refocusing, stages[2021]);
        Assert.DoesNotContain(Stage.Refocusing, stages[2022]);
        Assert.DoesNotContain(Stage.Refocusing, stages[2023]);
        Assert.All(stages.Values, s => Assert.Equal([Stage.Murni], s.Take(1)));
        Assert.All(stages.Values, s => Assert.Equal(Stage.Perubahan, s[^1]));
    }

    [Theory]
    [MemberData(nameof(UnitsOf2020))]
    public void The_refocusing_cuts_the_total_and_never_the_salaries(ulong seed, int unit)
    {
        var script = SyntheticBudget.Script(seed, unit, 2020);
        var murni = SheetAt(script, Stage.Murni);
        var refocusing = SheetAt(script, Stage.Refocusing);

        Assert.True(Total(refocusing) < Total(murni));
        var gaji = murni.Lines.Single(l => l.Uraian == PenunjangCatalogue.GajiUraian);
        Assert.Equal(gaji.Pagu, refocusing.Lines.Single(l => l.Kode == gaji.Kode).Pagu);
    }

    [Theory]
    [MemberData(nameof(UnitsOf2020))]
    public void The_pergeseran_moves_money_between_sub_kegiatan_and_keeps_every_kegiatan_total(ulong seed, int unit)
    {
        var script = SyntheticBudget.Script(seed, unit, 2020);
        var budgets = script.Budgets.ToList();
        var index = budgets.FindIndex(b => b.Context.Stage == Stage.Pergeseran);

        Assert.Equal(Kegiatan(budgets[index - 1]), Kegiatan(budgets[index]));
        Assert.Contains(budgets[index].Lines, line => budgets[index - 1].Lines.Single(l => l.Kode == line.Kode).Pagu != line.Pagu);
    }

    [Theory]
    [MemberData(nameof(UnitsOf2020))]
    public void The_perubahan_revises_pagu_and_targets_removes_a_line_and_opens_new_ones(ulong seed, int unit)
    {
        var script = SyntheticBudget.Script(seed, unit, 2020);
        var perubahan = Generated.Steps(script).Single(s => s.Command is ImportBudget { Context.Stage: Stage.Perubahan }).Events;
        var kinds = perubahan.Select(e => e.Event.GetType()).ToHashSet();

        Assert.Superset(new HashSet<Type> { typeof(PaguRevised), typeof(LineRemoved), typeof(LineOpened), typeof(PaguAllocated), typeof(TargetRevised) }, kinds);
    }

    [Fact]
    public void Kode_are_shaped_like_Permendagri_90_2019_and_units_are_named_as_users_write_them()
    {
        var script = SyntheticBudget.Script(1, 7, 2020);
        var murni = script.Budgets.First();

        Assert.Matches(@"^(Kecamatan [A-Z][A-Za-z -]+|(Dinas|Badan|Satuan) [A-Za-z ]+) 0007$", script.Unit.Name);
        Assert.All(murni.Lines, line => Assert.Matches(line.Level switch
        {
            Level.Program => @"^\d\.\d\d\.\d\d$",
            Level.Kegiatan => @"^\d\.\d\d\.\d\d\.2\.\d\d$",
            _ => @"^\d\.\d\d\.\d\d\.2\.\d\d\.\d{4}$",
        }, line.Kode.Value));
        Assert.All(murni.Lines.Where(l => l.Level == Level.SubKegiatan), line => Assert.NotEmpty(line.Indicators));
    }

    private static ImportBudget SheetAt(UnitYearScript script, Stage stage) => script.Budgets.Single(b => b.Context.Stage == stage);

    private static Money Total(ImportBudget sheet) => Money.Sum(sheet.Lines.Select(l => l.Pagu));

    private static Dictionary<Kode, Money> Kegiatan(ImportBudget sheet) =>
        sheet.Lines.Where(l => l.Level == Level.SubKegiatan).GroupBy(l => l.Parent!.Value).ToDictionary(g => g.Key, g => Money.Sum(g.Select(l => l.Pagu)));
}
