using NodaTime;

namespace Ledger.Web.Queries;

/// <summary>"Today" for the pages' default date: the clock's instant in the server's zone.</summary>
internal sealed record PageClock(IClock Clock, DateTimeZone Zone)
{
    public LocalDate Today => Clock.GetCurrentInstant().InZone(Zone).Date;
}
