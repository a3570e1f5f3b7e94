using System.Collections.Immutable;
using Ledger.Domain.Values;

namespace Ledger.Domain.Performance;

/// <summary>
/// A unit-year's Perjanjian Kinerja: its indicators in sheet order with the year's targets and the budget lines
/// serving each. <see cref="RenstraFirstYear"/> names the Renstra it was checked against, null for none.
/// </summary>
public sealed record PkState(int Year, int? RenstraFirstYear, ImmutableList<PkIndicator> Indicators)
{
    /// <summary>The indicator named <paramref name="indikator"/> (case, spacing and punctuation ignored); null when none is.</summary>
    public PkIndicator? Find(string indikator) => Indicators.FirstOrDefault(i => IndicatorMatch.Same(i.Indikator, indikator));

    /// <summary>The sasaran in the order the PK first names them.</summary>
    public IReadOnlyList<string> Sasaran => [.. Indicators.Select(i => i.Sasaran).Distinct()];
}

/// <summary>One indicator of a PK: under which sasaran, its year's target, and the budget lines that serve it.</summary>
public sealed record PkIndicator(string Sasaran, string Indikator, string Satuan, Arah Arah, bool Iku, int Order, Quantity? Target, KodeList Programs);
