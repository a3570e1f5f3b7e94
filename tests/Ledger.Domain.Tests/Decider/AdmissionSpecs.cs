using Ledger.Domain.Budget;
using Ledger.Domain.Budget.Commands;
using Ledger.Domain.Events;
using Ledger.Domain.Values;

namespace Ledger.Domain.Tests.Decider;

/// <summary>
/// Issue 11, finding 1: <see cref="StreamAdmission"/> (with <see cref="BudgetDecider.Admit"/>) takes every event the
/// decider writes, where it wrote it, and refuses one it could not have written there.
/// </summary>
public sealed class AdmissionSpecs
{
    private static readonly EventEnvelope[] MurniThenPerubahan = History(
        Murni.Import(Stage.Murni, "2019-12-31"),
        Murni.With(Gaji, pagu: 590_000_000).Without(Laporan).Import(Stage.Perubahan, "2020-08-05"),
        new CorrectPagu(Context(Stage.Perubahan, "2020-09-01", recorded: "2020-09-15T03:00:00Z", reason: "salah ketik"), K(Dokumen), Rp(12_000_000)));

    private static Rejection? FirstRefusal(IEnumerable<EventEnvelope> events)
    {
        var admission = new StreamAdmission(Unit, Year);
        foreach (var e in events)
        {
            if (admission.Admit(e) is { } refused)
                return refused;
        }
        return admission.Close();
    }

    private static EventEnvelope[] Replace(int at, Func<EventEnvelope, EventEnvelope> change) =>
        [.. MurniThenPerubahan.Select((e, i) => i == at ? change(e) : e)];

    private static int IndexOf<T>() => Array.FindIndex(MurniThenPerubahan, e => e.Event is T);

    [Fact]
    public void Every_event_the_decider_writes_is_admitted_where_it_wrote_it() => Assert.Null(FirstRefusal(MurniThenPerubahan));

    [Fact]
    public void A_pagu_allocated_of_minus_5_is_refused()
    {
        var at = IndexOf<PaguAllocated>();
        var events = Replace(at, e => e with { Event = ((PaguAllocated)e.Event) with { Pagu = Rp(-5) } });

        Assert.Contains("is negative (-5)", FirstRefusal(events)!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_pagu_allocated_for_a_line_never_opened_is_refused() =>
        Assert.Contains("not an open line", BudgetDecider.Admit(BudgetState.Initial, MurniThenPerubahan[IndexOf<PaguAllocated>()])!.Message, StringComparison.Ordinal);

    [Fact]
    public void A_revision_from_another_amount_than_the_one_in_force_is_refused()
    {
        var events = Replace(IndexOf<PaguRevised>(), e => e with { Event = ((PaguRevised)e.Event) with { From = Rp(1) } });

        Assert.Contains("is revised from 1, but it is 604585370", FirstRefusal(events)!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_events_of_one_import_swapped_are_out_of_place_though_each_is_valid_alone()
    {
        // The program and its kegiatan, opened one after the other: either order opens both.
        var events = MurniThenPerubahan.ToArray();
        Assert.IsType<LineOpened>(events[1].Event);
        Assert.IsType<LineOpened>(events[2].Event);
        (events[1], events[2]) = (events[2], events[1]);

        Assert.Contains("is out of place", FirstRefusal(events)!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_event_missing_inside_an_import_puts_the_next_one_out_of_place()
    {
        var events = MurniThenPerubahan.Where((_, i) => i != 3);

        Assert.NotNull(FirstRefusal(events));
    }

    [Fact]
    public void An_import_cut_after_its_last_line_opened_is_incomplete()
    {
        var murni = MurniThenPerubahan.TakeWhile((e, i) => i == 0 || e.Event is not BudgetSheetImported).ToList();
        var lastOpened = murni.FindLastIndex(e => e.Event is LineOpened);

        Assert.Contains("events of that import are missing", FirstRefusal(murni.Take(lastOpened))!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_recorded_instant_earlier_than_the_event_before_it_is_refused()
    {
        var perubahan = Array.FindIndex(MurniThenPerubahan, 1, e => e.Event is BudgetSheetImported);
        var events = Replace(perubahan, e => e with { Recorded = At("2019-06-01T00:00:00Z") });

        Assert.Contains("recorded instants never run backwards", FirstRefusal(events)!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_sheet_of_a_stage_below_one_imported_is_refused()
    {
        var state = BudgetDecider.Fold(MurniThenPerubahan);
        var murniSheet = MurniThenPerubahan[0];

        Assert.Contains("out of order", BudgetDecider.Admit(state, murniSheet with { Effective = Date("2020-09-01") })!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Realisasi_before_any_budget_is_refused()
    {
        var realisasi = new EventEnvelope(Guid.NewGuid(), Unit, Year, Stage.Murni, Date("2020-03-31"), At("2020-04-01T00:00:00Z"), null, null, Actor,
            new RealisasiSheetImported("tw1.csv", "f", 1));

        Assert.Contains("has no budget yet", BudgetDecider.Admit(BudgetState.Initial, realisasi)!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_event_of_another_unit_is_refused_in_this_stream() =>
        Assert.Contains("is not the stream's", FirstRefusal([MurniThenPerubahan[0] with { Unit = "Kecamatan Lain" }])!.Message, StringComparison.Ordinal);
    [Fact]
    public void A_pagu_above_the_ledgers_limit_for_one_line_is_refused_as_the_decider_refuses_it()
    {
        var events = Replace(IndexOf<PaguAllocated>(), e => e with { Event = ((PaguAllocated)e.Event) with { Pagu = BudgetDecider.MaxRupiah + Rp(1) } });

        Assert.Contains("(10^15) the ledger allows for one line", FirstRefusal(events)!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_corrected_realisasi_above_a_later_periods_is_refused_as_the_decider_refuses_it()
    {
        var line = new ReportedLine(K(Dokumen), Rp(2_000_000), []);
        var history = History(
            Murni.Import(Stage.Murni, "2019-12-31", recorded: "2020-01-10T02:00:00Z"),
            new ImportRealisasi(Context(Stage.Murni, "2020-03-31", recorded: "2020-04-05T02:00:00Z"), "tw1.csv", [line], false),
            new ImportRealisasi(Context(Stage.Murni, "2020-09-30", recorded: "2020-10-05T02:00:00Z"), "tw3.csv", [line with { Realisasi = Rp(5_000_000) }], false));
        Assert.Null(FirstRefusal(history));
        var tw3 = Array.FindLastIndex(history, e => e.Event is RealisasiReported);
        // The Triwulan I figure re-reported as a correction, above Triwulan III's.
        var corrected = history[tw3] with
        {
            Effective = new NodaTime.LocalDate(2020, 3, 31),
            Reason = "SP2D dibatalkan",
            Event = ((RealisasiReported)history[tw3].Event) with { Realisasi = Rp(6_000_000) },
        };
        var state = history.Aggregate(BudgetState.Initial, BudgetDecider.Evolve);

        Assert.Contains("exceeds the 5000000 of a later period", BudgetDecider.Admit(state, corrected)!.Message, StringComparison.Ordinal);
    }
    [Fact]
    public void Lines_each_within_the_limit_whose_total_is_above_it_are_refused_as_the_decider_refuses_them()
    {
        var allocations = MurniThenPerubahan.Select((e, i) => (e, i)).Where(x => x.e.Event is PaguAllocated).Take(2).Select(x => x.i).ToHashSet();
        EventEnvelope[] events = [.. MurniThenPerubahan.Select((e, i) =>
            allocations.Contains(i) ? e with { Event = ((PaguAllocated)e.Event) with { Pagu = BudgetDecider.MaxRupiah } } : e)];

        Assert.Contains("the pagu total of murni", FirstRefusal(events)!.Message, StringComparison.Ordinal);
    }
}
