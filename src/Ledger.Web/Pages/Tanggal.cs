using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace Ledger.Web.Pages;

/// <summary>Dates and instants as pages show them, in Indonesian: <c>30 Juni 2020</c>, <c>5 Agu 2020 10.00 UTC</c>.</summary>
internal static class Tanggal
{
    private static readonly string[] Months =
        ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"];

    private static readonly string[] Triwulans = ["I", "II", "III", "IV"];

    public static string Long(LocalDate date) => $"{date.Day} {Months[date.Month - 1]} {date.Year}";

    public static string Short(LocalDate date) => $"{date.Day} {Months[date.Month - 1][..3]} {date.Year}";

    public static string Instant(Instant instant)
    {
        var utc = instant.InUtc();
        return $"{Short(utc.Date)} {utc.Hour:00}.{utc.Minute:00}.{utc.Second:00} UTC";
    }

    /// <summary>ISO <c>YYYY-MM-DD</c>, as in forms and queries.</summary>
    public static string Iso(LocalDate date) => LocalDatePattern.Iso.Format(date);

    /// <summary>The value of a <c>datetime-local</c> input for an instant read as UTC: <c>2020-08-05T10:00:00</c>.</summary>
    public static string LocalInput(Instant instant) =>
        instant.InUtc().LocalDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture);

    /// <summary>"Triwulan II" for 2.</summary>
    public static string Triwulan(int quarter) => "Triwulan " + Triwulans[quarter - 1];
}
