using System.CommandLine;

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

    public static Option<int> Year() => new("--year")
    {
        Description = "fiscal year (tahun anggaran)",
        Required = true,
        HelpName = "YYYY",
    };

    public static Option<int?> OptionalYear() => new("--year") { Description = "fiscal year", HelpName = "YYYY" };

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
        Description = "rating scale: permendagri86 (default) or lkjip",
        HelpName = "SCALE",
    };

    public static Option<string?> Format() => new("--format")
    {
        Description = "md, csv, json, xlsx or html (default: from --out's extension, else md)",
        HelpName = "FORMAT",
    };

    public static Option<string?> Out() => new("--out") { Description = "write to this file instead of standard output", HelpName = "FILE" };
}
