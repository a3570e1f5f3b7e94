using Ledger.Domain.Budget.Commands;
using Ledger.Domain.Values;

namespace Ledger.Runtime.Sharding.Wire;

/// <summary>A <see cref="CorrectPagu"/> on the wire; its reason travels in the context, as the decider wants it there.</summary>
internal sealed record CorrectPaguDto(ContextDto Context, string Kode, long Pagu)
{
    public static CorrectPaguDto From(CorrectPagu c) => new(ContextDto.From(c.Context), c.Kode.Value, c.Pagu.Rupiah);

    public CorrectPagu ToCommand() => new(Context.ToContext(), Domain.Values.Kode.Parse(Kode), new Money(Pagu));
}
