using System.Globalization;
using Ledger.ClusterLoad;

// ledger-cluster-load --nodes HTTPPORT,… --units N [--concurrency C] [--samples DIR] [--kill-pid PID --kill-after K]
// The API token (ledger user add NAME --role admin) comes from the environment variable LEDGER_TOKEN, not the
// command line, where other users of the machine could read it.
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
    Console.Error.WriteLine("usage: LEDGER_TOKEN=… ledger-cluster-load --nodes HTTPPORT,… --units N [--concurrency C] [--samples DIR] [--kill-pid PID --kill-after K]");
    return 2;
}

try
{
    var token = Environment.GetEnvironmentVariable("LEDGER_TOKEN");
    if (string.IsNullOrWhiteSpace(token))
        return Usage("set LEDGER_TOKEN to an API token of a user who may import (ledger user add NAME --role admin)");
    var ports = Get("nodes").Split(',').Select(p => int.Parse(p, CultureInfo.InvariantCulture)).ToList();
    int? kill = options.ContainsKey("kill-pid") ? Int("kill-pid", 0) : null;
    return await LoadClient.RunAsync(ports, token.Trim(), Int("units", 60), Int("concurrency", 12), Get("samples", "samples"), kill, Int("kill-after", 40));
}
catch (Exception e) when (e is ArgumentException or FormatException)
{
    return Usage(e.Message);
}
