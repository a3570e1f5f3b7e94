using System.Globalization;
using Ledger.Domain.Values;

namespace Ledger.Sheets.Numbers;

/// <summary>
/// Words an interpolated phrase the way the printed tables do: Money as <see cref="Indonesian.Rupiah"/> (format
/// <c>+</c> adds the sign of an increase: <c>+Rp 5.000</c>), a Quantity with its satuan, anything else invariant.
/// </summary>
public sealed class IndonesianPhrase : IFormatProvider, ICustomFormatter
{
    /// <summary>Signed money: <c>{change:+}</c>.</summary>
    public const string Signed = "+";

    private static readonly IndonesianPhrase Instance = new();

    private IndonesianPhrase()
    {
    }

    /// <summary>The phrase in words.</summary>
    public static string Format(FormattableString phrase) => phrase.ToString(Instance);

    object? IFormatProvider.GetFormat(Type? formatType) => formatType == typeof(ICustomFormatter) ? this : null;

    string ICustomFormatter.Format(string? format, object? arg, IFormatProvider? formatProvider) => arg switch
    {
        Money m when format == Signed && !m.IsNegative => "+" + Indonesian.Rupiah(m),
        Money m => Indonesian.Rupiah(m),
        Quantity q => q.ToIndonesian(),
        IFormattable f => f.ToString(format, CultureInfo.InvariantCulture),
        _ => arg?.ToString() ?? "",
    };
}
