using Ledger.Web.Queries;

namespace Ledger.Web.Pages;

/// <summary>Says in Indonesian which slice of time a table shows: "Berlaku per 30 Juni 2020 · seperti tercatat sampai …".</summary>
internal sealed class LedgerClockLabel(PageClock clock)
{
    public string Describe(TableQuery query)
    {
        var asOf = query.Slice.AsOf;
        var when = asOf is { } date
            ? $"Berlaku per {Tanggal.Long(date)}{(date == clock.Today ? " (hari ini)" : "")}"
            : "Semua yang berlaku";
        var known = query.AsKnownAt is { } instant
            ? $"seperti tercatat sampai {Tanggal.Instant(instant)}"
            : "seperti tercatat sekarang";
        return $"{when} · {known}.";
    }
}
