using System.Collections.Immutable;
using Ledger.Domain.Values;
using NodaTime;

namespace Ledger.Domain.Budget;

/// <summary>
/// A budget line folded from its events: its identity, its own pagu and indicators per rank, and
/// whether it exists at each rank. Parents usually have no own pagu: they carry their children's sums.
/// </summary>
public sealed record LineState(
    Kode Kode,
    Level Level,
    Kode? Parent,
    string Uraian,
    LineAttributes Attributes,
    Ranked<bool> Present,
    Ranked<Money> Pagu,
    Ranked<ImmutableList<IndicatorState>> Indicators)
{
    /// <summary>Cumulative Rupiah spent by each reported period end (leaves only).</summary>
    public ImmutableSortedDictionary<LocalDate, Money> Realisasi { get; init; } = ImmutableSortedDictionary<LocalDate, Money>.Empty;

    /// <summary>Achieved value of each indicator (by <see cref="IndicatorName.Key"/>) at each reported period end.</summary>
    public ImmutableSortedDictionary<LocalDate, ImmutableDictionary<string, Quantity>> Kinerja { get; init; } =
        ImmutableSortedDictionary<LocalDate, ImmutableDictionary<string, Quantity>>.Empty;

    /// <summary>The pagu planned over the Renstra period, when one was given.</summary>
    public Money? PaguRenstra { get; init; }

    /// <summary>True while the line is in the budget at the latest stage (false once removed).</summary>
    public bool IsOpen => Present.Latest();

    /// <summary>The latest cumulative realisasi reported for a period ending on or before <paramref name="date"/>, or null.</summary>
    public Money? RealisasiBy(LocalDate date) => Latest(Realisasi, date);

    /// <summary>The latest achievement of an indicator reported for a period ending on or before <paramref name="date"/>, or null.</summary>
    public Quantity? KinerjaBy(string indikator, LocalDate date)
    {
        var key = IndicatorName.Key(indikator);
        Quantity? found = null;
        foreach (var (period, values) in Kinerja)
        {
            if (period > date)
                break;
            if (values.TryGetValue(key, out var value))
                found = value;
        }
        return found;
    }

    private static T? Latest<T>(ImmutableSortedDictionary<LocalDate, T> byPeriod, LocalDate date)
        where T : struct
    {
        T? found = null;
        foreach (var (period, value) in byPeriod)
        {
            if (period > date)
                break;
            found = value;
        }
        return found;
    }

    /// <summary>The pagu in force at the latest stage that set one; zero when none did.</summary>
    public Money CurrentPagu => Pagu.Latest();

    /// <summary>The indicators in force at the latest stage that set them; empty when none did.</summary>
    public ImmutableList<IndicatorState> CurrentIndicators => Indicators.Latest() ?? [];

    /// <summary>The indicators in force at <paramref name="stage"/>; empty when none were set at or below its rank.</summary>
    public ImmutableList<IndicatorState> IndicatorsAt(Stage stage) => Indicators.At(stage) ?? [];

    /// <summary>A line opened at <paramref name="stage"/>, with no pagu, indicators or realisasi yet.</summary>
    public static LineState Opened(Kode kode, Level level, Kode? parent, string uraian, LineAttributes attributes, Stage stage) =>
        new(kode, level, parent, uraian, attributes, default(Ranked<bool>).With(stage, true), default, default);
}
