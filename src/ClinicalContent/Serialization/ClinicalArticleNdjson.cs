using System.Buffers;
using System.Runtime.CompilerServices;
using ClinicalContent.Internal;
using ClinicalContent.Model;

namespace ClinicalContent.Serialization;

/// <summary>
/// Reads and writes NDJSON (newline-delimited JSON) streams of articles, one article per line, lazily: memory
/// stays flat however long the stream is.
/// </summary>
/// <remarks>
/// Reading yields one <see cref="NdjsonRecord"/> per non-blank line. A bad line is reported in its own record,
/// with its line number, and does not stop the stream. Lines end at <c>\n</c>; a <c>\r</c> before it is ignored.
/// A line longer than <see cref="ClinicalArticleJsonOptions.MaxDocumentLength"/> is reported as <c>CC1014</c>
/// and skipped without being held in memory. Writing puts each article on one compact line.
/// </remarks>
public static class ClinicalArticleNdjson
{
    private const int ChunkSize = 64 * 1024;

    /// <summary>Reads the articles of an NDJSON stream as they arrive.</summary>
    /// <param name="utf8Ndjson">The stream; read to its end and left open.</param>
    /// <param name="options">Reading settings; <see cref="ClinicalArticleJsonOptions.Default"/> (strict) when null.</param>
    /// <param name="cancellationToken">Stops the read.</param>
    /// <returns>One record per non-blank line, in stream order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Ndjson"/> is null.</exception>
    /// <exception cref="IOException">The stream could not be read.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static async IAsyncEnumerable<NdjsonRecord> ReadAsync(
        Stream utf8Ndjson, ClinicalArticleJsonOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(utf8Ndjson);
        var splitter = new LineSplitter(options ?? ClinicalArticleJsonOptions.Default);
        try
        {
            while (true)
            {
                var read = await utf8Ndjson.ReadAsync(splitter.FreeSpace(), cancellationToken).ConfigureAwait(false);
                foreach (var record in splitter.Take(read))
                {
                    yield return record;
                }

                if (read == 0)
                {
                    yield break;
                }
            }
        }
        finally
        {
            splitter.Dispose();
        }
    }

    /// <summary>Reads the articles of an NDJSON stream as they arrive, blocking on the stream.</summary>
    /// <param name="utf8Ndjson">The stream; read to its end and left open.</param>
    /// <param name="options">Reading settings; <see cref="ClinicalArticleJsonOptions.Default"/> (strict) when null.</param>
    /// <returns>One record per non-blank line, in stream order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Ndjson"/> is null.</exception>
    /// <exception cref="IOException">The stream could not be read.</exception>
    public static IEnumerable<NdjsonRecord> Read(Stream utf8Ndjson, ClinicalArticleJsonOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(utf8Ndjson);
        return ReadIterator(utf8Ndjson, options ?? ClinicalArticleJsonOptions.Default);
    }

    /// <summary>Writes articles to a stream, one compact line each, as the sequence yields them.</summary>
    /// <param name="articles">The articles.</param>
    /// <param name="destination">The stream; left open.</param>
    /// <param name="cancellationToken">Stops the write.</param>
    /// <returns>A task that completes when every article is written.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="articles"/> or <paramref name="destination"/> is null, or the sequence yields null.</exception>
    /// <exception cref="ArgumentException">An article holds a value that has no JSON form; articles before it are written.</exception>
    /// <exception cref="IOException">The stream could not be written.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static async Task WriteAsync(IAsyncEnumerable<ClinicalArticle> articles, Stream destination, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(articles);
        ArgumentNullException.ThrowIfNull(destination);
        using var buffer = new PooledBuffer(ChunkSize * 2);
        try
        {
            await foreach (var article in articles.WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                AppendLine(buffer, article);
                if (buffer.WrittenCount >= ChunkSize)
                {
                    await destination.WriteAsync(buffer.WrittenMemory, cancellationToken).ConfigureAwait(false);
                    buffer.Clear();
                }
            }
        }
        finally
        {
            // Whole lines written before a failure still reach the stream, as documented.
            await destination.WriteAsync(buffer.WrittenMemory, CancellationToken.None).ConfigureAwait(false);
        }
    }

    /// <summary>Writes articles to a stream, one compact line each, without blocking.</summary>
    /// <param name="articles">The articles.</param>
    /// <param name="destination">The stream; left open.</param>
    /// <param name="cancellationToken">Stops the write.</param>
    /// <returns>A task that completes when every article is written.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="articles"/> or <paramref name="destination"/> is null, or the sequence yields null.</exception>
    /// <exception cref="ArgumentException">An article holds a value that has no JSON form; articles before it are written.</exception>
    /// <exception cref="IOException">The stream could not be written.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static Task WriteAsync(IEnumerable<ClinicalArticle> articles, Stream destination, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(articles);
        return WriteAsync(AsAsync(articles), destination, cancellationToken);
    }

    /// <summary>Writes articles to a stream, one compact line each, blocking on the stream.</summary>
    /// <param name="articles">The articles.</param>
    /// <param name="destination">The stream; left open.</param>
    /// <exception cref="ArgumentNullException"><paramref name="articles"/> or <paramref name="destination"/> is null, or the sequence yields null.</exception>
    /// <exception cref="ArgumentException">An article holds a value that has no JSON form; articles before it are written.</exception>
    /// <exception cref="IOException">The stream could not be written.</exception>
    public static void Write(IEnumerable<ClinicalArticle> articles, Stream destination)
    {
        ArgumentNullException.ThrowIfNull(articles);
        ArgumentNullException.ThrowIfNull(destination);
        using var buffer = new PooledBuffer(ChunkSize * 2);
        try
        {
            foreach (var article in articles)
            {
                AppendLine(buffer, article);
                if (buffer.WrittenCount >= ChunkSize)
                {
                    destination.Write(buffer.WrittenSpan);
                    buffer.Clear();
                }
            }
        }
        finally
        {
            // Whole lines written before a failure still reach the stream, as documented.
            destination.Write(buffer.WrittenSpan);
        }
    }

#pragma warning disable CS1998 // An iterator over a plain sequence: nothing to await.
    private static async IAsyncEnumerable<ClinicalArticle> AsAsync(IEnumerable<ClinicalArticle> articles)
#pragma warning restore CS1998
    {
        foreach (var article in articles)
        {
            yield return article;
        }
    }

    private static readonly ClinicalArticleJsonOptions s_compact = ClinicalArticleJsonOptions.Default with { WriteIndented = false };

    private static void AppendLine(PooledBuffer buffer, ClinicalArticle article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var mark = buffer.WrittenCount;
        try
        {
            ArticleWriter.Write(article, buffer, s_compact);
        }
        catch
        {
            // Never leave half an article in the output.
            buffer.Truncate(mark);
            throw;
        }

        buffer.Write("\n"u8);
    }

    private static IEnumerable<NdjsonRecord> ReadIterator(Stream stream, ClinicalArticleJsonOptions options)
    {
        using var splitter = new LineSplitter(options);
        while (true)
        {
            var read = stream.Read(splitter.FreeSpace().Span);
            foreach (var record in splitter.Take(read))
            {
                yield return record;
            }

            if (read == 0)
            {
                yield break;
            }
        }
    }

    /// <summary>Cuts a byte stream into lines in a bounded buffer and reads each line as an article.</summary>
    private sealed class LineSplitter : IDisposable
    {
        private readonly ClinicalArticleJsonOptions _options;
        private readonly List<NdjsonRecord> _ready = [];
        private byte[] _buffer;
        private int _start;
        private int _end;
        private long _lineNumber = 1;
        private bool _skippingLongLine;

        public LineSplitter(ClinicalArticleJsonOptions options)
        {
            _options = options;
            _buffer = ArrayPool<byte>.Shared.Rent(ChunkSize);
        }

        /// <summary>Room for the next read, after compacting or growing the buffer.</summary>
        public Memory<byte> FreeSpace()
        {
            if (_start > 0)
            {
                _buffer.AsSpan(_start, _end - _start).CopyTo(_buffer);
                _end -= _start;
                _start = 0;
            }

            if (_buffer.Length - _end < ChunkSize / 2)
            {
                var bigger = ArrayPool<byte>.Shared.Rent(_buffer.Length * 2);
                _buffer.AsSpan(0, _end).CopyTo(bigger);
                ArrayPool<byte>.Shared.Return(_buffer);
                _buffer = bigger;
            }

            return _buffer.AsMemory(_end);
        }

        /// <summary>Accounts for <paramref name="read"/> new bytes (0 at the end of the stream) and returns the records of the lines completed.</summary>
        public List<NdjsonRecord> Take(int read)
        {
            _ready.Clear();
            _end += read;
            while (true)
            {
                var newline = _buffer.AsSpan(_start, _end - _start).IndexOf((byte)'\n');
                if (newline < 0)
                {
                    break;
                }

                CompleteLine(_buffer.AsSpan(_start, newline));
                _start += newline + 1;
            }

            var pending = _end - _start;
            if (read == 0 && pending > 0)
            {
                CompleteLine(_buffer.AsSpan(_start, pending));
                _start = _end;
            }
            else if (pending > _options.MaxDocumentLength)
            {
                // Too long to be an article: report it once and drop bytes until the next newline.
                if (!_skippingLongLine)
                {
                    _ready.Add(new NdjsonRecord { LineNumber = _lineNumber, Result = ArticleReader.TooLarge(_options, (int)Math.Min(_lineNumber, int.MaxValue)) });
                    _skippingLongLine = true;
                }

                _start = _end;
            }

            return _ready;
        }

        private void CompleteLine(ReadOnlySpan<byte> line)
        {
            var number = _lineNumber++;
            if (_skippingLongLine)
            {
                _skippingLongLine = false;
                return;
            }

            if (!line.IsEmpty && line[^1] == (byte)'\r')
            {
                line = line[..^1];
            }

            if (line.Trim(" \t"u8).IsEmpty)
            {
                return;
            }

            var firstLine = (int)Math.Min(number, int.MaxValue);
            _ready.Add(new NdjsonRecord { LineNumber = number, Result = ArticleReader.Read(line, _options, firstLine) });
        }

        public void Dispose()
        {
            var buffer = _buffer;
            _buffer = [];
            if (buffer.Length > 0)
            {
                ArrayPool<byte>.Shared.Return(buffer);
            }
        }
    }
}
