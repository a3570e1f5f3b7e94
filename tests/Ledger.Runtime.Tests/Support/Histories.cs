using Ledger.Domain.Budget.Commands;
using Ledger.Domain.Events;
using Ledger.Domain.Values;
using Ledger.Testing;
using Ledger.Testing.Specs;

namespace Ledger.Runtime.Tests.Support;

/// <summary>Small budgets and the events the decider gives for them, for tests that need some real events.</summary>
public static class Histories
{
    public static readonly Sheet Small = Sheet.Empty
        .Line("7.01.01", "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH")
        .Line("7.01.01.2.01", "Perencanaan, Penganggaran, dan Evaluasi Kinerja")
        .Line("7.01.01.2.01.01", "Penyusunan Dokumen Perencanaan", 12_400_000)
        .Line("7.01.01.2.01.02", "Koordinasi dan Penyusunan Laporan Capaian Kinerja", 3_500_000);

    /// <summary>The same lines with other amounts: a different murni sheet, so different event ids.</summary>
    public static readonly Sheet SmallOther = Small.With("7.01.01.2.01.01", pagu: 13_000_000);

    public static ImportBudget Murni(Sheet sheet, string unit = Build.Unit, int year = Build.Year) =>
        sheet.Import(Build.Context(Stage.Murni, "2019-12-31", "2020-01-02T09:00:00Z", unit: unit, year: year));

    public static ImportBudget Perubahan(Sheet sheet, string unit = Build.Unit, int year = Build.Year) =>
        sheet.Import(Build.Context(Stage.Perubahan, "2020-08-05", "2020-08-05T10:00:00Z", reason: "penanganan Covid-19", unit: unit, year: year));

    /// <summary>The events deciding <paramref name="commands"/> one after another appends; fails on a rejection.</summary>
    public static IReadOnlyList<EventEnvelope> Decide(params BudgetCommand[] commands) => Decide([], commands);

    public static IReadOnlyList<EventEnvelope> Decide(IReadOnlyList<EventEnvelope> history, params BudgetCommand[] commands) =>
        Decided.Appended(history, commands);
}
