namespace Ledger.Sheets.Lines;

/// <summary>What a sheet holds, told apart by its columns (as <c>ledger check FILE…</c> needs).</summary>
public enum SheetKind
{
    /// <summary>Neither a budget nor a realisasi sheet.</summary>
    Unknown = 0,
    /// <summary>Has <c>kode</c> and <c>pagu</c> (contract §4).</summary>
    Budget = 1,
    /// <summary>Has <c>kode</c> and <c>realisasi</c> (contract §5).</summary>
    Realisasi = 2,
}
