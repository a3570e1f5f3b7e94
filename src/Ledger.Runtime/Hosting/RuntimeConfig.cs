using System.Globalization;
using Akka.Configuration;

namespace Ledger.Runtime.Hosting;

/// <summary>
/// The HOCON of a runtime, built in code: the ledger journal plugin as the default journal, no snapshot store,
/// log to standard error at WARNING, and (cluster mode only) remoting, sharding, downing and the wire format of the
/// stream messages (<see cref="Sharding.StreamMessageSerializer"/>).
/// </summary>
public static class RuntimeConfig
{
    /// <summary>Config path of the journal plugin.</summary>
    public const string JournalPluginId = "akka.persistence.journal.ledger";

    /// <summary>
    /// Longest single append or highest-sequence-number read before the journal's circuit breaker calls it failed.
    /// A 5,000-line sheet appends in well under a second; this only catches a store that hangs.
    /// </summary>
    public static readonly TimeSpan JournalCallTimeout = TimeSpan.FromSeconds(60);

    private static readonly string[] LogLevels = ["OFF", "ERROR", "WARNING", "INFO", "DEBUG"];

    /// <param name="logLevel">Akka's log level: OFF, ERROR, WARNING, INFO or DEBUG. Expected failures (a refused write, an
    /// unreadable stream) are answered to the sender and logged at WARNING at most.</param>
    public static Config Build(string journalStoreUri, ClusterOptions? cluster, string logLevel = "WARNING")
    {
        if (!LogLevels.Contains(logLevel))
            throw new ArgumentException($"log level '{logLevel}' is not one of {string.Join(", ", LogLevels)}", nameof(logLevel));
        var text = Journal(journalStoreUri, logLevel) + (cluster is null ? Local : Cluster(cluster) + Sharding.StreamMessageSerializer.Config);
        return ConfigurationFactory.ParseString(text);
    }

    /// <summary>A HOCON string literal: quotes and backslashes escaped.</summary>
    public static string Quote(string value) =>
        "\"" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";

    private static string Journal(string storeUri, string logLevel) => $$"""
        akka {
          loglevel = {{logLevel}}
          stdout-loglevel = OFF
          loggers = ["Ledger.Runtime.Hosting.StandardErrorLogger, Ledger.Runtime"]
          log-config-on-start = off
          log-dead-letters = off
          log-dead-letters-during-shutdown = off
          coordinated-shutdown.run-by-clr-shutdown-hook = off
          persistence {
            journal {
              plugin = "{{JournalPluginId}}"
              ledger {
                class = "Ledger.Runtime.Journal.EventStoreJournal, Ledger.Runtime"
                plugin-dispatcher = "akka.actor.default-dispatcher"
                store-uri = {{Quote(storeUri)}}
                replay-filter.mode = off
                recovery-event-timeout = 60s
                circuit-breaker {
                  max-failures = 10
                  call-timeout = {{Seconds(JournalCallTimeout)}}
                  reset-timeout = 30s
                }
              }
            }
            snapshot-store.plugin = "akka.persistence.no-snapshot-store"
          }
        }

        """;

    private const string Local = "akka.actor.provider = local\n";

    private static string Cluster(ClusterOptions cluster) => $$"""
        akka {
          actor.provider = cluster
          remote.dot-netty.tcp {
            hostname = {{Quote(cluster.Hostname)}}
            port = {{cluster.Port.ToString(CultureInfo.InvariantCulture)}}
          }
          cluster {
            log-info = off
            sharding {
              state-store-mode = ddata
              remember-entities = off
              passivate-idle-entity-after = off
              retry-interval = 1s
            }
            # A node that stops answering (a SIGKILL, a lost machine) is downed by the majority, so its shards move
            # to the others within seconds; a minority side downs itself rather than keep writing.
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
          }
        }

        """;

    private static string Seconds(TimeSpan span) => ((long)span.TotalSeconds).ToString(CultureInfo.InvariantCulture) + "s";
}
