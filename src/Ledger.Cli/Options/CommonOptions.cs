using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using Ledger.Application.Requests;
using Ledger.Store;

namespace Ledger.Cli.Options;

/// <summary>Options shared by several commands. Each call makes a fresh instance for one command.</summary>
public static class CommonOptions
{
    public static Option<string?> Store() => new("--store")
    {
        Description = "store URI: sqlite:PATH or postgres://user:pass@host:port/db (default: $LEDGER_STORE, else sqlite:ledger.db)",
        HelpName = "URI",
    };

    public static Option<string> Unit(bool required = true) => new("--unit")
    {
        Description = "the unit as users write it, e.g. \"Kecamatan Mangkutana\"",
        Required = required,
        HelpName = "UNIT",
    };

    public static Option<int> Year()
    {
        var option = new Option<int>("--year")
        {
            Description = $"fiscal year (tahun anggaran), {StreamName.MinFiscalYear} to {StreamName.MaxFiscalYear}",
            Required = true,
            HelpName = "YYYY",
        };
        option.Validators.Add(CheckFiscalYear);
        return option;
    }

    public static Option<int?> OptionalYear()
    {
        var option = new Option<int?>("--year") { Description = "fiscal year", HelpName = "YYYY" };
        option.Validators.Add(CheckFiscalYear);
        return option;
    }

    // A year no stream can have is a usage mistake (exit 2) found while parsing, before any store is opened.
    private static void CheckFiscalYear(OptionResult result)
    {
        var token = result.Tokens.Count == 1 ? result.Tokens[0].Value : null;
        // Text that is not a number is System.CommandLine's to refuse; the range is the shared parser's.
        if (int.TryParse(token, NumberStyles.Integer, CultureInfo.InvariantCulture, out _)
            && RequestValues.FiscalYear(token, "--year").Error is { } error)
        {
            result.AddError(error);
        }
    }

    public static Option<string?> Kode() => new("--kode") { Description = "a line's code, e.g. 7.01.01.2.01.0001", HelpName = "KODE" };

    public static Option<string?> AsOf() => new("--as-of")
    {
        Description = "state legally in force on this date (effective on or before it)",
        HelpName = "DATE",
    };

    public static Option<string?> AsKnownAt() => new("--as-known-at")
    {
        Description = "state as the ledger knew it at this instant (recorded at or before it), e.g. 2020-08-05T10:00:00Z",
        HelpName = "INSTANT",
    };

    public static Option<int?> Triwulan(string description) => new("--triwulan")
    {
        Description = description + " (1..4: 31 Mar, 30 Jun, 30 Sep, 31 Dec)",
        HelpName = "N",
    };

    public static Option<string?> Predikat() => new("--predikat")
    {
        Description = "rating scale: permendagri86 (default), lkjip or ordinal",
        HelpName = "SCALE",
    };

    public static Option<string?> Format() => new("--format")
    {
        Description = "md, csv, json, xlsx or html (default: from --out's extension, else md)",
        HelpName = "FORMAT",
    };

    public static Option<string?> Out() => new("--out") { Description = "write to this file instead of standard output", HelpName = "FILE" };
}
