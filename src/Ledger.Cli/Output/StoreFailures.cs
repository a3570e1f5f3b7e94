using System.CommandLine;
using System.Globalization;
using System.Text.RegularExpressions;
using Ledger.Composition;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Ledger.Cli;

/// <summary>
/// Turns what the disk or the database server did to a command (full, failing, unopenable) into one line a user
/// can act on, instead of a stack trace or a usage error. A failed append is one rolled-back transaction, so
/// the line also says what the journal still holds.
/// </summary>
public static partial class StoreFailures
{
    private const int SqliteIoError = 10;
    private const int SqliteFull = 13;
    private const int SqliteCantOpen = 14;
    private const int NoSpaceErrno = 28;

    // Opening the file on a full disk fails with an I/O error (the -shm or -wal cannot grow), not SQLITE_FULL;
    // below this much free space that is what happened.
    private const long NearlyFullBytes = 1 << 20;

    /// <summary>The <c>error:</c> message (without the prefix) for a disk or server failure, or null for anything else.</summary>
    public static string? Describe(Exception exception, ParseResult parse)
    {
        var uri = EventStores.Resolve(StoreOption(parse));
        var sqlitePath = uri.StartsWith("sqlite:", StringComparison.OrdinalIgnoreCase) && uri.Length > "sqlite:".Length
            ? Path.GetFullPath(uri["sqlite:".Length..])
            : null;
        var outcome = Outcome(parse);
        foreach (var e in Chain(exception))
        {
            switch (e)
            {
                case SqliteException sqlite when sqlitePath is not null && sqlite.SqliteErrorCode == SqliteFull:
                    return $"the disk holding {sqlitePath} is full; {outcome}";
                case SqliteException sqlite when sqlitePath is not null && sqlite.SqliteErrorCode is SqliteIoError or SqliteCantOpen && IsNearlyFull(sqlitePath):
                    return $"the disk holding {sqlitePath} is full; {outcome}";
                case SqliteException sqlite when sqlitePath is not null && sqlite.SqliteErrorCode == SqliteIoError:
                    return $"reading or writing {sqlitePath} failed: disk I/O error (SQLite extended code {sqlite.SqliteExtendedErrorCode}); {outcome}";
                case StoreUriException open when sqlitePath is not null && OpenErrorCode(open.Message) is { } code:
                    // EventStores keeps only the message of the SQLite error that stopped the open.
                    if (code == SqliteFull || (code is SqliteIoError or SqliteCantOpen && IsNearlyFull(sqlitePath)))
                        return $"the disk holding {sqlitePath} is full; {outcome}";
                    return null;
                case PostgresException postgres when postgres.SqlState.StartsWith("53", StringComparison.Ordinal):
                    // Class 53, insufficient resources: 53100 disk full, 53200 out of memory, 53300 too many connections.
                    return $"the PostgreSQL server ran out of resources: {postgres.MessageText} ({postgres.SqlState}); {outcome}";
                case IOException io when io.HResult == NoSpaceErrno:
                    return $"the disk is full: {io.Message}; {outcome}";
            }
        }
        return null;
    }

    private static string? StoreOption(ParseResult parse) =>
        parse.CommandResult.Command.Options.FirstOrDefault(o => o.Name == "--store") is Option<string?> store
            ? parse.GetValue(store)
            : null;

    /// <summary>What a failed command left in the journal: a write is one transaction, rolled back when it fails.</summary>
    private static string Outcome(ParseResult parse)
    {
        var command = parse.CommandResult.Command;
        return command.Name switch
        {
            "budget" or "realisasi" or "correct" => "nothing was appended",
            // Appends in batches of one stream each; the batches before the failed one stay, and are skipped next time.
            "append" => "the batch being appended was rolled back; run the same append again once there is room (stored events are skipped)",
            _ => "the journal was not changed",
        };
    }

    private static IEnumerable<Exception> Chain(Exception exception)
    {
        var pending = new Stack<Exception>([exception]);
        while (pending.TryPop(out var e))
        {
            yield return e;
            if (e is AggregateException aggregate)
            {
                foreach (var inner in aggregate.InnerExceptions)
                    pending.Push(inner);
            }
            else if (e.InnerException is { } inner)
            {
                pending.Push(inner);
            }
        }
    }

    private static int? OpenErrorCode(string message) =>
        SqliteErrorPattern().Match(message) is { Success: true } match
            ? int.Parse(match.Groups[1].ValueSpan, CultureInfo.InvariantCulture)
            : null;

    private static bool IsNearlyFull(string path)
    {
        try
        {
            var folder = Path.GetDirectoryName(path) ?? ".";
            return new DriveInfo(folder).AvailableFreeSpace < NearlyFullBytes;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
        {
            return false;
        }
    }

    [GeneratedRegex(@"SQLite Error (\d+):")]
    private static partial Regex SqliteErrorPattern();
}
