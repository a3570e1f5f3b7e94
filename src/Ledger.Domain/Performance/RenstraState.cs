using System.Collections.Immutable;
using Ledger.Domain.Values;

namespace Ledger.Domain.Performance;

/// <summary>A unit's Renstra for <see cref="FirstYear"/>–<see cref="LastYear"/>: its indicators in sheet order, each under its tujuan and sasaran.</summary>
public sealed record RenstraState(int FirstYear, int LastYear, ImmutableList<RenstraIndicator> Indicators)
{
    /// <summary>Whether the period includes <paramref name="year"/>.</summary>
    public bool Covers(int year) => year >= FirstYear && year <= LastYear;

    /// <summary>The period as printed, <c>2021–2026</c>.</summary>
    public string Period => $"{FirstYear}–{LastYear}";

    /// <summary>The indicator named <paramref name="indikator"/> (case, spacing and punctuation ignored); null when none is.</summary>
    public RenstraIndicator? Find(string indikator) => Indicators.FirstOrDefault(i => IndicatorMatch.Same(i.Indikator, indikator));
}

/// <summary>One indicator of a Renstra with its figures; <see cref="Sasaran"/> is null for an indicator of the tujuan itself.</summary>
public sealed record RenstraIndicator(
    string Tujuan, string? Sasaran, string Indikator, string Satuan, Arah Arah, bool Iku, int Order,
    ImmutableSortedDictionary<RenstraSlot, Quantity> Values)
{
    /// <summary>Which of the tree's levels the indicator measures: <c>tujuan</c> or <c>sasaran</c>.</summary>
    public string Tingkat => Sasaran is null ? "tujuan" : "sasaran";

    /// <summary>The baseline, where printed.</summary>
    public Quantity? KondisiAwal => Value(RenstraSlot.KondisiAwal);

    /// <summary>The end-of-period target, where printed.</summary>
    public Quantity? TargetAkhir => Value(RenstraSlot.TargetAkhir);

    /// <summary>The target of <paramref name="year"/>, where printed.</summary>
    public Quantity? TargetOf(int year) => Value(RenstraSlot.TargetOf(year));

    /// <summary>The figure in <paramref name="slot"/>, where printed.</summary>
    public Quantity? Value(RenstraSlot slot) => Values.TryGetValue(slot, out var value) ? value : null;

    internal static string IdentityOf(string tujuan, string? sasaran, string indikator) =>
        $"{IndicatorMatch.Key(tujuan)}|{(sasaran is null ? "" : IndicatorMatch.Key(sasaran))}|{IndicatorMatch.Key(indikator)}";

    internal string Identity => IdentityOf(Tujuan, Sasaran, Indikator);
}
