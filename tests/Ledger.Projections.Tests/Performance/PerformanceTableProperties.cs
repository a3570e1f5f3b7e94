using System.Collections.Immutable;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Ledger.Domain.Budget;
using Ledger.Domain.Budget.Commands;
using Ledger.Domain.Performance;
using Ledger.Domain.Values;
using Ledger.Projections.Performance;
using Ledger.Projections.Performance.Tables;
using NodaTime;
using static Ledger.Testing.Build;

namespace Ledger.Projections.Tests.Performance;

/// <summary>
/// The means, efisiensi and predikat counts of contract §9.4 equal their definitions on random PKs: random sasaran,
/// targets (some 0), realisasi (some missing), arah, and random sets of six budget lines with random pagu and realisasi.
/// </summary>
public sealed class PerformanceTableProperties
{
    private const int Year = 2023;
    private static readonly LocalDate YearEnd = new(Year, 12, 31);
    private static readonly string[] Kodes = ["01", "02", "03", "04", "05", "06"];

    /// <summary>One random indicator: its sasaran (of three), target, realisasi, arah, and the lines it names (a bit mask of six).</summary>
    private sealed record Drawn(int Sasaran, int Target, int? Realisasi, bool Turun, int Lines);

    private static readonly Gen<Drawn> Indicators =
        Gen.Choose(0, 2).SelectMany(s => Gen.Choose(0, 200).SelectMany(t => Gen.Choose(-1, 250).SelectMany(r => Gen.Choose(0, 1).SelectMany(a =>
            Gen.Choose(0, 63).Select(l => new Drawn(s, t, r < 0 ? null : r, a == 1, l))))));

    private static readonly Gen<(Drawn[] Pk, (int Pagu, int Realisasi)[] Budget)> Cases =
        Indicators.NonEmptyListOf().SelectMany(pk => Gen.Choose(1, 1_000_000).SelectMany(p => Gen.Choose(0, 100).Select(share => (p, share))).ArrayOf(Kodes.Length)
            .Select(lines => (pk.Take(12).ToArray(), lines.Select(l => (l.p, l.p * l.share / 100)).ToArray())));

    private static UnitPerformance Framework(IReadOnlyList<Drawn> pk)
    {
        var indicators = pk.Select((d, i) => new PkIndicator(
            $"Sasaran {d.Sasaran}", $"Indikator {i}", "%", d.Turun ? Arah.Turun : Arah.Naik, false, i, new Quantity(d.Target, "%"), LinesOf(d.Lines))).ToImmutableList();
        var reported = pk.Select((d, i) => (d, i)).Where(x => x.d.Realisasi is not null)
            .ToImmutableDictionary(x => IndicatorMatch.Key($"Indikator {x.i}"), x => new Quantity(x.d.Realisasi!.Value, "%"));
        var state = PerformanceState.Initial with
        {
            Pk = new PkState(Year, null, indicators),
            Pengukuran = ImmutableSortedDictionary<LocalDate, ImmutableDictionary<string, Quantity>>.Empty.Add(YearEnd, reported),
        };
        return new UnitPerformance("Kecamatan Uji", ImmutableSortedDictionary<int, PerformanceState>.Empty.Add(Year, state));
    }

    private static KodeList LinesOf(int mask) => KodeList.Of(Kodes.Where((_, i) => (mask & (1 << i)) != 0).Select(K));

    private static BudgetState Budget((int Pagu, int Realisasi)[] lines)
    {
        var context = new CommandContext("Kecamatan Uji", Year, Stage.Murni, new LocalDate(2023, 1, 2), At("2023-01-03T00:00:00Z"), "uji", null, null);
        var plan = new ImportBudget(context, "budget.csv",
            [.. Kodes.Select((k, i) => new PlannedLine(K(k), Level.Program, null, $"Program {k}", new LineAttributes(null, null, null), Rp(lines[i].Pagu), []))],
            HasIndicators: false);
        var events = ((Decision.Accepted)BudgetDecider.Decide(plan, BudgetState.Initial)).Events;
        var report = new ImportRealisasi(context with { Effective = YearEnd, RecordedAt = At("2024-01-10T00:00:00Z") }, "realisasi.csv",
            [.. Kodes.Select((k, i) => new ReportedLine(K(k), Rp(lines[i].Realisasi), []))], Correction: false);
        var state = BudgetDecider.Fold(events);
        return BudgetDecider.Fold([.. events, .. ((Decision.Accepted)BudgetDecider.Decide(report, state)).Events]);
    }

    private static decimal? Capaian(Drawn d) => Domain.Performance.Capaian.Percent(d.Target, d.Realisasi, d.Turun ? Arah.Turun : Arah.Naik);

    private static decimal? Mean(IEnumerable<Drawn> indicators)
    {
        var values = indicators.Select(Capaian).Where(c => c is not null).Select(c => c!.Value).ToList();
        return values.Count == 0 ? null : values.Average();
    }

    [Property(MaxTest = 200)]
    public Property Each_sasaran_s_capaian_in_the_IKU_table_is_the_mean_of_its_indicators_non_empty_capaian() =>
        Prop.ForAll(Cases.ToArbitrary(), c =>
        {
            var table = IkuProjection.Build(Framework(c.Pk), Year, TimeSlice.Everything, PredikatScale.Permendagri86);
            var expected = c.Pk.GroupBy(d => d.Sasaran).Select(g => ($"Sasaran {g.Key}", Mean(g))).Append(("", Mean(c.Pk)));
            return expected.SequenceEqual(table.Rows.Where(r => r.Level != IkuProjection.IndikatorLevel).Select(r => (r.Sasaran, r.CapaianPct)))
                && table.Rows.All(r => r.Predikat == PredikatScale.Permendagri86.Rate(r.CapaianPct));
        });

    [Property(MaxTest = 200)]
    public Property Each_sasaran_s_pagu_and_realisasi_in_the_efisiensi_table_sum_the_distinct_lines_its_indicators_name() =>
        Prop.ForAll(Cases.ToArbitrary(), c =>
        {
            var table = EfisiensiProjection.Build(Framework(c.Pk), Budget(c.Budget), Year, TimeSlice.Everything);
            (string, decimal?, long, long) Expected(string sasaran, IEnumerable<Drawn> indicators)
            {
                var list = indicators.ToList();
                var mask = list.Aggregate(0, (m, d) => m | d.Lines);
                var named = Enumerable.Range(0, Kodes.Length).Where(i => (mask & (1 << i)) != 0).ToList();
                return (sasaran, Mean(list), named.Sum(i => (long)c.Budget[i].Pagu), named.Sum(i => (long)c.Budget[i].Realisasi));
            }
            var expected = c.Pk.GroupBy(d => d.Sasaran).Select(g => Expected($"Sasaran {g.Key}", g)).Append(Expected("JUMLAH", c.Pk));
            return expected.SequenceEqual(table.Rows.Select(r => (r.Sasaran, r.CapaianPct, r.Pagu.Rupiah, r.Realisasi.Rupiah)))
                && table.Rows.All(r => r.SerapanPct == Domain.Performance.Capaian.Serapan(r.Pagu, r.Realisasi)
                    && r.EfisiensiPct == r.CapaianPct - r.SerapanPct && r.SisaAnggaran == r.Pagu - r.Realisasi);
        });

    [Property(MaxTest = 200)]
    public Property The_predikat_table_counts_each_sasaran_s_indicators_in_the_band_their_capaian_earns() =>
        Prop.ForAll(Cases.ToArbitrary(), Gen.Elements(PredikatScale.All.ToArray()).ToArbitrary(), (c, scale) =>
        {
            var table = PredikatProjection.Build(Framework(c.Pk), Year, TimeSlice.Everything, scale);
            var bands = PredikatProjection.BandsOf(scale);
            (string, int, int[]) Expected(string sasaran, IReadOnlyList<Drawn> indicators) =>
                (sasaran, indicators.Count, [.. bands.Select(b => indicators.Count(d => scale.Rate(Capaian(d)) == b))]);
            var expected = c.Pk.GroupBy(d => d.Sasaran).Select(g => Expected($"Sasaran {g.Key}", [.. g])).Append(Expected("JUMLAH", c.Pk));
            return expected.Select(e => (e.Item1, e.Item2, string.Join(',', e.Item3)))
                .SequenceEqual(table.Rows.Select(r => (r.Sasaran, r.JumlahIndikator, string.Join(',', r.Counts))));
        });

    [Fact]
    public void Given_a_line_named_by_two_indicators_of_one_sasaran_the_efisiensi_table_counts_it_once()
    {
        Drawn[] pk = [new(0, 100, 90, false, 0b000011), new(0, 100, 80, false, 0b000110)];
        (int, int)[] budget = [(1_000, 900), (2_000, 1_500), (4_000, 4_000), (8, 8), (16, 16), (32, 32)];

        var table = EfisiensiProjection.Build(Framework(pk), Budget(budget), Year, TimeSlice.Everything);

        Assert.Equal((7_000L, 6_400L), (table.Rows[0].Pagu.Rupiah, table.Rows[0].Realisasi.Rupiah));
        Assert.Equal(["01", "02", "03"], table.Rows[0].Kodes.Select(k => k.Value));
        Assert.Equal(85m, table.Rows[0].CapaianPct);
    }
}
