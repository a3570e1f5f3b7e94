using System.Runtime.CompilerServices;
using Ledger.Application.Tables;
using Ledger.Projections.History;
using Ledger.Sheets.Writing;

namespace Ledger.Web.Queries;

/// <summary>
/// Builds the tables the CLI prints, for the API and the pages: the same queries, the same columns (contract §6). The
/// typed tables come from the read models, the same object while the stream has not moved; each one's sheet is kept
/// with it (weakly: it goes when the read model moves on), so a repeated request formats nothing either.
/// </summary>
internal sealed class TableService(BudgetQueries queries)
{
    private readonly ConditionalWeakTable<object, Table> _sheets = new();

    public async Task<Table> BuildAsync(TableKind kind, TableQuery query, CancellationToken ct) => kind switch
    {
        TableKind.Perubahan => Sheet(
            await queries.PerubahanAsync(query.Unit, query.Year, query.Sebelum, query.Setelah, query.Slice, ct), PerubahanSheet.From),
        TableKind.Capaian => Sheet(await queries.CapaianAsync(query.Unit, query.Year, query.Slice, query.Scale, ct), CapaianSheet.From),
        TableKind.Evaluasi => Sheet(await queries.EvaluasiAsync(query.Unit, query.Year, query.Slice, ct), EvaluasiSheet.From),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    private Table Sheet<T>(T typed, Func<T, Table> from)
        where T : class => _sheets.GetValue(typed, t => from((T)t));

    /// <summary>A line's history (or, without a kode, every event of the unit-year), oldest first.</summary>
    public async Task<(Table Table, IReadOnlyList<HistoryEntry> Entries)> HistoryAsync(string unit, int year, Domain.Values.Kode? kode, CancellationToken ct)
    {
        var entries = await queries.HistoryAsync(unit, year, kode, ct);
        // The entries are the read model's, one list per version and kode: its sheet (title included) is kept with it.
        var title = $"Riwayat {unit} {year}" + (kode is { } k ? $", kode {k}" : "");
        return (_sheets.GetValue(entries, _ => HistorySheet.From(title, entries)), entries);
    }
}
