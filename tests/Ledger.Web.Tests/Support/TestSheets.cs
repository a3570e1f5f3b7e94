using System.Globalization;
using System.Net.Http.Headers;
using System.Text;

namespace Ledger.Web.Tests.Support;

/// <summary>Sheets the tests upload: small bad and good ones, and a generated budget of any size.</summary>
public static class TestSheets
{
    /// <summary>Row 3, column 3 (pagu) is not a Rupiah amount.</summary>
    public const string Bad = "kode,uraian,pagu\n1.01,Program Uji,\n1.01.01,Kegiatan Uji,12x\n";

    public const string BadError = "bad.csv:3:3 pagu '12x' is not a Rupiah amount";

    public static string Good(long pagu = 12_000) =>
        $"kode,uraian,pagu,indikator,target\n1.01,Program Uji,,,\n1.01.01,Kegiatan Uji,{pagu.ToString(CultureInfo.InvariantCulture)},Jumlah dokumen,2 Dokumen\n";

    /// <summary>A budget of <paramref name="lines"/> lines: programs of 9 kegiatan of 4 sub kegiatan each, sub kegiatan carrying pagu.</summary>
    public static string Generated(int lines)
    {
        var csv = new StringBuilder("kode,uraian,pagu,indikator,target\n");
        var written = 0;
        for (var p = 1; written < lines; p++)
        {
            csv.Append(CultureInfo.InvariantCulture, $"9.{p:00},Program Uji {p},,,\n");
            written++;
            for (var k = 1; k <= 9 && written < lines; k++)
            {
                csv.Append(CultureInfo.InvariantCulture, $"9.{p:00}.2.{k:00},Kegiatan Uji {p}.{k},,,\n");
                written++;
                for (var s = 1; s <= 4 && written < lines; s++)
                {
                    var pagu = ((p * 1_000) + (k * 100) + s) * 1_000L;
                    csv.Append(CultureInfo.InvariantCulture, $"9.{p:00}.2.{k:00}.{s:0000},Sub Kegiatan Uji {p}.{k}.{s},{pagu},Jumlah laporan,{s} Dokumen\n");
                    written++;
                }
            }
        }
        return csv.ToString();
    }

    public static MultipartFormDataContent Upload(string csv, string fileName)
    {
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(csv));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        return new MultipartFormDataContent { { file, "file", fileName } };
    }
}
