using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace Ledger.Store.Tests;

/// <summary>Reads a journal back for assertions: as a list, or as one digest of every field of every event.</summary>
public static class JournalSnapshot
{
    public static async Task<List<StoredEvent>> ReadAllAsync(IEventReader reader, GlobalPosition after, CancellationToken ct)
    {
        var events = new List<StoredEvent>();
        await foreach (var e in reader.ReadAllAsync(after, ct))
            events.Add(e);
        return events;
    }

    public static async Task<List<StoredEvent>> ReadStreamAsync(IEventReader reader, StreamName stream, long from, CancellationToken ct)
    {
        var events = new List<StoredEvent>();
        await foreach (var e in reader.ReadStreamAsync(stream, from, ct))
            events.Add(e);
        return events;
    }

    /// <summary>SHA-256 over everything ReadAll returns; equal digests mean an identical journal.</summary>
    public static async Task<string> DigestAsync(IEventReader reader, CancellationToken ct)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var number = new byte[8];
        await foreach (var e in reader.ReadAllAsync(GlobalPosition.Start, ct))
        {
            foreach (var value in new[] { e.Position.Value, e.StreamVersion })
            {
                BinaryPrimitives.WriteInt64BigEndian(number, value);
                sha.AppendData(number);
            }
            foreach (var bytes in new[] { Encoding.UTF8.GetBytes(e.Stream.Value), e.EventId.ToByteArray(),
                         Encoding.UTF8.GetBytes(e.EventType), e.Payload.ToArray(), e.PreviousHash.ToArray(), e.Hash.ToArray() })
            {
                BinaryPrimitives.WriteInt64BigEndian(number, bytes.Length);
                sha.AppendData(number);
                sha.AppendData(bytes);
            }
        }
        return Convert.ToHexString(sha.GetHashAndReset());
    }
}
