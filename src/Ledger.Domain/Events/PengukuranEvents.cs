using Ledger.Domain.Values;

namespace Ledger.Domain.Events;

/// <summary>
/// A kinerja sheet (pengukuran) was imported for the period ending on the envelope's effective date; it heads the
/// realisasi it reported.
/// </summary>
public sealed record KinerjaSheetImported(string Source, string Fingerprint, int IndicatorCount) : PerformanceEvent;

/// <summary>What a PK indicator achieved at the period end (the envelope's effective date), first reported.</summary>
public sealed record PengukuranReported(string Indikator, Quantity Realisasi) : PerformanceEvent;

/// <summary>A later report for the same period end changes a PK indicator's realisasi; both stay in the journal.</summary>
public sealed record PengukuranRevised(string Indikator, Quantity From, Quantity To) : PerformanceEvent;
