using System.Buffers;

namespace Ledger.Store;

/// <summary>
/// Consecutive events of the journal, each as its global position and payload, packed into one buffer:
/// what a fold of the whole journal needs, without a <see cref="StoredEvent"/> and its arrays per event.
/// Holds at most <see cref="MaxEvents"/> events and stops taking more past <see cref="TargetBytes"/>.
/// The buffers are rented: <see cref="Dispose"/> returns them, after which the batch must not be read.
/// Not thread-safe; hand a batch from one thread to another, don't share it.
/// </summary>
public sealed class PayloadBatch : IDisposable
{
    /// <summary>Most events one batch holds.</summary>
    public const int MaxEvents = 1_024;
    /// <summary>Payload bytes after which a batch takes no more events (the last one may go past it).</summary>
    public const int TargetBytes = 512 * 1024;

    private long[] _positions = ArrayPool<long>.Shared.Rent(MaxEvents);
    private int[] _ends = ArrayPool<int>.Shared.Rent(MaxEvents);
    private byte[] _bytes = ArrayPool<byte>.Shared.Rent(TargetBytes);

    /// <summary>Events in the batch, 0 to <see cref="MaxEvents"/>.</summary>
    public int Count { get; private set; }

    /// <summary>Payload bytes of all events in the batch.</summary>
    public int ByteCount => Count == 0 ? 0 : _ends[Count - 1];

    /// <summary>True once the batch should not take another event.</summary>
    public bool IsFull => Count == MaxEvents || ByteCount >= TargetBytes;

    /// <summary>Position of the last event, or <see cref="GlobalPosition.Start"/> when empty.</summary>
    public GlobalPosition Last => Count == 0 ? GlobalPosition.Start : new GlobalPosition(_positions[Count - 1]);

    /// <summary>The global position of the event at <paramref name="index"/> (0-based, below <see cref="Count"/>).</summary>
    public long Position(int index) => _positions[Check(index)];

    /// <summary>The payload of the event at <paramref name="index"/> (0-based, below <see cref="Count"/>); valid until the batch is disposed.</summary>
    public ReadOnlySpan<byte> Payload(int index)
    {
        var start = Check(index) == 0 ? 0 : _ends[index - 1];
        return _bytes.AsSpan(start, _ends[index] - start);
    }

    /// <summary>Appends an event at <paramref name="position"/>, copying <paramref name="payload"/> into the batch.</summary>
    public void Add(long position, ReadOnlySpan<byte> payload) => payload.CopyTo(Reserve(position, payload.Length));

    /// <summary>Appends an event whose payload the caller writes into the returned span (exactly <paramref name="length"/> bytes).</summary>
    public Span<byte> Reserve(long position, int length)
    {
        ObjectDisposedException.ThrowIf(_bytes.Length == 0, this);
        if (IsFull)
            throw new InvalidOperationException("The batch is full.");
        if (Count > 0 && position <= _positions[Count - 1])
            throw new ArgumentException($"Position {position} does not follow {_positions[Count - 1]}.", nameof(position));
        var start = ByteCount;
        var end = checked(start + length);
        if (end > _bytes.Length)
            Grow(end);
        _positions[Count] = position;
        _ends[Count] = end;
        Count++;
        return _bytes.AsSpan(start, length);
    }

    /// <summary>Returns the rented buffers; the batch must not be read after.</summary>
    public void Dispose()
    {
        if (_bytes.Length == 0)
            return;
        ArrayPool<long>.Shared.Return(_positions);
        ArrayPool<int>.Shared.Return(_ends);
        ArrayPool<byte>.Shared.Return(_bytes);
        (_positions, _ends, _bytes) = ([], [], []);
        Count = 0;
    }

    private int Check(int index)
    {
        ObjectDisposedException.ThrowIf(_bytes.Length == 0, this);
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Count);
        return index;
    }

    private void Grow(int atLeast)
    {
        // Only a payload larger than the rest of the buffer gets here (payloads are capped by StoreLimits).
        var bigger = ArrayPool<byte>.Shared.Rent(Math.Max(atLeast, _bytes.Length * 2));
        _bytes.AsSpan(0, ByteCount).CopyTo(bigger);
        ArrayPool<byte>.Shared.Return(_bytes);
        _bytes = bigger;
    }
}
