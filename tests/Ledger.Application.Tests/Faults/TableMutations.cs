using System.Collections.Immutable;
using FsCheck;
using FsCheck.Fluent;

namespace Ledger.Application.Tests.Faults;

/// <summary>A change to a sheet's grid, said in words for the counterexample, and whether it touched only cell values.</summary>
internal sealed record TableMutation(string Description, CsvTable Table, bool CellsOnly);

/// <summary>
/// Mutations of a valid sheet's grid: cell values (per column kind), header columns dropped, doubled,
/// renamed or reordered, rows doubled, dropped, moved or padded past the header.
/// </summary>
internal static class TableMutations
{
    public static Gen<TableMutation> Any(CsvTable table) =>
        Gen.Frequency(
                (6, Gen.Constant(1)),
                (3, Gen.Constant(2)),
                (1, Gen.Constant(3)))
            .SelectMany(count => Chain(new TableMutation("", table, CellsOnly: true), count));

    /// <summary>Only cell values change: the header and the rows stay where they are.</summary>
    public static Gen<TableMutation> CellsOnly(CsvTable table) =>
        Gen.Choose(1, 2).SelectMany(count => ChainCells(new TableMutation("", table, CellsOnly: true), count));

    private static Gen<TableMutation> Chain(TableMutation done, int count) =>
        count == 0 ? Gen.Constant(done) : One(done.Table).SelectMany(next => Chain(Join(done, next), count - 1));

    private static Gen<TableMutation> ChainCells(TableMutation done, int count) =>
        count == 0 ? Gen.Constant(done) : Cell(done.Table).SelectMany(next => ChainCells(Join(done, next), count - 1));

    private static TableMutation Join(TableMutation done, TableMutation next) =>
        new(done.Description.Length == 0 ? next.Description : done.Description + "; " + next.Description, next.Table,
            done.CellsOnly && next.CellsOnly);

    private static Gen<TableMutation> One(CsvTable t) =>
        t.Rows.Count == 0
            ? Gen.OneOf(Header(t), InsertRow(t))
            : Gen.Frequency(
                (10, Cell(t)),
                (2, CopyKode(t)),
                (3, Header(t)),
                (3, Rows(t)),
                (1, InsertRow(t)),
                (1, BeyondHeader(t)));

    private static Gen<TableMutation> Cell(CsvTable t) =>
        t.Rows.Count == 0 || t.Width == 0
            ? Gen.Constant(new TableMutation("nothing", t, true))
            : from row in Gen.Choose(0, t.Rows.Count - 1)
              from column in Gen.Choose(0, t.Width - 1)
              from value in MalformedValues.For(t.Header[column])
              select new TableMutation($"row {t.FileRowOf(row)} {t.Header[column]} := {Show(value)}", t.WithCell(row, column, value), true);

    // A duplicate kode: a planner copying a row and forgetting to change it.
    private static Gen<TableMutation> CopyKode(CsvTable t) =>
        from source in Gen.Choose(0, t.Rows.Count - 1)
        from target in Gen.Choose(0, t.Rows.Count - 1)
        let kode = Math.Max(0, t.ColumnOf("kode"))
        select new TableMutation($"row {t.FileRowOf(target)} kode := kode of row {t.FileRowOf(source)}",
            t.WithCell(target, kode, t.Rows[source].Count > kode ? t.Rows[source][kode] : ""), true);

    private static Gen<TableMutation> Header(CsvTable t) =>
        t.Width == 0
            ? Gen.Constant(new TableMutation("nothing", t, true))
            : Gen.Choose(0, t.Width - 1).SelectMany(c => Gen.OneOf(
                Gen.Constant(new TableMutation($"drop column {t.Header[c]}", t.MapColumns(r => r.RemoveAt(c)), false)),
                Gen.Choose(0, t.Width).Select(at =>
                    new TableMutation($"column {t.Header[c]} again at {at + 1}", t.MapColumns(r => r.Insert(at, r[c])), false)),
                Gen.Choose(0, t.Width - 1).Select(other =>
                    new TableMutation($"swap columns {t.Header[c]} and {t.Header[other]}", t.MapColumns(r => Swap(r, c, other)), false)),
                Gen.Elements(
                        t.Header[c].ToUpperInvariant(), " " + t.Header[c] + " ", t.Header[c].Replace('_', ' '), t.Header[c] + "2", "",
                        "\ufeff" + t.Header[c], t.Header[c] + "\u00a0", "kode", "pagu", "realisasi", "#" + t.Header[c])
                    .Select(name => new TableMutation($"rename column {t.Header[c]} to {Show(name)}",
                        t with { Header = t.Header.SetItem(c, name) }, false))));

    private static Gen<TableMutation> Rows(CsvTable t) =>
        from a in Gen.Choose(0, t.Rows.Count - 1)
        from b in Gen.Choose(0, t.Rows.Count - 1)
        from kind in Gen.Choose(0, 5)
        select kind switch
        {
            0 => new TableMutation($"row {t.FileRowOf(a)} twice", t with { Rows = t.Rows.Insert(b, t.Rows[a]) }, false),
            1 => new TableMutation($"drop row {t.FileRowOf(a)}", t with { Rows = t.Rows.RemoveAt(a) }, false),
            2 => new TableMutation($"swap rows {t.FileRowOf(a)} and {t.FileRowOf(b)}", t with { Rows = Swap(t.Rows, a, b) }, false),
            3 => new TableMutation($"blank row before row {t.FileRowOf(a)}", t with { Rows = t.Rows.Insert(a, [.. t.Header.Select(_ => "")]) }, false),
            4 => new TableMutation("no rows below the header", t with { Rows = [] }, false),
            _ => new TableMutation("rows reversed", t with { Rows = [.. t.Rows.Reverse()] }, false),
        };

    private static Gen<TableMutation> InsertRow(CsvTable t) =>
        from at in Gen.Choose(0, t.Rows.Count)
        from cells in Gen.CollectToList(t.Header, MalformedValues.For)
        select new TableMutation($"new row at {at + 2}: {Show(string.Join('|', cells))}", t with { Rows = t.Rows.Insert(at, [.. cells]) }, false);

    private static Gen<TableMutation> BeyondHeader(CsvTable t) =>
        from row in Gen.Choose(0, t.Rows.Count - 1)
        from extra in Gen.Choose(1, 300)
        from value in Gen.Elements("x", "1.000", " ", "")
        select new TableMutation($"row {t.FileRowOf(row)} padded with {extra} cells of {Show(value)}",
            t with { Rows = t.Rows.SetItem(row, t.Rows[row].AddRange(Enumerable.Repeat(value, extra))) }, false);

    private static ImmutableList<T> Swap<T>(ImmutableList<T> list, int a, int b) =>
        list.SetItem(a, list[b]).SetItem(b, list[a]);

    /// <summary>A value as the counterexample shows it: escaped, and long ones cut.</summary>
    public static string Show(string value)
    {
        var escaped = System.Text.Json.JsonSerializer.Serialize(value);
        return escaped.Length > 80 ? escaped[..60] + $"…\" ({value.Length} chars)" : escaped;
    }
}
