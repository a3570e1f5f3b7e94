namespace Ledger.Web.Queries;

/// <summary>The tables of a unit-year that the API and pages serve.</summary>
internal enum TableKind
{
    Perubahan = 0,
    Capaian = 1,
    Evaluasi = 2,
}

internal static class TableKinds
{
    public static string Name(this TableKind kind) => kind switch
    {
        TableKind.Perubahan => "perubahan",
        TableKind.Capaian => "capaian",
        TableKind.Evaluasi => "evaluasi",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };
}
