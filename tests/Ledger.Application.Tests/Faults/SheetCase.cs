using FsCheck;
using FsCheck.Fluent;

namespace Ledger.Application.Tests.Faults;

/// <summary>
/// One malformed (or still valid) sheet file: the import it goes to, its bytes, and how it was made.
/// <paramref name="CellsOnly"/> says only cell values changed, so a rejection must point at a row and column.
/// </summary>
internal sealed record SheetCase(SheetTarget Target, string Description, byte[] Bytes, string Extension, bool CellsOnly)
{
    public override string ToString() => $"{Target}: {Description} ({Bytes.Length} bytes{(Extension == ".csv" ? "" : ", " + Extension)})";

    /// <summary>Any mutation of the grid, the text encoding and the bytes of a target's sample.</summary>
    public static Gen<SheetCase> Any(IReadOnlyList<SheetTarget> targets) =>
        from target in Gen.Elements(targets.ToArray())
        from table in Gen.Frequency((9, TableMutations.Any(target.Table)), (1, Gen.Constant(new TableMutation("unchanged", target.Table, true))))
        from form in TextForm.Any
        from bytes in ByteMutations.Any(form.Encode(table.Table))
        from name in Gen.Frequency((12, Gen.Constant(".csv")), (1, Gen.Elements(".xlsx", ".txt", "")))
        select new SheetCase(target, Join(table.Description, form.Description, bytes.Description), bytes.Bytes, name,
            table.CellsOnly && form.KeepsCells && bytes.Description.Length == 0);

    /// <summary>Only cell values change, in a file that is otherwise well formed.</summary>
    public static Gen<SheetCase> CellMutations(IReadOnlyList<SheetTarget> targets) =>
        from target in Gen.Elements(targets.ToArray())
        from table in TableMutations.CellsOnly(target.Table)
        from form in TextForm.Valid
        select new SheetCase(target, Join(table.Description, form.Description, ""), form.Encode(table.Table), ".csv", CellsOnly: true);

    private static string Join(params string[] parts) => string.Join("; ", parts.Where(p => p.Length > 0));
}
