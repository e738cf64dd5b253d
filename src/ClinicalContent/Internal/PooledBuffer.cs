using System.Buffers;

namespace ClinicalContent.Internal;

/// <summary>A growable byte buffer on <see cref="ArrayPool{T}"/>, for reading whole documents and writing output.</summary>
internal sealed class PooledBuffer : IBufferWriter<byte>, IDisposable
{
    private byte[] _buffer;
    private int _written;

    public PooledBuffer(int initialCapacity = 16 * 1024) => _buffer = ArrayPool<byte>.Shared.Rent(initialCapacity);

    public ReadOnlySpan<byte> WrittenSpan => _buffer.AsSpan(0, _written);

    public ReadOnlyMemory<byte> WrittenMemory => _buffer.AsMemory(0, _written);

    public int WrittenCount => _written;

    public void Clear() => _written = 0;

    /// <summary>Drops everything written after <paramref name="length"/> bytes.</summary>
    public void Truncate(int length) => _written = Math.Min(_written, length);

    public void Advance(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, _buffer.Length - _written);
        _written += count;
    }

    public Memory<byte> GetMemory(int sizeHint = 0)
    {
        Ensure(sizeHint);
        return _buffer.AsMemory(_written);
    }

    public Span<byte> GetSpan(int sizeHint = 0)
    {
        Ensure(sizeHint);
        return _buffer.AsSpan(_written);
    }

    /// <summary>Reads a stream to its end; false when it holds more than <paramref name="maxLength"/> bytes.</summary>
    public bool Fill(Stream stream, int maxLength)
    {
        while (true)
        {
            var read = stream.Read(GetSpan(4096));
            if (read == 0)
            {
                return true;
            }

            _written += read;
            if (_written > maxLength)
            {
                return false;
            }
        }
    }

    /// <summary>Reads a stream to its end without blocking; false when it holds more than <paramref name="maxLength"/> bytes.</summary>
    public async ValueTask<bool> FillAsync(Stream stream, int maxLength, CancellationToken cancellationToken)
    {
        while (true)
        {
            var read = await stream.ReadAsync(GetMemory(4096), cancellationToken).ConfigureAwait(false);
            if (read == 0)
            {
                return true;
            }

            _written += read;
            if (_written > maxLength)
            {
                return false;
            }
        }
    }

    public void Dispose()
    {
        var buffer = _buffer;
        _buffer = [];
        _written = 0;
        if (buffer.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private void Ensure(int sizeHint)
    {
        sizeHint = Math.Max(sizeHint, 1);
        if (_buffer.Length - _written >= sizeHint)
        {
            return;
        }

        var newSize = Math.Max(_buffer.Length * 2, _written + sizeHint);
        var bigger = ArrayPool<byte>.Shared.Rent(newSize);
        _buffer.AsSpan(0, _written).CopyTo(bigger);
        ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = bigger;
    }
}
