using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;

namespace Ledger.ClusterNode;

/// <summary>
/// The demo's load: every unit-year of the <see cref="Plan"/> as its own task (murni, then perubahan), at most
/// <c>concurrency</c> at once, sent round-robin to the nodes' <c>/import/budget</c>. A request that fails (connection
/// refused, node gone mid-request, 503) is retried on the next node: an import is idempotent by content, so a
/// repeat of one already stored appends nothing. Optionally SIGKILLs a process after some imports are answered.
/// </summary>
public static class Client
{
    private const int MaxAttempts = 60;

    public static async Task<int> RunAsync(IReadOnlyList<int> httpPorts, int units, int concurrency, string samples, int? killPid, int killAfter)
    {
        var plan = Plan.Build(units, samples);
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        using var gate = new SemaphoreSlim(concurrency);
        long appended = 0, answered = 0, retries = 0, failed = 0;
        var killed = killPid is null;
        var killLock = new object();
        long appendedAtKill = -1;
        double secondsAtKill = 0;
        var clock = Stopwatch.StartNew();
        var tasks = plan.Select((items, index) => Task.Run(async () =>
        {
            await gate.WaitAsync();
            try
            {
                foreach (var item in items)
                {
                    var done = false;
                    for (var attempt = 0; attempt < MaxAttempts && !done; attempt++)
                    {
                        var port = httpPorts[(index + attempt) % httpPorts.Count];
                        try
                        {
                            using var response = await http.PostAsJsonAsync($"http://127.0.0.1:{port}/import/budget", item);
                            var body = await response.Content.ReadAsStringAsync();
                            if (response.IsSuccessStatusCode)
                            {
                                using var doc = JsonDocument.Parse(body);
                                Interlocked.Add(ref appended, doc.RootElement.GetProperty("count").GetInt32());
                                done = true;
                            }
                            else if ((int)response.StatusCode is 400 or 422)
                            {
                                Console.Error.WriteLine($"client: {item.Unit} {item.Stage} refused: {body}");
                                Interlocked.Increment(ref failed);
                                break;
                            }
                            else
                            {
                                Console.Error.WriteLine($"client: {item.Unit} {item.Stage} on :{port}: {(int)response.StatusCode} {body}; retrying elsewhere");
                            }
                        }
                        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or IOException)
                        {
                            Console.Error.WriteLine($"client: {item.Unit} {item.Stage} on :{port}: {e.GetType().Name}; retrying elsewhere");
                        }
                        if (!done)
                        {
                            Interlocked.Increment(ref retries);
                            await Task.Delay(250);
                        }
                    }
                    if (!done)
                    {
                        Interlocked.Increment(ref failed);
                        break;
                    }
                    var n = Interlocked.Increment(ref answered);
                    if (!killed && n >= killAfter)
                    {
                        lock (killLock)
                        {
                            if (!killed)
                            {
                                killed = true;
                                appendedAtKill = Interlocked.Read(ref appended);
                                secondsAtKill = clock.Elapsed.TotalSeconds;
                                Console.Error.WriteLine($"client: {n} imports answered; SIGKILL {killPid} at {clock.Elapsed.TotalSeconds:0.0} s");
                                System.Diagnostics.Process.GetProcessById(killPid!.Value).Kill();
                            }
                        }
                    }
                }
            }
            finally
            {
                gate.Release();
            }
        })).ToList();
        await Task.WhenAll(tasks);
        var seconds = clock.Elapsed.TotalSeconds;
        var ci = CultureInfo.InvariantCulture;
        Console.WriteLine($"imports_answered={answered}");
        Console.WriteLine($"imports_failed={failed}");
        Console.WriteLine($"retries={retries}");
        Console.WriteLine($"events_appended={appended}");
        Console.WriteLine(string.Format(ci, "seconds={0:0.00}", seconds));
        Console.WriteLine(string.Format(ci, "events_per_second={0:0}", appended / seconds));
        Console.WriteLine(string.Format(ci, "imports_per_second={0:0.0}", answered / seconds));
        if (appendedAtKill >= 0)
        {
            Console.WriteLine(string.Format(ci, "before_kill=\"{0} events in {1:0.00} s, {2:0} events/s\"", appendedAtKill, secondsAtKill, appendedAtKill / secondsAtKill));
            Console.WriteLine(string.Format(ci, "after_kill=\"{0} events in {1:0.00} s, {2:0} events/s\"", appended - appendedAtKill, seconds - secondsAtKill, (appended - appendedAtKill) / (seconds - secondsAtKill)));
        }
        return failed == 0 ? 0 : 1;
    }
}
