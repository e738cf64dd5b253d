using System.Text;
using ClinicalContent.Internal;

namespace ClinicalContent.Tests.Internal;

public sealed class PooledBufferTests
{
    [Fact]
    public void Write_BeyondTheInitialCapacity_GrowsAndKeepsEveryByte()
    {
        using var buffer = new PooledBuffer(initialCapacity: 16);
        var expected = Enumerable.Range(0, 100_000).Select(static i => (byte)(i % 251)).ToArray();

        for (var i = 0; i < expected.Length; i += 1000)
        {
            var chunk = expected.AsSpan(i, 1000);
            chunk.CopyTo(buffer.GetSpan(chunk.Length));
            buffer.Advance(chunk.Length);
        }

        buffer.WrittenCount.Should().Be(expected.Length);
        buffer.WrittenSpan.ToArray().Should().Equal(expected);
        buffer.WrittenMemory.ToArray().Should().Equal(expected);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(5000)]
    public void GetSpan_AnySizeHint_ReturnsAtLeastThatMuchAndAtLeastOneByte(int sizeHint)
    {
        using var buffer = new PooledBuffer(initialCapacity: 16);
        buffer.Advance(10);

        var span = buffer.GetSpan(sizeHint);

        span.Length.Should().BeGreaterThanOrEqualTo(Math.Max(1, sizeHint));
    }

    [Fact]
    public void GetMemory_SizeHintBeyondCapacity_Grows()
    {
        using var buffer = new PooledBuffer(initialCapacity: 16);

        var memory = buffer.GetMemory(70_000);

        memory.Length.Should().BeGreaterThanOrEqualTo(70_000);
    }

    [Fact]
    public void Advance_Negative_Throws()
    {
        using var buffer = new PooledBuffer();

        var act = () => buffer.Advance(-1);

        act.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void Advance_BeyondTheFreeSpace_Throws()
    {
        using var buffer = new PooledBuffer(initialCapacity: 16);
        var free = buffer.GetSpan().Length;

        var act = () => buffer.Advance(free + 1);

        act.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void Truncate_DropsWhatWasWrittenAfterTheMark()
    {
        using var buffer = new PooledBuffer();
        Write(buffer, "keep");
        var mark = buffer.WrittenCount;
        Write(buffer, "drop");

        buffer.Truncate(mark);

        Encoding.UTF8.GetString(buffer.WrittenSpan).Should().Be("keep");
    }

    [Fact]
    public void Truncate_BeyondWhatWasWritten_KeepsEverything()
    {
        using var buffer = new PooledBuffer();
        Write(buffer, "abc");

        buffer.Truncate(100);

        buffer.WrittenCount.Should().Be(3);
    }

    [Fact]
    public void Clear_EmptiesTheBufferForReuse()
    {
        using var buffer = new PooledBuffer();
        Write(buffer, "abc");

        buffer.Clear();
        Write(buffer, "xy");

        Encoding.UTF8.GetString(buffer.WrittenSpan).Should().Be("xy");
    }

    [Fact]
    public void Fill_StreamWithinTheLimit_ReadsItAllAndReturnsTrue()
    {
        var bytes = Enumerable.Range(0, 50_000).Select(static i => (byte)i).ToArray();
        using var stream = new MemoryStream(bytes);
        using var buffer = new PooledBuffer(initialCapacity: 16);

        var complete = buffer.Fill(stream, maxLength: bytes.Length);

        complete.Should().BeTrue();
        buffer.WrittenSpan.ToArray().Should().Equal(bytes);
    }

    [Fact]
    public void Fill_StreamOverTheLimit_ReturnsFalse()
    {
        using var stream = new MemoryStream(new byte[50_001]);
        using var buffer = new PooledBuffer(initialCapacity: 16);

        var complete = buffer.Fill(stream, maxLength: 50_000);

        complete.Should().BeFalse();
    }

    [Fact]
    public async Task FillAsync_StreamWithinTheLimit_ReadsItAllAndReturnsTrue()
    {
        var bytes = Enumerable.Range(0, 50_000).Select(static i => (byte)(i * 7)).ToArray();
        using var stream = new MemoryStream(bytes);
        using var buffer = new PooledBuffer(initialCapacity: 16);

        var complete = await buffer.FillAsync(stream, bytes.Length, CancellationToken.None);

        complete.Should().BeTrue();
        buffer.WrittenSpan.ToArray().Should().Equal(bytes);
    }

    [Fact]
    public async Task FillAsync_StreamOverTheLimit_ReturnsFalse()
    {
        using var stream = new MemoryStream(new byte[10]);
        using var buffer = new PooledBuffer(initialCapacity: 16);

        var complete = await buffer.FillAsync(stream, 9, CancellationToken.None);

        complete.Should().BeFalse();
    }

    [Fact]
    public void Dispose_Twice_DoesNotThrow()
    {
        var buffer = new PooledBuffer();
        buffer.Dispose();

        var act = buffer.Dispose;

        act.Should().NotThrow();
        buffer.WrittenCount.Should().Be(0);
    }

    private static void Write(PooledBuffer buffer, string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        bytes.CopyTo(buffer.GetSpan(bytes.Length));
        buffer.Advance(bytes.Length);
    }
}
