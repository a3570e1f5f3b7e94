using Ledger.Domain.Budget.Commands;
using Ledger.Domain.Values;
using NodaTime.Text;

namespace Ledger.Runtime.Sharding.Wire;

/// <summary>A <see cref="CommandContext"/> on the wire: dates and instants as ISO text, the stage by its name.</summary>
internal sealed record ContextDto(
    string Unit, int Year, string Stage, string Effective, string RecordedAt, string Actor, string? Basis, string? Reason)
{
    public static ContextDto From(CommandContext c) => new(
        c.Unit, c.FiscalYear, c.Stage.Name(), LocalDatePattern.Iso.Format(c.Effective),
        InstantPattern.ExtendedIso.Format(c.RecordedAt), c.Actor, c.Basis, c.Reason);

    public CommandContext ToContext() => new(
        Unit, Year,
        Stages.TryParse(Stage, out var stage) ? stage : throw new FormatException($"unknown stage '{Stage}'"),
        LocalDatePattern.Iso.Parse(Effective).GetValueOrThrow(),
        InstantPattern.ExtendedIso.Parse(RecordedAt).GetValueOrThrow(),
        Actor, Basis, Reason);
}

/// <summary>A <see cref="Quantity"/> on the wire; the decimal keeps its scale (78,50 stays 78,50), which fingerprints see.</summary>
internal sealed record QuantityDto(decimal Value, string Satuan)
{
    public static QuantityDto? From(Quantity? q) => q is { } v ? new QuantityDto(v.Value, v.Satuan) : null;

    public static Quantity? To(QuantityDto? q) => q is null ? null : new Quantity(q.Value, q.Satuan);
}
