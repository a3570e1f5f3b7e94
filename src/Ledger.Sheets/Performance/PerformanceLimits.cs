namespace Ledger.Sheets.Performance;

/// <summary>Upper bounds on the Renstra, PK and kinerja sheets, far above any unit's, so a wrong file is refused early.</summary>
public static class PerformanceLimits
{
    /// <summary>Most indicator rows a performance sheet may have; a unit's Renstra or PK has tens.</summary>
    public const int MaxRows = 2000;
}
