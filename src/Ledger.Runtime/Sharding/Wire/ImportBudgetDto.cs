using Ledger.Domain.Budget.Commands;
using Ledger.Domain.Values;

namespace Ledger.Runtime.Sharding.Wire;

/// <summary>An <see cref="ImportBudget"/> on the wire: every planned line with its indicators and Renstra targets.</summary>
internal sealed record ImportBudgetDto(ContextDto Context, string Source, bool HasIndicators, List<PlannedLineDto> Lines)
{
    public static ImportBudgetDto From(ImportBudget c) => new(
        ContextDto.From(c.Context), c.Source, c.HasIndicators, c.Lines.Select(PlannedLineDto.From).ToList());

    public ImportBudget ToCommand() => new(Context.ToContext(), Source, Lines.Select(l => l.ToLine()).ToList(), HasIndicators);
}

internal sealed record PlannedLineDto(
    string Kode, Level Level, string? Parent, string Uraian, string? Lokasi, string? SumberDana, string? KelompokSasaran,
    long Pagu, long? PaguRenstra, List<PlannedIndicatorDto> Indicators)
{
    public static PlannedLineDto From(PlannedLine l) => new(
        l.Kode.Value, l.Level, l.Parent?.Value, l.Uraian, l.Attributes.Lokasi, l.Attributes.SumberDana, l.Attributes.KelompokSasaran,
        l.Pagu.Rupiah, l.PaguRenstra?.Rupiah, l.Indicators.Select(PlannedIndicatorDto.From).ToList());

    public PlannedLine ToLine() => new(
        Domain.Values.Kode.Parse(Kode), Level, Parent is null ? null : Domain.Values.Kode.Parse(Parent), Uraian,
        new LineAttributes(Lokasi, SumberDana, KelompokSasaran), new Money(Pagu), Indicators.Select(i => i.ToIndicator()).ToList())
    {
        PaguRenstra = PaguRenstra is { } p ? new Money(p) : null,
    };
}

internal sealed record PlannedIndicatorDto(string Name, QuantityDto? Target, Arah Arah, QuantityDto? TargetRenstra)
{
    public static PlannedIndicatorDto From(PlannedIndicator i) =>
        new(i.Name, QuantityDto.From(i.Target), i.Arah, QuantityDto.From(i.TargetRenstra));

    public PlannedIndicator ToIndicator() => new(Name, QuantityDto.To(Target), Arah) { TargetRenstra = QuantityDto.To(TargetRenstra) };
}
