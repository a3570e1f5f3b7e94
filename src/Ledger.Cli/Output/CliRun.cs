using System.CommandLine;
using Ledger.Application;
using Ledger.Composition;
using Ledger.Domain.Json;
using Ledger.Runtime.Streams;
using Ledger.Store;

namespace Ledger.Cli;

/// <summary>
/// Runs a command body and turns the expected failures into the contract's exit codes and one
/// <c>error:</c> line. Anything else is a bug and surfaces with its stack trace.
/// </summary>
public static class CliRun
{
    public static void SetAction(this Command command, Func<ParseResult, CliContext, CancellationToken, Task<int>> body) =>
        command.SetAction(async (parse, ct) =>
        {
            var context = new CliContext(parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error);
            try
            {
                return await body(parse, context, ct);
            }
            catch (Exception e) when (StoreFailures.Describe(e, parse) is { } failure)
            {
                // A full or failing disk is the machine's state, not a bug: one line, no stack trace.
                return await context.FailAsync(failure, ExitCodes.StoreFailed);
            }
            catch (InputException e)
            {
                return await context.FailAsync(e.Message, ExitCodes.BadInput);
            }
            catch (UsageException e)
            {
                return await context.FailAsync(e.Message, ExitCodes.Usage);
            }
            catch (StoreUriException e)
            {
                return await context.FailAsync(e.Message, ExitCodes.Usage);
            }
            catch (EventFormatException e)
            {
                return await context.FailAsync($"the journal holds an unreadable event: {e.Message} (run ledger verify)", ExitCodes.BadInput);
            }
            catch (WrongExpectedVersionException e)
            {
                return await context.FailAsync($"another writer changed the stream meanwhile and retries ran out: {e.Message}", ExitCodes.BadInput);
            }
            catch (IdempotencyConflictException e)
            {
                return await context.FailAsync(e.Message, ExitCodes.BadInput);
            }
            catch (StreamUnavailableException e) when (e.InnerException is EventFormatException f)
            {
                return await context.FailAsync($"the journal holds an unreadable event: {f.Message} (run ledger verify)", ExitCodes.BadInput);
            }
            catch (StreamUnavailableException e) when (e.InnerException is StoreUriException u)
            {
                return await context.FailAsync(u.Message, ExitCodes.Usage);
            }
            catch (StreamUnavailableException e)
            {
                return await context.FailAsync(e.Message, ExitCodes.BadInput);
            }
            catch (TimeoutException e)
            {
                // Another writer held the journal's write lock too long; nothing was written.
                return await context.FailAsync(e.Message, ExitCodes.BadInput);
            }
            catch (OperationCanceledException)
            {
                return await context.FailAsync("cancelled; nothing was half-written (every append is one transaction)", ExitCodes.Cancelled);
            }
        });
}

/// <summary>A command-line usage mistake found after parsing (an option value that cannot be used).</summary>
public sealed class UsageException(string message) : Exception(message);

/// <summary>Where a command writes.</summary>
public sealed record CliContext(TextWriter Out, TextWriter Error)
{
    public async Task<int> FailAsync(string message, int exitCode)
    {
        await Error.WriteLineAsync("error: " + message);
        return exitCode;
    }
}
