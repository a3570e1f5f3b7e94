using System.Globalization;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Ledger.Domain.Budget;
using Ledger.Domain.Events;
using Ledger.Domain.Performance;
using Ledger.Domain.Performance.Commands;
using Ledger.Domain.Values;
using Ledger.Projections.Performance;
using Ledger.Testing.Performance;
using NodaTime;
using static Ledger.Testing.Performance.TowutiFramework;

namespace Ledger.Projections.Tests.Performance;

public sealed class PerformanceFoldProperties
{
    private static readonly string[] Programs = ["02", "03", "04", "05", "06"];

    /// <summary>
    /// A random history of Towuti's framework: its Renstra, then PKs (random targets and lines, random dates) of
    /// 2021–2023, pengukuran at random triwulan ends, and reviewed Renstras, each decided on its own stream with a
    /// later clock; refused commands (a pengukuran before its PK) are left out. All streams' events, in decision order.
    /// </summary>
    private static readonly Gen<EventEnvelope[]> Histories =
        Gen.Choose(0, 2).SelectMany(kind => Gen.Choose(2021, 2023).SelectMany(year => Gen.Choose(1, 4).SelectMany(quarter =>
                Gen.Choose(7000, 9000).SelectMany(figure => Gen.Choose(0, 31).Select(lines => (kind, year, quarter, figure, lines))))))
            .ListOf().Select(steps => Decide([.. steps]));

    private static EventEnvelope[] Decide(IReadOnlyList<(int Kind, int Year, int Quarter, int Figure, int Lines)> steps)
    {
        var streams = new Dictionary<int, List<EventEnvelope>>();
        var all = new List<EventEnvelope>();
        var clock = Instant.FromUtc(2021, 7, 1, 0, 0);
        void Apply(PerformanceCommand command)
        {
            clock += Duration.FromHours(1);
            command = command.StampedAt(clock);
            var stream = streams.TryGetValue(command.Context.FiscalYear, out var s) ? s : streams[command.Context.FiscalYear] = [];
            if (PerformanceDecider.Decide(command, PerformanceDecider.Fold(stream)) is Decision.Accepted accepted)
            {
                stream.AddRange(accepted.Events);
                all.AddRange(accepted.Events);
            }
        }
        Apply(Renstra());
        foreach (var (kind, year, quarter, figure, lines) in steps)
        {
            var value = figure / 100m;
            var periodEnd = new LocalDate(year, quarter * 3, 1).PlusMonths(1).PlusDays(-1);
            Apply(kind switch
            {
                0 => Pk(year, [Pk2023Rows[0] with { Target = new Quantity(value, "Nilai"), Programs = Lines(lines) }, Pk2023Rows[1]],
                    effective: periodEnd.PlusDays(-20).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
                1 => Kinerja(year, periodEnd.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), (2, Ikm, value, "")),
                _ => Renstra(
                    [.. RenstraRows.Select(r => r.Indikator == Ikm
                        ? r with { Values = new Dictionary<RenstraSlot, Quantity>(r.Values) { [RenstraSlot.TargetOf(year + 1)] = new(value, "Nilai") } }
                        : r)],
                    effective: periodEnd.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            });
        }
        return [.. all];
    }

    private static KodeList Lines(int mask) => KodeList.Of(Programs.Where((_, i) => (mask & (1 << i)) != 0).Select(K));

    /// <summary>Everything a table may read of the framework, as text: equal texts, equal frameworks.</summary>
    private static string Dump(UnitPerformance framework)
    {
        var text = new StringBuilder();
        foreach (var (year, state) in framework.Years)
        {
            text.Append(CultureInfo.InvariantCulture, $"{year}: {state.EventCount} events, last {state.LastRecorded}\n");
            if (state.Renstra is { } renstra)
            {
                text.Append(CultureInfo.InvariantCulture, $" renstra {renstra.Period}\n");
                foreach (var i in renstra.Indicators)
                    text.Append(CultureInfo.InvariantCulture, $"  {i.Order} {i.Tujuan}|{i.Sasaran}|{i.Indikator}|{i.Satuan}|{i.Arah}|{i.Iku}|{string.Join(';', i.Values.Select(v => $"{v.Key}={v.Value}"))}\n");
            }
            if (state.Pk is { } pk)
            {
                text.Append(CultureInfo.InvariantCulture, $" pk {pk.Year} renstra {pk.RenstraFirstYear}\n");
                foreach (var i in pk.Indicators)
                    text.Append(CultureInfo.InvariantCulture, $"  {i.Order} {i.Sasaran}|{i.Indikator}|{i.Satuan}|{i.Arah}|{i.Iku}|{i.Target}|{i.Programs}\n");
            }
            foreach (var (end, values) in state.Pengukuran)
                text.Append(CultureInfo.InvariantCulture, $" {end:yyyy-MM-dd} {string.Join(';', values.OrderBy(v => v.Key, StringComparer.Ordinal).Select(v => $"{v.Key}={v.Value}"))}\n");
        }
        return text.ToString();
    }

    private static Gen<TimeSlice> Slices(EventEnvelope[] events) =>
        from asOf in Gen.OneOf(Gen.Constant<LocalDate?>(null), Gen.Choose(0, 3 * 366).Select(d => (LocalDate?)new LocalDate(2021, 1, 1).PlusDays(d)))
        from knownAt in Gen.OneOf(Gen.Constant<Instant?>(null), Gen.Choose(0, Math.Max(0, events.Length - 1)).Select(i => events.Length == 0 ? (Instant?)null : events[i].Recorded))
        select new TimeSlice(asOf, knownAt);

    [Property(MaxTest = 150)]
    public Property The_fold_is_the_same_for_any_split_of_the_events() =>
        Prop.ForAll(
            Histories.SelectMany(events => Gen.Choose(0, events.Length).SelectMany(split => Slices(events).Select(slice => (events, split, slice)))).ToArbitrary(),
            c =>
            {
                var whole = PerformanceAt.Fold(TowutiFramework.Unit, c.events, c.slice);
                var split = PerformanceAt.Continue(PerformanceAt.Fold(TowutiFramework.Unit, c.events[..c.split], c.slice), c.events[c.split..], c.slice);
                return (Dump(whole) == Dump(split)).Label($"split at {c.split} of {c.events.Length}");
            });

    [Property(MaxTest = 150)]
    public Property As_known_just_before_an_event_was_recorded_the_framework_is_the_one_of_the_events_recorded_before_it() =>
        Prop.ForAll(
            Histories.Where(e => e.Length > 0).SelectMany(events => Gen.Choose(0, events.Length - 1).Select(at => (events, at))).ToArbitrary(),
            c =>
            {
                var recorded = c.events[c.at].Recorded;
                var known = PerformanceAt.Fold(TowutiFramework.Unit, c.events, new TimeSlice(null, recorded - Duration.Epsilon));
                var before = PerformanceAt.Fold(TowutiFramework.Unit, c.events.Where(e => e.Recorded < recorded), TimeSlice.Everything);
                return (Dump(known) == Dump(before)).Label($"as known before event {c.at} of {c.events.Length}");
            });

    [Fact]
    public void A_realisasi_reported_for_the_end_of_Triwulan_IV_is_not_in_the_framework_as_of_the_end_of_Triwulan_II()
    {
        var events = Decide([(0, 2023, 1, 7850, 1), (1, 2023, 2, 8000, 0), (1, 2023, 4, 8405, 0)]);

        var june = PerformanceAt.Fold(TowutiFramework.Unit, events, new TimeSlice(new LocalDate(2023, 6, 30), null));

        Assert.Equal(new Quantity(80, "Nilai"), june.IndicatorsAt(2023, new LocalDate(2023, 6, 30)).Single(i => i.Pk.Indikator == Ikm).Realisasi);
        Assert.Equal(new Quantity(80, "Nilai"), june.IndicatorsAt(2023, new LocalDate(2023, 12, 31)).Single(i => i.Pk.Indikator == Ikm).Realisasi);
    }
}
