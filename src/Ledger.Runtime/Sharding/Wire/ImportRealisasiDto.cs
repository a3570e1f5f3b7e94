using Ledger.Domain.Budget.Commands;
using Ledger.Domain.Values;

namespace Ledger.Runtime.Sharding.Wire;

/// <summary>An <see cref="ImportRealisasi"/> on the wire: each reported line's cumulative Rupiah and indicator achievements.</summary>
internal sealed record ImportRealisasiDto(ContextDto Context, string Source, bool Correction, List<ReportedLineDto> Lines)
{
    public static ImportRealisasiDto From(ImportRealisasi c) => new(
        ContextDto.From(c.Context), c.Source, c.Correction, c.Lines.Select(ReportedLineDto.From).ToList());

    public ImportRealisasi ToCommand() => new(Context.ToContext(), Source, Lines.Select(l => l.ToLine()).ToList(), Correction);
}

/// <param name="Realisasi">Null on a parent line or where the sheet printed none: not the same as 0.</param>
internal sealed record ReportedLineDto(string Kode, long? Realisasi, List<ReportedKinerjaDto> Kinerja)
{
    public static ReportedLineDto From(ReportedLine l) => new(
        l.Kode.Value, l.Realisasi?.Rupiah, l.Kinerja.Select(k => new ReportedKinerjaDto(k.Indikator, QuantityDto.From(k.Realisasi)!)).ToList());

    public ReportedLine ToLine() => new(
        Domain.Values.Kode.Parse(Kode), Realisasi is { } r ? new Money(r) : null,
        Kinerja.Select(k => new ReportedKinerja(k.Indikator, QuantityDto.To(k.Realisasi)!.Value)).ToList());
}

internal sealed record ReportedKinerjaDto(string Indikator, QuantityDto Realisasi);
