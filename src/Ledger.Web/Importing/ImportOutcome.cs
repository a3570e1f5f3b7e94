namespace Ledger.Web.Importing;

/// <summary>What an accepted import did, as the API returns it: events appended (0 when already imported) and the sheet's findings.</summary>
public sealed record ImportOutcome(
    string File, string Unit, int Year, string What, int Lines, int Appended, long StreamVersion, string Actor, IReadOnlyList<ImportWarning> Warnings);

/// <summary>A printed figure in the sheet that its numbers don't give: reported, not stored (contract §4).</summary>
public sealed record ImportWarning(int Row, string Kode, string What, string Printed, string Computed);
