using System.Globalization;
using Ledger.Application.Requests;
using Ledger.Domain.Values;
using NodaTime;

namespace Ledger.Cli.Options;

/// <summary>Turns option text into typed values, with usage errors that say what was expected.</summary>
public static class OptionValues
{
    public static LocalDate? Date(string? text, string option) =>
        text is null ? null : RequestValues.Date(text, option).OrThrow(Usage);

    public static Instant? Instant(string? text, string option) =>
        text is null ? null : RequestValues.Instant(text, option).OrThrow(Usage);

    public static Stage? Stage(string? text, string option) =>
        text is null ? null : RequestValues.Stage(text, option).OrThrow(Usage);

    public static Kode? Kode(string? text) =>
        text is null ? null : RequestValues.Kode(text, "--kode").OrThrow(Usage);

    /// <summary>A Renstra's period <c>YYYY-YYYY</c>.</summary>
    public static (int First, int Last) Period(string text, string option) => RequestValues.Period(text, option).OrThrow(Usage);

    public static string Unit(string text) => RequestValues.Unit(text, "--unit").OrThrow(Usage);

    /// <summary>The end of <paramref name="triwulan"/>, or the given date; at most one of them; null when neither.</summary>
    public static LocalDate? PeriodEnd(int fiscalYear, int? triwulan, string? date, string dateOption) =>
        RequestValues.PeriodEnd(fiscalYear, triwulan?.ToString(CultureInfo.InvariantCulture), date, "--triwulan", dateOption).OrThrow(Usage);

    // Every refused value is a usage mistake (exit 2), as it was before the parser was shared.
    private static UsageException Usage(string message) => new(message);

    public static Domain.Performance.PredikatScale Predikat(string? name)
    {
        if (name is null)
            return Domain.Performance.PredikatScale.Permendagri86;
        return Domain.Performance.PredikatScale.TryParse(name, out var scale)
            ? scale
            : throw new UsageException($"--predikat '{name}': use permendagri86, lkjip or ordinal");
    }
}
