namespace Ledger.Sheets.Performance;

/// <summary>Whose indicator a Renstra row is (contract §9.1 <c>tingkat</c>).</summary>
public enum RenstraTingkat
{
    /// <summary>An indicator of a sasaran (the default).</summary>
    Sasaran = 0,
    /// <summary>An indicator of the tujuan itself; the row names no sasaran.</summary>
    Tujuan = 1,
}
