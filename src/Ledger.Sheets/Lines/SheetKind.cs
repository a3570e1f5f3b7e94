namespace Ledger.Sheets.Lines;

/// <summary>What a sheet holds, told apart by its columns (as <c>ledger check FILE…</c> needs).</summary>
public enum SheetKind
{
    /// <summary>None of the sheets below.</summary>
    Unknown = 0,
    /// <summary>Has <c>kode</c> and <c>pagu</c> (contract §4).</summary>
    Budget = 1,
    /// <summary>Has <c>kode</c> and <c>realisasi</c> (contract §5).</summary>
    Realisasi = 2,
    /// <summary>No <c>kode</c>; has <c>tujuan</c> and <c>indikator</c> (contract §9.1).</summary>
    Renstra = 3,
    /// <summary>No <c>kode</c>; has <c>indikator</c> and <c>target</c> (contract §9.2).</summary>
    Pk = 4,
    /// <summary>No <c>kode</c>; has <c>indikator</c> and <c>realisasi</c> (contract §9.3).</summary>
    Kinerja = 5,
}
