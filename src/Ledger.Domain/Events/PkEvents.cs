using Ledger.Domain.Values;

namespace Ledger.Domain.Events;

/// <summary>
/// A Perjanjian Kinerja sheet for the envelope's fiscal year was imported; it heads the events that changed the PK.
/// <paramref name="RenstraFirstYear"/> names the Renstra it was checked against (the one starting that year), null
/// when the unit had none covering the year.
/// </summary>
public sealed record PkSheetImported(string Source, string Fingerprint, int? RenstraFirstYear, int IndicatorCount) : PerformanceEvent;

/// <summary>
/// An indicator enters the year's PK under <paramref name="Sasaran"/>, or is described anew. Its name is the
/// Renstra's where the PK was checked against one. <paramref name="Order"/> is its place in the sheet, from 0.
/// </summary>
public sealed record PkIndicatorDefined(string Sasaran, string Indikator, string Satuan, Arah Arah, bool Iku, int Order) : PerformanceEvent;

/// <summary>An indicator leaves the year's PK: a re-imported sheet no longer has it.</summary>
public sealed record PkIndicatorDropped(string Indikator) : PerformanceEvent;

/// <summary>The year's target of a PK indicator is set where it had none.</summary>
public sealed record PkTargetSet(string Indikator, Quantity Target) : PerformanceEvent;

/// <summary>The year's target of a PK indicator is revised from the envelope's effective date on; the old one stays in the journal.</summary>
public sealed record PkTargetRevised(string Indikator, Quantity From, Quantity To) : PerformanceEvent;

/// <summary>The budget lines (programs or kegiatan of the year's budget) serving a PK indicator change from <paramref name="From"/> to <paramref name="To"/>.</summary>
public sealed record PkProgramsAssigned(string Indikator, KodeList From, KodeList To) : PerformanceEvent;
