using Ledger.Domain.Performance;
using Ledger.Sheets.Performance;

namespace Ledger.Cli.Options;

/// <summary><c>--predikat SCALE|FILE.csv</c> (contract §9.5): a named scale, or a unit's own from a sheet.</summary>
public static class PredikatOption
{
    /// <summary>The scale named, else the one in the file; a name that is neither is a usage mistake, a bad file bad input.</summary>
    public static PredikatScale Scale(string? value)
    {
        if (value is null || PredikatScale.TryParse(value, out _))
            return OptionValues.Predikat(value);
        if (!value.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) && !value.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase) && !File.Exists(value))
            throw new UsageException($"--predikat '{value}': use permendagri86, lkjip, ordinal or a scale sheet (lebih_dari,predikat), FILE.csv");
        var scale = PredikatScaleSheetParser.Read(CliSheets.Open(value));
        return scale.IsOk ? scale.Value : throw new Application.InputException(scale.Error.ToString());
    }
}
