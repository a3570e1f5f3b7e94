using Ledger.Domain.Performance;
using Ledger.Domain.Values;
using NodaTime;

namespace Ledger.Projections.Capaian;

/// <summary>Capaian and serapan of a unit-year at a date, against the budget stage in force then.</summary>
/// <param name="PeriodEnd">The latest realisasi period included, or null when none was reported yet.</param>
public sealed record CapaianTable(
    string Unit,
    int FiscalYear,
    Stage Stage,
    LocalDate? PeriodEnd,
    TimeSlice Slice,
    PredikatScale Scale,
    IReadOnlyList<CapaianRow> Rows)
{
    public CapaianRow Jumlah => Rows[^1];
}
