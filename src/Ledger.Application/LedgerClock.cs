using NodaTime;
using NodaTime.Text;

namespace Ledger.Application;

/// <summary>
/// The clock that stamps recorded instants. The system clock, unless <c>LEDGER_NOW</c> pins an instant
/// (ISO-8601 UTC) so that demos and end-to-end tests give the same journal every run.
/// </summary>
public static class LedgerClock
{
    public const string EnvironmentVariable = "LEDGER_NOW";

    public static IClock FromEnvironment()
    {
        var pinned = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (string.IsNullOrWhiteSpace(pinned))
            return SystemClock.Instance;
        var parsed = InstantPattern.ExtendedIso.Parse(pinned.Trim());
        return parsed.Success
            ? new PinnedClock(parsed.Value)
            : throw new ArgumentException($"{EnvironmentVariable}='{pinned}' is not an ISO-8601 UTC instant such as 2020-08-05T10:00:00Z");
    }

    private sealed class PinnedClock(Instant now) : IClock
    {
        public Instant GetCurrentInstant() => now;
    }
}
