using Ledger.Domain.Values;
using NodaTime;

namespace Ledger.Projections.Perubahan;

/// <summary>The change table of a unit-year between two stages, in a time slice; rows in code order, JUMLAH last.</summary>
public sealed record PerubahanTable(
    string Unit,
    int FiscalYear,
    Stage Sebelum,
    Stage Setelah,
    TimeSlice Slice,
    IReadOnlyList<PerubahanRow> Rows)
{
    public PerubahanRow Jumlah => Rows[^1];

    public LocalDate? AsOf => Slice.AsOf;
}
