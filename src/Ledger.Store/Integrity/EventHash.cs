using System.Buffers;
using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace Ledger.Store;

/// <summary>
/// The journal's hash chain, the single definition every store and the verifier share:
/// <c>Hash = SHA-256(PreviousHash ‖ position ‖ len ‖ stream ‖ version ‖ eventId ‖ len ‖ type ‖ payload)</c>
/// where position and version are int64 big-endian, each len is the int32 big-endian byte count of
/// the UTF-8 text that follows, and eventId is <see cref="Guid.ToByteArray()"/> order. The first
/// event's PreviousHash is <see cref="Genesis"/> (32 zero bytes). Stateless; thread-safe.
/// </summary>
public static class EventHash
{
    /// <summary>Length of every hash, in bytes.</summary>
    public const int Size = SHA256.HashSizeInBytes;

    private const int StackLimit = 1024;

    /// <summary>PreviousHash of the event at position 1: 32 zero bytes (a fresh copy each call).</summary>
    public static ReadOnlyMemory<byte> Genesis => new byte[Size];

    /// <summary>The SHA-256 of an event chained to the hash of the event before it (32 bytes).</summary>
    public static byte[] Compute(
        ReadOnlySpan<byte> previousHash,
        GlobalPosition position,
        StreamName stream,
        long streamVersion,
        Guid eventId,
        string eventType,
        ReadOnlySpan<byte> payload)
    {
        ArgumentNullException.ThrowIfNull(eventType);
        if (previousHash.Length != Size)
            throw new ArgumentException($"A previous hash has {Size} bytes, not {previousHash.Length}.", nameof(previousHash));
        var streamBytes = Encoding.UTF8.GetByteCount(stream.Value);
        var typeBytes = Encoding.UTF8.GetByteCount(eventType);
        var length = Size + 8 + 4 + streamBytes + 8 + 16 + 4 + typeBytes + payload.Length;
        byte[]? rented = null;
        // Small events (the usual case) hash from the stack; large payloads borrow a pooled buffer.
        Span<byte> buffer = length <= StackLimit ? stackalloc byte[StackLimit] : (rented = ArrayPool<byte>.Shared.Rent(length));
        try
        {
            var span = buffer[..length];
            previousHash.CopyTo(span);
            var at = Size;
            BinaryPrimitives.WriteInt64BigEndian(span[at..], position.Value);
            at += 8;
            at += WriteText(span[at..], stream.Value, streamBytes);
            BinaryPrimitives.WriteInt64BigEndian(span[at..], streamVersion);
            at += 8;
            eventId.TryWriteBytes(span.Slice(at, 16));
            at += 16;
            at += WriteText(span[at..], eventType, typeBytes);
            payload.CopyTo(span[at..]);
            return SHA256.HashData(span);
        }
        finally
        {
            if (rented is not null)
                ArrayPool<byte>.Shared.Return(rented);
        }
    }

    /// <summary>Recomputes <paramref name="e"/>'s hash from its own fields and its PreviousHash.</summary>
    public static byte[] Compute(StoredEvent e)
    {
        ArgumentNullException.ThrowIfNull(e);
        return Compute(e.PreviousHash.Span, e.Position, e.Stream, e.StreamVersion, e.EventId, e.EventType, e.Payload.Span);
    }

    private static int WriteText(Span<byte> destination, string text, int byteCount)
    {
        BinaryPrimitives.WriteInt32BigEndian(destination, byteCount);
        Encoding.UTF8.GetBytes(text, destination[4..]);
        return 4 + byteCount;
    }
}
