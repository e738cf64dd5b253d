using ClinicalContent.Model;
using ClinicalContent.Serialization;

namespace ClinicalContent.Tests.Serialization;

/// <summary>
/// A read-only, non-seekable stream of NDJSON that writes each article when the reader gets to it, so the
/// whole stream never exists in memory at once.
/// </summary>
internal sealed class GeneratingNdjsonStream(ClinicalArticle[] templates, int lineCount) : Stream
{
    private static readonly ClinicalArticleJsonOptions s_compact = ClinicalArticleJsonOptions.Default with { WriteIndented = false };

    private byte[] _line = [];
    private int _lineOffset;
    private int _next;

    public static string IdOf(int index) => "generated-" + index.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        if (_lineOffset == _line.Length)
        {
            if (_next == lineCount)
            {
                return 0;
            }

            var article = templates[_next % templates.Length] with { Id = new ArticleId(IdOf(_next)) };
            _line = [.. ClinicalArticleJson.WriteToUtf8Bytes(article, s_compact), (byte)'\n'];
            _lineOffset = 0;
            _next++;
        }

        var length = Math.Min(buffer.Length, _line.Length - _lineOffset);
        _line.AsSpan(_lineOffset, length).CopyTo(buffer);
        _lineOffset += length;
        return length;
    }

    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        => ValueTask.FromResult(Read(buffer.Span));

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
