using System.Globalization;
using Ledger.ClusterNode;

// ledger-node --port P --seed HOST:P0 --store URI [--http PORT]          one cluster node
// ledger-node --client --nodes H1,H2,… --units N [--concurrency C] [--samples DIR] [--kill-pid PID --kill-after K]
// ledger-node --reference --store URI --units N [--samples DIR]           the same imports on one process, no actors
var options = new Dictionary<string, string>(StringComparer.Ordinal);
for (var i = 0; i < args.Length; i++)
{
    if (!args[i].StartsWith("--", StringComparison.Ordinal))
        return Usage($"unexpected argument '{args[i]}'");
    var hasValue = i + 1 < args.Length && !args[i + 1].StartsWith("--", StringComparison.Ordinal);
    options[args[i][2..]] = hasValue ? args[++i] : "";
}

int Int(string name, int fallback) =>
    options.TryGetValue(name, out var v) ? int.Parse(v, CultureInfo.InvariantCulture) : fallback;

string Get(string name, string? fallback = null) =>
    options.TryGetValue(name, out var v) && v.Length > 0 ? v : fallback ?? throw new ArgumentException($"--{name} is required");

static int Usage(string message)
{
    Console.Error.WriteLine($"error: {message}");
    Console.Error.WriteLine("usage: ledger-node --port P --seed 127.0.0.1:P0 --store URI [--http PORT]");
    Console.Error.WriteLine("       ledger-node --client --nodes HTTPPORT,… --units N [--concurrency C] [--samples DIR] [--kill-pid PID --kill-after K]");
    Console.Error.WriteLine("       ledger-node --reference --store URI --units N [--samples DIR]");
    return 2;
}

try
{
    var samples = Get("samples", "samples");
    if (options.ContainsKey("client"))
    {
        var ports = Get("nodes").Split(',').Select(p => int.Parse(p, CultureInfo.InvariantCulture)).ToList();
        int? kill = options.ContainsKey("kill-pid") ? Int("kill-pid", 0) : null;
        return await Client.RunAsync(ports, Int("units", 60), Int("concurrency", 12), samples, kill, Int("kill-after", 40));
    }
    if (options.ContainsKey("reference"))
        return await Reference.RunAsync(Get("store"), Int("units", 60), samples);
    var port = Int("port", 0);
    if (port == 0)
        return Usage("--port is required");
    return await Node.RunAsync(port, Get("seed"), Get("store"), Int("http", port + 1000));
}
catch (ArgumentException e)
{
    return Usage(e.Message);
}
