using System.Text.Json;
using Ledger.Domain.Events;

namespace Ledger.Domain.Json;

/// <summary>
/// The stored form of an event: one canonical UTF-8 JSON object with a fixed property order, so the
/// same event always gives the same bytes (the hash chain and golden files depend on it).
/// Hand-written over <see cref="Utf8JsonWriter"/> and <see cref="Utf8JsonReader"/>: no reflection, and
/// fast enough to replay millions of events.
/// </summary>
public static class EventJson
{
    /// <summary>The envelope as UTF-8 JSON, byte for byte the same for the same envelope.</summary>
    public static byte[] Serialize(EventEnvelope envelope)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JsonText.Encoder }))
            EnvelopeWriter.Write(writer, envelope);
        return buffer.WrittenSpan.ToArray();
    }

    /// <summary><see cref="Serialize"/> as a string.</summary>
    public static string SerializeToString(EventEnvelope envelope) =>
        System.Text.Encoding.UTF8.GetString(Serialize(envelope));

    /// <exception cref="EventFormatException">The bytes are not an event of a known type and schema.</exception>
    public static EventEnvelope Deserialize(ReadOnlySpan<byte> utf8Json) => EnvelopeReader.Read(utf8Json);
}
