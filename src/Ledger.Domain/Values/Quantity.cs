using System.Globalization;

namespace Ledger.Domain.Values;

/// <summary>
/// A performance figure with its unit (satuan), such as a target <c>3.813 Porsi</c> or <c>78,5</c>.
/// The number is an exact decimal; <see cref="Satuan"/> is kept as printed ("Orang", "%", "Dokumen"),
/// or empty when none was printed.
/// </summary>
public readonly record struct Quantity(decimal Value, string Satuan)
{
    /// <summary>Indonesian form: <c>.</c> groups thousands, <c>,</c> is the decimal mark; <c>%</c> sticks to the number.</summary>
    public string ToIndonesian()
    {
        var number = FormatNumber(Value);
        if (Satuan.Length == 0)
            return number;
        return Satuan == "%" ? number + "%" : number + " " + Satuan;
    }

    /// <summary>A number the Indonesian way, up to 12 decimals, no trailing zeros: <c>3.813</c>, <c>78,5</c>.</summary>
    public static string FormatNumber(decimal value)
    {
        var text = value.ToString("#,##0.############", CultureInfo.InvariantCulture);
        var swapped = new char[text.Length];
        for (var i = 0; i < text.Length; i++)
            swapped[i] = text[i] switch { ',' => '.', '.' => ',', var c => c };
        return new string(swapped);
    }

    /// <summary><see cref="ToIndonesian"/>.</summary>
    public override string ToString() => ToIndonesian();
}

/// <summary>Which way an indicator improves.</summary>
public enum Arah
{
    /// <summary>Higher is better: capaian = realisasi / target × 100.</summary>
    Naik = 0,
    /// <summary>Lower is better: capaian = (2 × target − realisasi) / target × 100.</summary>
    Turun = 1,
}
