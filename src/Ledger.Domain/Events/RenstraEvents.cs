using Ledger.Domain.Values;

namespace Ledger.Domain.Events;

/// <summary>
/// A Renstra sheet for <paramref name="FirstYear"/>–<paramref name="LastYear"/> was imported; it heads the events
/// that changed the Renstra, in the stream of the period's first year. The latest one gives the period.
/// </summary>
public sealed record RenstraSheetImported(string Source, string Fingerprint, int FirstYear, int LastYear, int IndicatorCount) : PerformanceEvent;

/// <summary>
/// An indicator of the Renstra enters it, or is described anew (satuan, arah, IKU, place). <paramref name="Sasaran"/>
/// is null for an indicator of the tujuan itself. <paramref name="Order"/> is its place in the sheet, from 0.
/// </summary>
public sealed record RenstraIndicatorDefined(
    string Tujuan, string? Sasaran, string Indikator, string Satuan, Arah Arah, bool Iku, int Order) : PerformanceEvent;

/// <summary>An indicator leaves the Renstra: a re-imported sheet no longer has it.</summary>
public sealed record RenstraIndicatorDropped(string Tujuan, string? Sasaran, string Indikator) : PerformanceEvent;

/// <summary>A figure of a Renstra indicator (its kondisi awal, a year's target or the end target) is set where it had none.</summary>
public sealed record RenstraValueSet(string Tujuan, string? Sasaran, string Indikator, RenstraSlot Slot, Quantity Value) : PerformanceEvent;

/// <summary>A figure of a Renstra indicator changes; the old one stays in the journal.</summary>
public sealed record RenstraValueRevised(string Tujuan, string? Sasaran, string Indikator, RenstraSlot Slot, Quantity From, Quantity To) : PerformanceEvent;

/// <summary>A figure of a Renstra indicator is no longer printed: a re-imported sheet leaves its cell empty.</summary>
public sealed record RenstraValueCleared(string Tujuan, string? Sasaran, string Indikator, RenstraSlot Slot, Quantity From) : PerformanceEvent;
