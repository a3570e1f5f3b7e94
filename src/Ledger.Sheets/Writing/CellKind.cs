namespace Ledger.Sheets.Writing;

/// <summary>What a table column holds, which decides how every format renders and aligns it.</summary>
public enum CellKind
{
    /// <summary>Free text, left-aligned.</summary>
    Text = 0,
    /// <summary>Whole Rupiah: plain integers in CSV and JSON, <c>Rp 1.234.567</c> / <c>(5.000.000)</c> for people.</summary>
    Money = 1,
    /// <summary>A percentage with two decimals: <c>96.19</c> in CSV and JSON, <c>96,19%</c> for people.</summary>
    Percent = 2,
    /// <summary>Another number (a target, a count): invariant in CSV and JSON, <c>3.813</c> / <c>78,5</c> for people.</summary>
    Number = 3,
}
