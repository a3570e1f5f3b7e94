namespace Ledger.Application;

/// <summary>Who is writing: <c>LEDGER_ACTOR</c> if set, else the operating-system user. Recorded on every event.</summary>
public static class Actors
{
    public static string FromEnvironment() =>
        Environment.GetEnvironmentVariable("LEDGER_ACTOR") is { Length: > 0 } actor ? actor.Trim() : Environment.UserName;
}
