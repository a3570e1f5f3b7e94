using Akka.Actor;
using Akka.Configuration;
using Ledger.Application;
using Ledger.Application.Stores;
using Ledger.Domain.Budget.Commands;
using Ledger.Runtime.Hosting;
using Ledger.Runtime.Journal;
using Ledger.Runtime.Sharding;
using Ledger.Runtime.Streams;
using Ledger.Sheets.Budget;
using Ledger.Sheets.Reading;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using NodaTime;

namespace Ledger.ClusterNode;

/// <summary>
/// One cluster node: an actor system on 127.0.0.1:port joined to the seed, the shard region of the budget streams
/// (the runtime's <see cref="ShardedStreams"/>, journal over the shared store), and a loopback HTTP endpoint
/// <c>POST /import</c> that turns a sheet into an <see cref="ImportBudget"/> and sends it through the region.
/// </summary>
public static class Node
{
    public const string SystemName = "ledger";
    public const int ShardCount = 64;
    private static readonly TimeSpan AskTimeout = TimeSpan.FromSeconds(10);

    /// <summary>Split-brain resolver and failure detection tuned for a loopback demo; our serializer for the stream messages.</summary>
    private const string Hocon = """
        akka.actor {
          serializers.ledger-stream = "Ledger.ClusterNode.StreamMessageSerializer, ledger-node"
          serialization-bindings {
            "Ledger.Runtime.Streams.StreamCommand, Ledger.Runtime" = ledger-stream
            "Ledger.Runtime.Streams.WriteResult, Ledger.Runtime" = ledger-stream
          }
        }
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
        var config = ConfigurationFactory.ParseString(Hocon)
            .WithFallback(RuntimeConfig.Build(registration.Uri, new ClusterOptions("127.0.0.1", port, seeds, ShardCount)));
        var system = ActorSystem.Create(SystemName, config);
        var cluster = Akka.Cluster.Cluster.Get(system);
        var up = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        cluster.RegisterOnMemberUp(() => up.TrySetResult());
        ShardedStreams.Join(system, seeds);
        var region = await ShardedStreams.StartRegionAsync(system, RuntimeConfig.JournalPluginId, TimeSpan.FromMinutes(2), ShardCount);
        var clock = LedgerClock.FromEnvironment();

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
        app.MapPost("/import", async (ImportItem item, CancellationToken ct) =>
        {
            ImportBudget command;
            try
            {
                command = Build(item, clock.GetCurrentInstant());
            }
            catch (Exception e) when (e is InputException or ArgumentException or IOException)
            {
                return Results.Json(new { result = "bad-input", error = e.Message }, statusCode: 400);
            }
            try
            {
                var answer = await region.Ask<WriteResult>(new StreamCommand(command), AskTimeout, ct);
                return answer switch
                {
                    WriteResult.Accepted a => Results.Json(new { result = "accepted", count = a.Count, version = a.StreamVersion }),
                    WriteResult.Rejected r => Results.Json(new { result = "rejected", error = r.Reason.Message }, statusCode: 422),
                    _ => Results.Json(new { result = "unknown" }, statusCode: 500),
                };
            }
            catch (Exception e)
            {
                // Timeout, journal failure, a stream that moved: nothing or all of the import is stored; the client retries.
                return Results.Json(new { result = "unavailable", error = e.GetType().Name + ": " + e.Message }, statusCode: 503);
            }
        });
        await app.StartAsync();
        Console.Error.WriteLine($"ledger-node: akka 127.0.0.1:{port} (seed {seed}), http 127.0.0.1:{httpPort}");
        await app.WaitForShutdownAsync();
        await CoordinatedShutdown.Get(system).Run(CoordinatedShutdown.ClrExitReason.Instance);
        return 0;
    }

    /// <summary>Sheet → command, as <c>BudgetImport</c> does it: read, parse, planned lines.</summary>
    public static ImportBudget Build(ImportItem item, Instant now)
    {
        var read = SheetReader.Read(item.Path);
        if (!read.IsOk)
            throw new InputException(read.Error.ToString());
        var parsed = BudgetSheetParser.Parse(read.Value);
        if (!parsed.IsOk)
            throw new InputException(parsed.Error.ToString());
        var context = new CommandContext(item.Unit, item.Year, Plan.ParseStage(item.Stage), Plan.ParseDate(item.Effective), now, "cluster-demo");
        return new ImportBudget(context, Path.GetFileName(item.Path), PlannedLines.From(parsed.Value), parsed.Value.HasIndicators);
    }
}
