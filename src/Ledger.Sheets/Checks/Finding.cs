namespace Ledger.Sheets.Checks;

/// <summary>
/// A disagreement in a source sheet: a printed figure that does not follow from the others.
/// Reported, never fatal: source documents are often wrong and the ledger computes its own figures.
/// </summary>
/// <param name="Kode">The line's kode, <c>JUMLAH</c> for a printed grand total, or <c>-</c> on a kinerja sheet's indicator.</param>
/// <param name="Row">The 1-based row in the file.</param>
/// <param name="What">What was checked, in one line.</param>
/// <param name="Printed">The figure as the sheet gives it (money as a plain integer).</param>
/// <param name="Computed">The figure the other numbers give (money as a plain integer).</param>
public sealed record Finding(string Kode, int Row, string What, string Printed, string Computed)
{
    /// <summary>The kode used for printed grand totals.</summary>
    public const string TotalKode = "JUMLAH";

    /// <summary>The kode of a finding on a performance sheet, whose rows are indicators, not budget lines.</summary>
    public const string NoKode = "-";

    /// <summary>One line, as <c>ledger check</c> prints it: <c>kode  what  printed  computed</c>.</summary>
    public override string ToString() => $"{Kode}\t{What}\tprinted {Printed}\tcomputed {Computed}";
}
