using System.Globalization;
using Ledger.Domain.Values;

namespace Ledger.Sheets.Numbers;

/// <summary>
/// Formats numbers the Indonesian way, as the printed tables show them: <c>.</c> groups thousands,
/// <c>,</c> is the decimal mark. Independent of the machine's culture.
/// </summary>
public static class Indonesian
{
    /// <summary><c>Rp 1.234.567</c>; a negative amount in parentheses without the prefix, <c>(5.000.000)</c>; zero <c>Rp 0</c>.</summary>
    public static string Rupiah(Money amount) =>
        amount.IsNegative
            ? "(" + Grouped(-(decimal)amount.Rupiah) + ")"
            : "Rp " + Grouped(amount.Rupiah);

    /// <summary>A whole number with thousands grouped: <c>1.234.567</c>, <c>-5.000</c>.</summary>
    public static string Number(long value) => Grouped(value);

    /// <summary>A decimal as in targets, up to 12 decimals, no trailing zeros: <c>3.813</c>, <c>78,5</c>.</summary>
    public static string Decimal(decimal value) => Quantity.FormatNumber(value);

    /// <summary>Targets aligned with a line's indicator names: <c>3.813 Porsi; 78,5%; -</c>, <c>-</c> where one has none.</summary>
    public static string Targets(IReadOnlyList<Quantity?> targets) =>
        string.Join("; ", targets.Select(t => t?.ToIndonesian() ?? "-"));

    /// <summary>A percentage with two decimals, rounded half away from zero: <c>103,09%</c>.</summary>
    public static string Percent(decimal value) =>
        Swap(Round2(value).ToString("#,##0.00", CultureInfo.InvariantCulture)) + "%";

    /// <summary>Two decimals, half away from zero, as the contract rounds every percentage.</summary>
    public static decimal Round2(decimal value) => Math.Round(value, 2, MidpointRounding.AwayFromZero);

    private static string Grouped(decimal value) =>
        Swap(value.ToString("#,##0", CultureInfo.InvariantCulture));

    private static string Swap(string invariant) =>
        string.Create(invariant.Length, invariant, static (span, text) =>
        {
            for (var i = 0; i < text.Length; i++)
                span[i] = text[i] switch { ',' => '.', '.' => ',', var c => c };
        });
}
