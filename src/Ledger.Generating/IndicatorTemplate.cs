using Ledger.Domain.Values;

namespace Ledger.Generating;

/// <summary>
/// An indicator as the generator writes it: the name (with <c>{0}</c> where the line's object goes), its satuan
/// (empty for an index, as seed 003 prints its IKM), the range its target is drawn from (whole numbers, or tenths
/// for a percentage or an index) and which way it improves.
/// </summary>
public sealed record IndicatorTemplate(string Name, string Satuan, int Min, int Max, Arah Arah = Arah.Naik)
{
    /// <summary>Counted things (Dokumen, Orang, Porsi) are whole; a percentage or an index may have a decimal.</summary>
    public bool IsCounted => Counts(Satuan);

    public static bool Counts(string satuan) => satuan is not ("%" or "");

    /// <summary>Counted things that improve upwards add up over the year; a percentage, an index or a lower-is-better figure is a level.</summary>
    public bool IsCumulative => Arah == Arah.Naik && IsCounted;

    public string NameFor(string subject) => string.Format(System.Globalization.CultureInfo.InvariantCulture, Name, subject);
}

/// <summary>A sub kegiatan of the penunjang program as Permendagri 90/2019 numbers and names it, with its indicator.</summary>
public sealed record PenunjangSub(int Number, string Uraian, IndicatorTemplate Indicator);

/// <summary>A kegiatan of the penunjang program (<c>2.01</c> … <c>2.09</c>) with its sub kegiatan.</summary>
public sealed record PenunjangKegiatan(int Number, string Uraian, IReadOnlyList<PenunjangSub> Subs);
