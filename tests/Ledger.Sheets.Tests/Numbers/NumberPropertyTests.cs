using FsCheck.Xunit;
using Ledger.Domain.Values;
using Ledger.Sheets.Numbers;

namespace Ledger.Sheets.Tests.Numbers;

public class NumberPropertyTests
{
    private static readonly string[] Units = ["", "%", "Orang", "Porsi", "Dokumen", "unit", "Kali", "rasio", "Unit Rumah", "Km2"];

    [Property(MaxTest = 500)]
    public bool Rupiah_formatted_the_Indonesian_way_parses_back(long rupiah) =>
        Rupiah.TryParse(Indonesian.Rupiah(new Money(rupiah)), out var parsed, out _) && parsed == new Money(rupiah);

    [Property(MaxTest = 500)]
    public bool Rupiah_as_a_plain_integer_or_grouped_number_parses_back(long rupiah) =>
        Rupiah.TryParse(new Money(rupiah).ToString(), out var plain, out _) && plain.Rupiah == rupiah
        && Rupiah.TryParse(Indonesian.Number(rupiah), out var grouped, out _) && grouped.Rupiah == rupiah;

    [Property(MaxTest = 500)]
    public bool Quantities_formatted_the_Indonesian_way_parse_back(long mantissa, byte scale, byte unit)
    {
        var value = (decimal)mantissa;
        for (var i = 0; i < scale % 13; i++)
            value /= 10m;
        var quantity = new Quantity(value, Units[unit % Units.Length]);
        return QuantityParser.TryParse(quantity.ToIndonesian(), out var parsed, out _) && parsed == quantity;
    }

    [Property(MaxTest = 300)]
    public bool Quantities_with_any_alphabetic_unit_parse_back(int value, string? unit)
    {
        var letters = new string([.. (unit ?? "").Where(char.IsLetter)]);
        var quantity = new Quantity(value, letters);
        return QuantityParser.TryParse(quantity.ToIndonesian(), out var parsed, out _) && parsed == quantity;
    }

    [Property(MaxTest = 500)]
    public bool Percentages_formatted_the_Indonesian_way_parse_back_rounded(long thousandths) =>
        Percent.TryParse(Indonesian.Percent(thousandths / 1000m), out var parsed, out _)
        && parsed == Indonesian.Round2(thousandths / 1000m);

    [Property(MaxTest = 1000)]
    public bool Parsers_never_throw_on_any_text(string? text)
    {
        var rupiah = Rupiah.TryParse(text, out _, out var p1);
        var quantity = QuantityParser.TryParse(text, out _, out var p2);
        var percent = Percent.TryParse(text, out _, out var p3);
        return (rupiah == (p1 is null)) && (quantity == (p2 is null)) && (percent == (p3 is null));
    }

    [Property(MaxTest = 1000)]
    public bool Parsers_never_throw_on_number_like_text(byte[] picks)
    {
        const string alphabet = "0123456789.,-() Rp%";
        var text = new string([.. (picks ?? []).Select(b => alphabet[b % alphabet.Length])]);
        return Parsers_never_throw_on_any_text(text);
    }
}
