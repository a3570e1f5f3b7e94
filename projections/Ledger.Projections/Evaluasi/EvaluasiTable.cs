using Ledger.Domain.Values;

namespace Ledger.Projections.Evaluasi;

/// <summary>The evaluation table of a unit-year at a date; rows in code order, JUMLAH last.</summary>
public sealed record EvaluasiTable(string Unit, int FiscalYear, Stage Stage, TimeSlice Slice, IReadOnlyList<EvaluasiRow> Rows)
{
    public EvaluasiRow Jumlah => Rows[^1];
}
