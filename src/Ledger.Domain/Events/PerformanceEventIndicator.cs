namespace Ledger.Domain.Events;

/// <summary>Which indicator a performance event is about, for an indicator's history.</summary>
public static class PerformanceEventIndicator
{
    /// <summary>The indicator's name as the event carries it; null for a sheet's marker.</summary>
    public static string? NamedIndicator(this PerformanceEvent @event) => @event switch
    {
        RenstraIndicatorDefined e => e.Indikator,
        RenstraIndicatorDropped e => e.Indikator,
        RenstraValueSet e => e.Indikator,
        RenstraValueRevised e => e.Indikator,
        RenstraValueCleared e => e.Indikator,
        PkIndicatorDefined e => e.Indikator,
        PkIndicatorDropped e => e.Indikator,
        PkTargetSet e => e.Indikator,
        PkTargetRevised e => e.Indikator,
        PkProgramsAssigned e => e.Indikator,
        PengukuranReported e => e.Indikator,
        PengukuranRevised e => e.Indikator,
        _ => null,
    };
}
