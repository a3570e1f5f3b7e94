using System.Collections.Immutable;
using Ledger.Domain.Values;

namespace Ledger.Domain.Budget;

/// <summary>
/// A unit-year's budget folded from its events. The decider folds every event it knows; projections fold
/// the events in force at a date and known at an instant, with the same <see cref="BudgetDecider.Evolve"/>.
/// </summary>
public sealed record BudgetState(
    ImmutableSortedDictionary<Kode, LineState> Lines,
    ImmutableList<StageStep> Steps,
    ImmutableDictionary<string, string> LastImports,
    long EventCount)
{
    /// <summary>The state of a stream with no events.</summary>
    public static readonly BudgetState Initial = new(
        ImmutableSortedDictionary<Kode, LineState>.Empty, [], ImmutableDictionary<string, string>.Empty, 0);

    /// <summary>
    /// True when the latest sheet imported for the same slot (a budget stage, or a realisasi period) had this
    /// fingerprint: importing it again changes nothing. A sheet imported before a different one of the same
    /// slot is not "already imported": importing it again goes back to it.
    /// </summary>
    public bool WasLastImport(string slot, string fingerprint) => LastImports.GetValueOrDefault(slot) == fingerprint;

    /// <summary>The import slot of a budget sheet of <paramref name="stage"/>, for <see cref="WasLastImport"/>.</summary>
    public static string BudgetSlot(Stage stage) => "budget " + stage.Name();

    /// <summary>The import slot of the realisasi sheet for the period ending on <paramref name="periodEnd"/>, for <see cref="WasLastImport"/>.</summary>
    public static string RealisasiSlot(NodaTime.LocalDate periodEnd) => $"realisasi {periodEnd:yyyy-MM-dd}";

    /// <summary>
    /// The latest recorded instant of any event folded, or null for an empty stream. A write whose clock reads
    /// earlier is refused (contract §11), so that <c>--as-known-at</c> never shows what was learned later.
    /// </summary>
    public NodaTime.Instant? LastRecorded { get; init; }

    /// <summary>Realisasi sheets imported, in stream order: period end, when recorded, from which file.</summary>
    public ImmutableList<ReportStep> Reports { get; init; } = [];

    /// <summary>The latest period end reported, or null before the first realisasi.</summary>
    public NodaTime.LocalDate? LatestPeriodEnd => Reports.Count == 0 ? null : Reports.Max(r => r.PeriodEnd);

    /// <summary>The latest stage imported (by stream order), or null before the first import.</summary>
    public StageStep? LatestStep => Steps.Count == 0 ? null : Steps[^1];

    /// <summary>The highest rank of a stage imported (0 murni, 1 pergeseran or refocusing, 2 perubahan); -1 before the first import.</summary>
    public int HighestRank => Steps.Count == 0 ? -1 : Steps.Max(s => s.Stage.Rank());

    /// <summary>The latest stage in force: the default "setelah" of a change table.</summary>
    public Stage? LatestStage => Steps.Count == 0 ? null : Steps.Last(s => s.Stage.Rank() == HighestRank).Stage;

    /// <summary>True when a sheet of <paramref name="stage"/> was imported.</summary>
    public bool HasStage(Stage stage) => Steps.Any(s => s.Stage == stage);

    /// <summary>The line with <paramref name="kode"/>, or null when the stream has none (removed lines are kept, closed).</summary>
    public LineState? Find(Kode kode) => Lines.GetValueOrDefault(kode);

    /// <summary>The lines whose parent is <paramref name="kode"/>, in code order.</summary>
    public IEnumerable<LineState> ChildrenOf(Kode kode) =>
        Lines.Values.Where(l => l.Parent is { } parent && parent == kode);
}
