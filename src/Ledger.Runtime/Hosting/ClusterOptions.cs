using System.Globalization;

namespace Ledger.Runtime.Hosting;

/// <summary>
/// Cluster mode: this node's address, the seed nodes to join (none: form a one-node cluster with itself), and the
/// number of shards (the same on every node).
/// </summary>
/// <param name="SeedNodes">Akka addresses (<c>akka.tcp://ledger@127.0.0.1:25521</c>); see <see cref="SeedAddress"/>.</param>
public sealed record ClusterOptions(string Hostname = "127.0.0.1", int Port = 0, IReadOnlyList<string>? SeedNodes = null, int ShardCount = 64)
{
    /// <summary>The Akka address of a seed node given as <c>HOST:PORT</c>, in an actor system named <paramref name="systemName"/>.</summary>
    /// <exception cref="FormatException">Not <c>HOST:PORT</c> with a port of 1..65535.</exception>
    public static string SeedAddress(string hostPort, string systemName = "ledger")
    {
        ArgumentNullException.ThrowIfNull(hostPort);
        var colon = hostPort.LastIndexOf(':');
        if (colon <= 0
            || !int.TryParse(hostPort.AsSpan(colon + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var port)
            || port is < 1 or > 65535)
            throw new FormatException($"seed '{hostPort}' is not HOST:PORT, e.g. 127.0.0.1:25521");
        return $"akka.tcp://{systemName}@{hostPort[..colon]}:{port.ToString(CultureInfo.InvariantCulture)}";
    }
}
