using System.CommandLine;
using Ledger.Cli.Options;
using Ledger.Composition;
using Ledger.Runtime.Hosting;
using Ledger.Runtime.Sharding;
using Ledger.Web;

namespace Ledger.Cli.Commands;

/// <summary>
/// <c>ledger serve [--port N] [--listen ADDRESS] [--cluster [--akka-host HOST] [--akka-port P] [--seed HOST:PORT]…]</c>:
/// the web UI and HTTP API (contract §8) until Ctrl+C; with <c>--cluster</c> also a node of the write cluster
/// (docs/cluster.md). Prints the address it listens on as its one line on standard output; request logs go to
/// standard error.
/// </summary>
public static class ServeCommand
{
    /// <summary>Akka's customary port, the default of <c>--akka-port</c>.</summary>
    public const int DefaultAkkaPort = 2552;

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
        var cluster = new Option<bool>("--cluster")
        {
            Description = "join the write cluster: the nodes share the store and each unit-year is written by one node (docs/cluster.md)",
        };
        var akkaHost = new Option<string>("--akka-host")
        {
            Description = "with --cluster: the address other nodes reach this one at (default 127.0.0.1)",
            HelpName = "HOST",
        };
        var akkaPort = new Option<int?>("--akka-port")
        {
            Description = $"with --cluster: TCP port of the cluster traffic (default {DefaultAkkaPort}; 0 picks a free one)",
            HelpName = "P",
        };
        akkaPort.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int?>() is < 0 or > 65535)
                result.AddError("--akka-port must be 0..65535");
        });
        var seed = new Option<string[]>("--seed")
        {
            Description = "with --cluster: a node to join, HOST:PORT of its --akka-port (repeat, or a comma list; give every node the same "
                + "seeds, the first of them starts the cluster); none: this node is a cluster of its own",
            HelpName = "HOST:PORT",
            AllowMultipleArgumentsPerToken = false,
        };
        seed.Validators.Add(result =>
        {
            foreach (var text in Seeds(result.GetValueOrDefault<string[]>()))
            {
                try
                {
                    ClusterOptions.SeedAddress(text);
                }
                catch (FormatException e)
                {
                    result.AddError($"--seed: {e.Message}");
                }
            }
        });
        var command = new Command("serve", "web UI and HTTP API: tables, history, charts, imports; users from ledger user add")
        {
            store, port, listen, cluster, akkaHost, akkaPort, seed,
        };
        command.Validators.Add(result =>
        {
            if (result.GetValue(cluster))
                return;
            foreach (var option in new Option[] { akkaHost, akkaPort, seed })
            {
                if (result.GetResult(option) is { Implicit: false })
                    result.AddError($"{option.Name} needs --cluster");
            }
        });
        command.SetAction(async (parse, cli, ct) =>
        {
            var uri = EventStores.Resolve(parse.GetValue(store));
            var options = new WebOptions
            {
                StoreUri = uri,
                Port = parse.GetValue(port),
                ListenAddress = parse.GetValue(listen)!,
                Cluster = parse.GetValue(cluster)
                    ? new ClusterOptions(
                        parse.GetValue(akkaHost) ?? "127.0.0.1",
                        parse.GetValue(akkaPort) ?? DefaultAkkaPort,
                        Seeds(parse.GetValue(seed)).Select(s => ClusterOptions.SeedAddress(s)).ToList())
                    : null,
            };
            LedgerWebServer server;
            try
            {
                server = await LedgerWebServer.StartAsync(options, ct);
            }
            catch (ClusterStartException e)
            {
                return await cli.FailAsync(e.Message, ExitCodes.BadInput);
            }
            await using var running = server;
            var node = options.Cluster is { } c ? $"; cluster node {c.Hostname}:{c.Port}" : "";
            await cli.Out.WriteLineAsync($"ledger serve: {server.Address} (store {EventStores.Redact(uri)}){node}; Ctrl+C stops");
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

    /// <summary>Every seed given, repeated or as comma lists, blanks dropped.</summary>
    private static IEnumerable<string> Seeds(string[]? values) =>
        (values ?? []).SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
