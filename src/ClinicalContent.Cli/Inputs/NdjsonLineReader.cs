using System.Buffers;

namespace ClinicalContent.Cli.Inputs;

/// <summary>
/// Cuts a stream into lines at <c>\n</c> (dropping a <c>\r</c> before it) in a bounded buffer. A line longer
/// than the largest document is cut short after one byte too many, so that the validator reports it as too
/// large without the whole line ever being held in memory.
/// </summary>
internal sealed class NdjsonLineReader : IDisposable
{
    private const int ChunkSize = 64 * 1024;

    private readonly Stream _stream;
    private readonly int _maxLineLength;
    private byte[] _buffer;
    private int _start;
    private int _end;
    private bool _endOfStream;
    private int _lineNumber;

    /// <summary>Reads lines from <paramref name="stream"/>, which is left open.</summary>
    /// <param name="stream">The input.</param>
    /// <param name="maxLineLength">The largest document, in bytes, the validator accepts.</param>
    public NdjsonLineReader(Stream stream, int maxLineLength)
    {
        _stream = stream;
        _maxLineLength = maxLineLength;
        _buffer = ArrayPool<byte>.Shared.Rent(ChunkSize);
    }

    /// <summary>Reads the next line, blank or not.</summary>
    /// <param name="cancellationToken">Stops the read.</param>
    /// <returns>The line, or null at the end of the stream.</returns>
    public async ValueTask<NdjsonLine?> ReadLineAsync(CancellationToken cancellationToken)
    {
        var scanFrom = _start;
        while (true)
        {
            var newline = _buffer.AsSpan(scanFrom, _end - scanFrom).IndexOf((byte)'\n');
            if (newline >= 0)
            {
                var lineEnd = scanFrom + newline;
                var line = Cut(_start, lineEnd);
                _start = lineEnd + 1;
                return line;
            }

            if (_endOfStream)
            {
                if (_start == _end)
                {
                    return null;
                }

                var last = Cut(_start, _end);
                _start = _end;
                return last;
            }

            if (_end - _start > _maxLineLength)
            {
                // Keep one byte more than allowed, so the line still reads as too large, and drop the rest.
                _end = _start + _maxLineLength + 1;
            }

            scanFrom = _end;
            MakeRoom(ref scanFrom);
            var read = await _stream.ReadAsync(_buffer.AsMemory(_end), cancellationToken).ConfigureAwait(false);
            _endOfStream = read == 0;
            _end += read;
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        var buffer = _buffer;
        _buffer = [];
        if (buffer.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private NdjsonLine Cut(int start, int end)
    {
        if (end > start && _buffer[end - 1] == (byte)'\r')
        {
            end--;
        }

        _lineNumber = _lineNumber == int.MaxValue ? int.MaxValue : _lineNumber + 1;
        return new NdjsonLine(_lineNumber, _buffer.AsMemory(start, end - start));
    }

    private void MakeRoom(ref int scanFrom)
    {
        if (_start > 0)
        {
            _buffer.AsSpan(_start, _end - _start).CopyTo(_buffer);
            _end -= _start;
            scanFrom -= _start;
            _start = 0;
        }

        if (_buffer.Length - _end < ChunkSize / 2)
        {
            var bigger = ArrayPool<byte>.Shared.Rent(_buffer.Length * 2);
            _buffer.AsSpan(0, _end).CopyTo(bigger);
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = bigger;
        }
    }
}
