using System.Runtime.CompilerServices;
using System.Text;
using ClinicalContent.Model;
using ClinicalContent.Serialization;
using ClinicalContent.Tests.Generators;
using ClinicalContent.Validation;

namespace ClinicalContent.Tests.Serialization;

public sealed class ClinicalArticleNdjsonTests
{
    private static readonly ClinicalArticleJsonOptions s_compact = ClinicalArticleJsonOptions.Default with { WriteIndented = false };

    private static List<ClinicalArticle> Articles(int count) =>
        [.. Enumerable.Range(0, count).Select(static i => new ArticleFactory(i, i % 100).Article())];

    private static string Line(ClinicalArticle article) => ClinicalArticleJson.Write(article, s_compact);

    private static List<NdjsonRecord> ReadAll(string ndjson, ClinicalArticleJsonOptions? options = null)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(ndjson));
        return [.. ClinicalArticleNdjson.Read(stream, options)];
    }

    private static async Task<List<NdjsonRecord>> ReadAllAsync(Stream stream, ClinicalArticleJsonOptions? options = null)
    {
        var records = new List<NdjsonRecord>();
        await foreach (var record in ClinicalArticleNdjson.ReadAsync(stream, options))
        {
            records.Add(record);
        }

        return records;
    }

    [Fact]
    public void Read_OfWrittenArticles_ReturnsEveryArticleInOrderWithItsLineNumber()
    {
        var articles = Articles(300);
        using var stream = new MemoryStream();
        ClinicalArticleNdjson.Write(articles, stream);
        stream.Position = 0;

        var records = ClinicalArticleNdjson.Read(stream, ClinicalArticleJsonOptions.Tolerant).ToList();

        records.Select(static r => r.LineNumber).Should().Equal(Enumerable.Range(1, 300).Select(static i => (long)i));
        records.Should().OnlyContain(static r => r.Result.Issues.IsEmpty);
        records.Select(static r => r.Result.Value).Should().Equal(articles);
    }

    [Fact]
    public void Write_ManyArticles_WritesOneCompactLinePerArticle()
    {
        var articles = Articles(50);
        using var stream = new MemoryStream();

        ClinicalArticleNdjson.Write(articles, stream);

        var text = Encoding.UTF8.GetString(stream.ToArray());
        text.Should().EndWith("\n");
        text.Split('\n')[..^1].Should().Equal(articles.Select(Line));
    }

    [Fact]
    public void Write_NoArticles_WritesNothing()
    {
        using var stream = new MemoryStream();

        ClinicalArticleNdjson.Write([], stream);

        stream.Length.Should().Be(0);
    }

    [Fact]
    public void Read_BadLineInTheMiddle_ReportsItWithItsLineNumberAndReadsTheLinesAfterIt()
    {
        var good = ModelSamples.MinimalArticle();
        var ndjson = Line(good) + "\n" + Line(good) + "\n{\"id\": \n" + Line(good) + "\n";

        var records = ReadAll(ndjson);

        records.Select(static r => r.LineNumber).Should().Equal(1L, 2L, 3L, 4L);
        records[2].Result.Value.Should().BeNull();
        records[2].Result.Issues.Select(static i => i.Code).Should().Equal(IssueCodes.JsonSyntaxError);
        records[3].Result.IsValid.Should().BeTrue();
        records[3].Result.Value.Should().Be(good);
    }

    [Fact]
    public void Read_IssuesOnALaterLine_HavePositionsOnThatLine()
    {
        var good = Line(ModelSamples.MinimalArticle());
        var bad = JsonText.Minimal.Replace("\"clinician\"", "\"doctor\"", StringComparison.Ordinal)[..^1] + ",\"x-new\":1}";
        var ndjson = good + "\n" + good + "\n\n" + bad + "\n" + good;

        var records = ReadAll(ndjson);

        var record = records.Single(static r => !r.Result.IsValid);
        record.LineNumber.Should().Be(4);
        record.Result.Issues.Select(static i => (i.Code, i.Pointer, i.Position)).Should().Equal(
            (IssueCodes.InvalidEnumValue, "/audience", (TextPosition?)new TextPosition(4, JsonText.PositionOf(bad, "\"doctor\"").Column)),
            (IssueCodes.UnknownMember, "/x-new", (TextPosition?)new TextPosition(4, JsonText.PositionOf(bad, "\"x-new\"").Column)));
    }

    [Fact]
    public void Read_SyntaxErrorOnALaterLine_HasItsPositionOnThatLine()
    {
        var good = Line(ModelSamples.MinimalArticle());
        var ndjson = good + "\n" + good + "\n" + good + "\n{\"id\":\"a\",}\n";

        var records = ReadAll(ndjson);

        records[3].Result.Issues.Select(static i => i.Position).Should().Equal(new TextPosition(4, 11));
    }

    [Fact]
    public void Read_BlankLinesAndCrLf_SkipsBlankLinesAndKeepsTheLineNumbering()
    {
        var good = ModelSamples.MinimalArticle();
        var ndjson = "\r\n" + Line(good) + "\r\n\r\n   \t\r\n\n" + Line(good) + "\r\n";

        var records = ReadAll(ndjson);

        records.Select(static r => r.LineNumber).Should().Equal(2L, 6L);
        records.Should().OnlyContain(r => r.Result.IsValid && r.Result.Issues.IsEmpty && good.Equals(r.Result.Value));
    }

    [Fact]
    public void Read_FinalLineWithoutNewline_ReadsIt()
    {
        var good = ModelSamples.MinimalArticle();
        var ndjson = Line(good) + "\n" + Line(good);

        var records = ReadAll(ndjson);

        records.Should().HaveCount(2);
        records[1].LineNumber.Should().Be(2);
        records[1].Result.Value.Should().Be(good);
    }

    [Fact]
    public void Read_EmptyStream_YieldsNothing()
    {
        var records = ReadAll(string.Empty);

        records.Should().BeEmpty();
    }

    [Theory]
    [InlineData(10_000)]
    [InlineData(300_000)]
    public void Read_LineLongerThanMaxDocumentLength_ReportsItOnceAndReadsTheNextLine(int length)
    {
        var options = ClinicalArticleJsonOptions.Default with { MaxDocumentLength = 4096 };
        var good = ModelSamples.MinimalArticle();
        var longLine = JsonText.With("\"disclaimer\":\"" + new string('x', length) + "\"");
        var ndjson = Line(good) + "\n" + longLine + "\n" + Line(good) + "\n";

        var records = ReadAll(ndjson, options);

        records.Select(static r => r.LineNumber).Should().Equal(1L, 2L, 3L);
        records[1].Result.Value.Should().BeNull();
        records[1].Result.Issues.Select(static i => (i.Code, i.Pointer, i.Position))
            .Should().Equal((IssueCodes.DocumentTooLarge, string.Empty, (TextPosition?)new TextPosition(2, 1)));
        records[2].Result.Value.Should().Be(good);
    }

    [Fact]
    public void Read_LongLastLineWithoutNewline_ReportsItOnce()
    {
        var options = ClinicalArticleJsonOptions.Default with { MaxDocumentLength = 4096 };
        var ndjson = Line(ModelSamples.MinimalArticle()) + "\n{\"disclaimer\":\"" + new string('x', 300_000);

        var records = ReadAll(ndjson, options);

        records.Select(static r => (r.LineNumber, r.Result.Issues.Select(static i => i.Code).FirstOrDefault()))
            .Should().Equal((1L, (string?)null), (2L, IssueCodes.DocumentTooLarge));
    }

    [Fact]
    public void Read_ArticleLargerThanTheReadChunk_ReadsIt()
    {
        var big = ModelSamples.MinimalArticle() with { Disclaimer = new string('é', 200_000) };
        var ndjson = Line(big) + "\n" + Line(ModelSamples.MinimalArticle()) + "\n";

        var records = ReadAll(ndjson);

        records.Select(static r => r.Result.Value).Should().Equal(big, ModelSamples.MinimalArticle());
    }

    public static TheoryData<string> MixedStreams => new()
    {
        string.Join("\n", Articles(40).Select(Line)),
        Line(ModelSamples.MinimalArticle()) + "\r\n\r\n{bad\r\n" + JsonText.With("\"x\":null") + "\n\n",
        "\n\n\n",
        Line(ModelSamples.MinimalArticle()) + "\n" + JsonText.With("\"disclaimer\":\"" + new string('y', 20_000) + "\"") + "\n" + Line(ModelSamples.FullArticle()),
        "\uFEFF" + Line(ModelSamples.MinimalArticle()) + "\n[]\n42\nnull\n",
    };

    [Theory]
    [MemberData(nameof(MixedStreams))]
    public async Task Read_AndReadAsync_YieldTheSameRecords(string ndjson)
    {
        var options = ClinicalArticleJsonOptions.Default with { MaxDocumentLength = 16_000 };
        var utf8 = Encoding.UTF8.GetBytes(ndjson);
        using var syncStream = new MemoryStream(utf8);
        using var asyncStream = new MemoryStream(utf8);

        var sync = ClinicalArticleNdjson.Read(syncStream, options).ToList();
        var asynchronous = await ReadAllAsync(asyncStream, options);

        asynchronous.Should().Equal(sync);
    }

    [Fact]
    public async Task Read_StreamThatReturnsOneByteAtATime_YieldsTheSameRecordsAsAWholeStream()
    {
        var ndjson = string.Join("\r\n", Articles(5).Select(Line)) + "\n\n{bad}\n";
        var utf8 = Encoding.UTF8.GetBytes(ndjson);
        using var whole = new MemoryStream(utf8);
        using var trickle = new TrickleStream(utf8);

        var expected = ClinicalArticleNdjson.Read(whole, ClinicalArticleJsonOptions.Tolerant).ToList();
        var actual = await ReadAllAsync(trickle, ClinicalArticleJsonOptions.Tolerant);

        actual.Should().Equal(expected);
    }

    [Fact]
    public async Task WriteAsync_OfEnumerableAndAsyncEnumerable_GiveTheSameBytesAsWrite()
    {
        // Enough articles to cross the writer's 64 KiB flush threshold several times.
        var articles = Articles(400);
        using var sync = new MemoryStream();
        using var fromEnumerable = new MemoryStream();
        using var fromAsyncEnumerable = new MemoryStream();

        ClinicalArticleNdjson.Write(articles, sync);
        await ClinicalArticleNdjson.WriteAsync(articles, fromEnumerable);
        await ClinicalArticleNdjson.WriteAsync(ToAsync(articles), fromAsyncEnumerable);

        sync.Length.Should().BeGreaterThan(3 * 64 * 1024);
        fromEnumerable.ToArray().Should().Equal(sync.ToArray());
        fromAsyncEnumerable.ToArray().Should().Equal(sync.ToArray());
    }

    [Fact]
    public void Write_ArticleWithoutAJsonFormInTheMiddle_ThrowsAndKeepsOnlyWholeLinesBeforeIt()
    {
        var good = Articles(3);
        var bad = ModelSamples.MinimalArticle() with { Audience = (Audience)99 };
        using var stream = new MemoryStream();

        var act = () => ClinicalArticleNdjson.Write([.. good, bad, .. good], stream);

        act.Should().Throw<ArgumentException>();
        Encoding.UTF8.GetString(stream.ToArray()).Should().Be(string.Concat(good.Select(static a => Line(a) + "\n")));
    }

    [Fact]
    public async Task WriteAsync_NullArticleInTheSequence_ThrowsArgumentNull()
    {
        using var stream = new MemoryStream();

        var act = async () => await ClinicalArticleNdjson.WriteAsync([ModelSamples.MinimalArticle(), null!], stream);

        await act.Should().ThrowAsync<ArgumentNullException>();
    }

    [Fact]
    public async Task ReadAsync_CancelledToken_ThrowsOperationCanceled()
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(Line(ModelSamples.MinimalArticle())));
        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();

        var act = async () =>
        {
            await foreach (var record in ClinicalArticleNdjson.ReadAsync(stream, cancellationToken: cancellation.Token))
            {
                record.Should().NotBeNull();
            }
        };

        await act.Should().ThrowAsync<OperationCanceledException>();
    }

    [Fact]
    public async Task WriteAsync_CancelledToken_ThrowsOperationCanceled()
    {
        using var stream = new MemoryStream();
        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();

        var act = async () => await ClinicalArticleNdjson.WriteAsync(ToAsync(Articles(3)), stream, cancellation.Token);

        await act.Should().ThrowAsync<OperationCanceledException>();
    }

    [Fact]
    public void Read_NullStream_ThrowsArgumentNull()
    {
        var act = () => ClinicalArticleNdjson.Read(null!);

        act.Should().Throw<ArgumentNullException>();
    }

    private static async IAsyncEnumerable<ClinicalArticle> ToAsync(IEnumerable<ClinicalArticle> articles, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        foreach (var article in articles)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await Task.Yield();
            yield return article;
        }
    }

    /// <summary>A read-only, non-seekable stream that returns at most one byte per read.</summary>
    private sealed class TrickleStream(byte[] bytes) : Stream
    {
        private int _position;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            if (_position >= bytes.Length || buffer.IsEmpty)
            {
                return 0;
            }

            buffer[0] = bytes[_position++];
            return 1;
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
}
