using System.CommandLine;
using Ledger.Cli.Options;
using Ledger.Composition;
using Ledger.Web;

namespace Ledger.Cli.Commands;

/// <summary>
/// <c>ledger serve [--port N] [--listen ADDRESS]</c>: the web UI and HTTP API (contract §8) until Ctrl+C. Prints the
/// address it listens on as its one line on standard output; request logs go to standard error.
/// </summary>
public static class ServeCommand
{
    public static Command Create()
    {
        var store = CommonOptions.Store();
        var port = new Option<int>("--port")
        {
            Description = $"TCP port (default {WebOptions.DefaultPort}; 0 picks a free one)",
            HelpName = "N",
            DefaultValueFactory = _ => WebOptions.DefaultPort,
        };
        port.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() is < 0 or > 65535)
                result.AddError("--port must be 0..65535");
        });
        var listen = new Option<string>("--listen")
        {
            Description = "address to listen on: 127.0.0.1 (default, this machine only) or 0.0.0.0 (every network)",
            HelpName = "ADDRESS",
            DefaultValueFactory = _ => "127.0.0.1",
        };
        var command = new Command("serve", "web UI and HTTP API: tables, history, charts, imports; users from ledger user add")
        {
            store, port, listen,
        };
        command.SetAction(async (parse, cli, ct) =>
        {
            var uri = EventStores.Resolve(parse.GetValue(store));
            var options = new WebOptions { StoreUri = uri, Port = parse.GetValue(port), ListenAddress = parse.GetValue(listen)! };
            await using var server = await LedgerWebServer.StartAsync(options, ct);
            await cli.Out.WriteLineAsync($"ledger serve: {server.Address} (store {EventStores.Redact(uri)}); Ctrl+C stops");
            await cli.Out.FlushAsync(ct);
            try
            {
                await server.WaitForShutdownAsync(ct);
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                // Ctrl+C: stop serving and exit normally.
            }
            return ExitCodes.Ok;
        });
        return command;
    }
}
