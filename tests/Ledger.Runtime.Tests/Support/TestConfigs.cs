using Akka.Configuration;
using Ledger.Runtime.Hosting;

namespace Ledger.Runtime.Tests.Support;

/// <summary>Actor-system configuration for tests: the runtime's own, logging to the test kit instead of standard error.</summary>
public static class TestConfigs
{
    public static Config Runtime(string journalStoreUri) =>
        ConfigurationFactory.ParseString("""
            akka.loglevel = INFO
            akka.loggers = ["Akka.TestKit.TestEventListener, Akka.TestKit"]
            """).WithFallback(RuntimeConfig.Build(journalStoreUri, cluster: null));
}
