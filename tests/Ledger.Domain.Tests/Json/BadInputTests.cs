using System.Text;
using Ledger.Domain.Events;
using Ledger.Domain.Json;

namespace Ledger.Domain.Tests.Json;

public sealed class BadInputTests
{
    private static readonly string Good = EventJson.SerializeToString(Samples.Of(nameof(PaguRevised)));

    private static string Message(string json) =>
        Assert.Throws<EventFormatException>(() => EventJson.Deserialize(Encoding.UTF8.GetBytes(json))).Message;

    private static string Edited(string from, string to)
    {
        Assert.Contains(from, Good, StringComparison.Ordinal);
        return Good.Replace(from, to, StringComparison.Ordinal);
    }

    [Fact]
    public void The_good_input_the_bad_ones_are_made_from_is_read() =>
        Assert.Equal(Samples.Of(nameof(PaguRevised)), EventJson.Deserialize(Encoding.UTF8.GetBytes(Good)));

    [Theory]
    [InlineData("kode,uraian,pagu")]
    [InlineData("")]
    [InlineData("{\"id\":")]
    public void Text_that_is_not_json_is_a_format_error(string text) =>
        Assert.StartsWith("not valid JSON: ", Message(text), StringComparison.Ordinal);

    [Fact]
    public void Json_that_is_not_an_object_is_a_format_error() =>
        Assert.Equal("an event must be a JSON object", Message("[1,2,3]"));

    [Fact]
    public void An_unknown_event_type_is_a_format_error() =>
        Assert.Equal("unknown event type 'PaguDihapus'", Message(Edited("\"type\":\"PaguRevised\"", "\"type\":\"PaguDihapus\"")));

    [Fact]
    public void Schema_version_2_is_a_format_error_naming_the_version_this_ledger_reads() =>
        Assert.Equal("schema version 2 of PaguRevised is not supported (this ledger reads 1)", Message(Edited("\"schema\":1", "\"schema\":2")));

    [Fact]
    public void A_missing_schema_is_a_format_error() =>
        Assert.Equal("'schema' is missing", Message(Edited("\"schema\":1,", "")));

    [Fact]
    public void A_missing_kode_is_a_format_error() =>
        Assert.Equal("'kode' is missing or not a string", Message(Edited("\"kode\":\"0.00.4.36.08.01.12\",", "")));

    [Fact]
    public void A_kode_that_is_not_a_code_is_a_format_error() =>
        Assert.Equal("kode '0.00.4.36..12' has an empty segment", Message(Edited("0.00.4.36.08.01.12", "0.00.4.36..12")));

    [Theory]
    [InlineData("2020-02-30")]
    [InlineData("05/08/2020")]
    [InlineData("2020-08-05T00:00:00Z")]
    public void A_bad_effective_date_is_a_format_error(string date) =>
        Assert.Equal($"'{date}' is not a date (YYYY-MM-DD)", Message(Edited("\"effective\":\"2020-08-05\"", $"\"effective\":\"{date}\"")));

    [Fact]
    public void A_recorded_time_without_a_zone_is_a_format_error() =>
        Assert.Equal("'2020-08-12T03:30:15' is not an instant (ISO-8601 UTC)", Message(Edited("2020-08-12T03:30:15.25Z", "2020-08-12T03:30:15")));

    [Fact]
    public void An_unknown_stage_is_a_format_error() =>
        Assert.Equal("'apbd-p' is not a stage", Message(Edited("\"stage\":\"perubahan\"", "\"stage\":\"apbd-p\"")));

    [Fact]
    public void An_id_that_is_not_a_uuid_is_a_format_error() =>
        Assert.Equal("'id' is not a UUID", Message(Edited("0193f2a4-0006-8000-8000-000000000006", "event-6")));

    [Fact]
    public void Missing_data_is_a_format_error() =>
        Assert.Equal("PaguRevised has no 'data'", Message(Good[..Good.IndexOf(",\"data\"", StringComparison.Ordinal)] + "}"));

    [Fact]
    public void A_fractional_rupiah_amount_is_a_format_error() =>
        Assert.Equal("'to' is not a whole number: 146815000.5", Message(Edited("\"to\":146815000", "\"to\":146815000.5")));

    [Fact]
    public void A_rupiah_amount_written_as_a_string_is_a_format_error() =>
        Assert.Equal("'to' is missing or not a number", Message(Edited("\"to\":146815000", "\"to\":\"146.815.000\"")));

    [Fact]
    public void An_unknown_arah_is_a_format_error()
    {
        var json = EventJson.SerializeToString(Samples.Of(nameof(IndicatorDefined))).Replace("\"turun\"", "\"menurun\"", StringComparison.Ordinal);

        Assert.Equal("'menurun' is not an arah (naik or turun)", Message(json));
    }

    [Fact]
    public void An_unknown_level_is_a_format_error()
    {
        var json = EventJson.SerializeToString(Samples.Of(nameof(LineOpened))).Replace("\"kegiatan\"", "\"urusan\"", StringComparison.Ordinal);

        Assert.Equal("'urusan' is not a level", Message(json));
    }

    [Fact]
    public void An_array_where_a_value_belongs_is_a_format_error() =>
        Assert.Equal("unexpected StartArray in 'unit'", Message(Edited("\"unit\":\"Kecamatan Mangkutana\"", "\"unit\":[\"Kecamatan Mangkutana\"]")));

    [Fact]
    public void Content_after_the_event_is_a_format_error() =>
        Message(Good + Good);

    [Fact]
    public void A_fractional_schema_version_is_a_format_error() =>
        Message(Edited("\"schema\":1", "\"schema\":1.5"));

    [Fact]
    public void A_year_beyond_any_calendar_is_a_format_error() =>
        Message(Edited("\"year\":2020", "\"year\":99999999999"));

    [Fact]
    public void A_number_too_large_for_the_ledger_is_a_format_error() =>
        Message(Edited("\"to\":146815000", "\"to\":1e40"));
}
