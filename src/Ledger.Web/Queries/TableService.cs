using Ledger.Application.Tables;
using Ledger.Projections.History;
using Ledger.Sheets.Writing;

namespace Ledger.Web.Queries;

/// <summary>Builds the tables the CLI prints, for the API and the pages: the same queries, the same columns (contract §6).</summary>
internal sealed class TableService(BudgetQueries queries)
{
    public async Task<Table> BuildAsync(TableKind kind, TableQuery query, CancellationToken ct) => kind switch
    {
        TableKind.Perubahan => PerubahanSheet.From(
            await queries.PerubahanAsync(query.Unit, query.Year, query.Sebelum, query.Setelah, query.Slice, ct)),
        TableKind.Capaian => CapaianSheet.From(await queries.CapaianAsync(query.Unit, query.Year, query.Slice, query.Scale, ct)),
        TableKind.Evaluasi => EvaluasiSheet.From(await queries.EvaluasiAsync(query.Unit, query.Year, query.Slice, ct)),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>A line's history (or, without a kode, every event of the unit-year), oldest first.</summary>
    public async Task<(Table Table, IReadOnlyList<HistoryEntry> Entries)> HistoryAsync(string unit, int year, Domain.Values.Kode? kode, CancellationToken ct)
    {
        var entries = await queries.HistoryAsync(unit, year, kode, ct);
        var title = $"Riwayat {unit} {year}" + (kode is { } k ? $", kode {k}" : "");
        return (HistorySheet.From(title, entries), entries);
    }
}
