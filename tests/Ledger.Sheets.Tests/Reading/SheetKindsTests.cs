using Ledger.Sheets.Lines;
using Ledger.Sheets.Reading;

namespace Ledger.Sheets.Tests.Reading;

public class SheetKindsTests
{
    [Theory]
    [InlineData("kode,uraian,pagu", SheetKind.Budget)]
    [InlineData("Kode;Realisasi;Serapan_Pct", SheetKind.Realisasi)]
    [InlineData("kode,pagu,realisasi", SheetKind.Realisasi)]
    [InlineData("uraian,pagu", SheetKind.Unknown)]
    [InlineData("kode,uraian", SheetKind.Unknown)]
    [InlineData("tujuan,sasaran,tingkat,indikator,target_2022,target_akhir", SheetKind.Renstra)]
    [InlineData("Sasaran,Indikator,Satuan,Target,Program", SheetKind.Pk)]
    [InlineData("indikator,realisasi,capaian_pct", SheetKind.Kinerja)]
    [InlineData("sasaran,indikator,satuan", SheetKind.Unknown)]
    [InlineData("kode,indikator,target", SheetKind.Unknown)]
    public void Sheets_are_told_apart_by_their_columns(string header, SheetKind expected) =>
        Assert.Equal(expected, SheetKinds.Of(SheetReader.ReadCsvText(header + "\n", "s.csv").ValueOrThrow()));

    [Fact]
    public void An_error_prints_as_file_row_column_message() =>
        Assert.Equal("bad.csv:5:3 pagu '12x' is not a Rupiah amount",
            SheetError.InCell("bad.csv", 5, 3, "pagu", "'12x' is not a Rupiah amount").ToString());

    [Fact]
    public void An_error_message_is_always_one_line() =>
        Assert.Equal("f.csv:2:1 kode 'a b' is bad", SheetError.AtCell("f.csv", 2, 1, "kode", "kode 'a\r\nb' is bad").ToString());
}
