using Akka.Actor;
using Akka.Configuration;
using Ledger.Application;
using Ledger.Application.Importing;
using Ledger.Composition;
using Ledger.Journal.Writing;
using Ledger.Runtime.Hosting;
using Ledger.Runtime.Journal;
using Ledger.Runtime.Sharding;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Ledger.ClusterNode;

/// <summary>
/// One cluster node: an actor system on 127.0.0.1:port joined to the seed, the shard region of the budget streams
/// (the runtime's <see cref="ShardedStreams"/>, journal over the shared store), and a loopback HTTP endpoint for each
/// write command: <c>POST /import/budget</c>, <c>/import/realisasi</c> and <c>/correct</c> run the CLI's use cases
/// (<see cref="BudgetImport"/>, <see cref="RealisasiImport"/>, <see cref="PaguCorrection"/>) with a writer that sends
/// the command through the region (<see cref="RegionWriter"/>).
/// </summary>
public static class Node
{
    public const string SystemName = "ledger";
    public const int ShardCount = 64;
    private const string Actor = "cluster-demo";
    private static readonly TimeSpan AskTimeout = TimeSpan.FromSeconds(10);

    /// <summary>Split-brain resolver and failure detection tuned for a loopback demo.</summary>
    private const string Hocon = """
        akka.cluster {
          log-info = off
          downing-provider-class = "Akka.Cluster.SBR.SplitBrainResolverProvider, Akka.Cluster"
          split-brain-resolver {
            active-strategy = keep-majority
            stable-after = 3s
            down-all-when-unstable = off
          }
          failure-detector {
            heartbeat-interval = 1s
            acceptable-heartbeat-pause = 3s
          }
          sharding.retry-interval = 1s
        }
        """;

    public static async Task<int> RunAsync(int port, string seed, string storeUri, int httpPort)
    {
        await using var store = await EventStores.OpenAsync(storeUri, CancellationToken.None);
        using var registration = JournalStores.Register(store);
        string[] seeds = [$"akka.tcp://{SystemName}@{seed}"];
        var config = ConfigurationFactory.ParseString(StreamMessageSerializer.Config)
            .WithFallback(ConfigurationFactory.ParseString(Hocon))
            .WithFallback(RuntimeConfig.Build(registration.Uri, new ClusterOptions("127.0.0.1", port, seeds, ShardCount)));
        var system = ActorSystem.Create(SystemName, config);
        var cluster = Akka.Cluster.Cluster.Get(system);
        var up = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        cluster.RegisterOnMemberUp(() => up.TrySetResult());
        ShardedStreams.Join(system, seeds);
        var clock = LedgerClock.FromEnvironment();
        // The actor stamps each command with this node's clock as it decides it: a command queued behind another is
        // not a write from the past, while a node whose clock lags the stream's last instant is refused.
        var region = await ShardedStreams.StartRegionAsync(system, RuntimeConfig.JournalPluginId, TimeSpan.FromMinutes(2), ShardCount, clock);

        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://127.0.0.1:{httpPort}");
        var app = builder.Build();
        app.MapGet("/health", () =>
        {
            var state = cluster.State;
            var upMembers = state.Members.Count(m => m.Status == Akka.Cluster.MemberStatus.Up);
            return Results.Text($"{(up.Task.IsCompleted ? "up" : "joining")} members={upMembers} unreachable={state.Unreachable.Count}\n");
        });
        Delegate importBudget = (ImportItem item, CancellationToken ct) =>
            WriteAsync(region, writer => new BudgetImport(writer, clock).RunAsync(item.ToRequest(Actor), null, ct));
        app.MapPost("/import/budget", importBudget);
        app.MapPost("/import", importBudget); // the first name of the budget endpoint, before realisasi and corrections had theirs
        app.MapPost("/import/realisasi", (RealisasiItem item, CancellationToken ct) =>
            WriteAsync(region, writer => new RealisasiImport(writer, clock).RunAsync(item.ToRequest(Actor), ct)));
        app.MapPost("/correct", (CorrectionItem item, CancellationToken ct) =>
            WriteAsync(region, writer => new PaguCorrection(writer, clock).RunAsync(item.ToRequest(Actor), ct)));
        await app.StartAsync();
        Console.Error.WriteLine($"ledger-node: akka 127.0.0.1:{port} (seed {seed}), http 127.0.0.1:{httpPort}");
        await app.WaitForShutdownAsync();
        await CoordinatedShutdown.Get(system).Run(CoordinatedShutdown.ClrExitReason.Instance);
        return 0;
    }

    /// <summary>
    /// Runs one write and answers as the demo client expects: 200 with the events appended, 400 for a bad request or
    /// sheet, 422 when the decider refused the command, 503 when the write may not have happened (the client retries;
    /// a write is idempotent by content).
    /// </summary>
    private static async Task<IResult> WriteAsync(IActorRef region, Func<IBudgetWriter, Task<CommandResult>> write)
    {
        var writer = new RegionWriter(region, AskTimeout);
        CommandResult result;
        try
        {
            result = await write(writer);
        }
        catch (Exception e) when (e is InputException or ArgumentException or IOException)
        {
            return Results.Json(new { result = "bad-input", error = e.Message }, statusCode: 400);
        }
        catch (Exception e)
        {
            // Timeout, journal failure, a stream that moved: nothing or all of the write is stored.
            return Results.Json(new { result = "unavailable", error = e.GetType().Name + ": " + e.Message }, statusCode: 503);
        }
        return result switch
        {
            CommandResult.Accepted a => Results.Json(new { result = "accepted", count = a.Appended, version = a.StreamVersion }),
            CommandResult.Refused { Rejection: not null } r => Results.Json(new { result = "rejected", error = r.Message }, statusCode: 422),
            CommandResult.Refused r => Results.Json(new { result = "bad-input", error = r.Message }, statusCode: 400),
            _ => Results.Json(new { result = "unknown" }, statusCode: 500),
        };
    }
}
