using System.Collections.Immutable;
using Ledger.Domain.Values;

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
    public bool IsOpen => Present.Latest();

    public Money CurrentPagu => Pagu.Latest();

    public ImmutableList<IndicatorState> CurrentIndicators => Indicators.Latest() ?? [];

    public ImmutableList<IndicatorState> IndicatorsAt(Stage stage) => Indicators.At(stage) ?? [];

    public static LineState Opened(Kode kode, Level level, Kode? parent, string uraian, LineAttributes attributes, Stage stage) =>
        new(kode, level, parent, uraian, attributes, default(Ranked<bool>).With(stage, true), default, default);
}
