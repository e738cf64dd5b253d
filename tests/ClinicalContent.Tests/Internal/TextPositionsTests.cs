using System.Text;
using ClinicalContent.Internal;
using ClinicalContent.Validation;

namespace ClinicalContent.Tests.Internal;

public sealed class TextPositionsTests
{
    private static TextPosition At(string text, string marker, int firstLine = 1)
    {
        var utf8 = Encoding.UTF8.GetBytes(text);
        var offset = Encoding.UTF8.GetByteCount(text.AsSpan(0, text.IndexOf(marker, StringComparison.Ordinal)));
        return new TextPositions { FirstLine = firstLine }.At(utf8, offset);
    }

    [Fact]
    public void At_StartOfInput_IsLineOneColumnOne()
    {
        var position = new TextPositions().At("abc"u8, 0);

        position.Should().Be(new TextPosition(1, 1));
    }

    [Fact]
    public void At_AsciiOnALaterLine_CountsLinesAndColumns()
    {
        var position = At("ab\ncd\nefX", "X");

        position.Should().Be(new TextPosition(3, 3));
    }

    [Theory]
    [InlineData("éX", 2)]
    [InlineData("中X", 2)]
    [InlineData("😀X", 3)]
    [InlineData("a😀é中😀X", 8)]
    public void At_AfterMultiByteCharacters_CountsUtf16CodeUnits(string text, int column)
    {
        var position = At(text, "X");

        position.Should().Be(new TextPosition(1, column));
    }

    [Fact]
    public void At_AfterInvalidBytes_CountsEachAsOneReplacementCharacter()
    {
        byte[] utf8 = [(byte)'a', 0xFF, 0xFE, (byte)'b', (byte)'X'];

        var position = new TextPositions().At(utf8, 4);

        position.Should().Be(new TextPosition(1, 5));
    }

    [Fact]
    public void At_CrLfLineEnds_CountsLinesAtLineFeedsAndCarriageReturnAsAColumn()
    {
        var afterCrLf = At("a\r\nbX", "X");
        var beforeLf = At("aX\r\nb", "\r");

        afterCrLf.Should().Be(new TextPosition(2, 2));
        beforeLf.Should().Be(new TextPosition(1, 3));
    }

    [Fact]
    public void At_LoneCarriageReturn_DoesNotStartALine()
    {
        var position = At("a\rbX", "X");

        position.Should().Be(new TextPosition(1, 4));
    }

    [Fact]
    public void At_FirstLineAboveOne_ShiftsEveryLine()
    {
        var first = At("abX\nc", "X", firstLine: 41);
        var second = At("ab\ncX", "X", firstLine: 41);

        first.Should().Be(new TextPosition(41, 3));
        second.Should().Be(new TextPosition(42, 2));
    }

    [Fact]
    public void At_QueriesInAnyOrder_GiveTheSameAnswersAsFreshQueries()
    {
        var utf8 = Encoding.UTF8.GetBytes("line one\nline two é\nline three 😀\nend");
        var offsets = new[] { 30, 2, 35, 9, 0, 20, 40, 10 };
        var positions = new TextPositions();

        var reused = offsets.Select(o => positions.At(utf8, o)).ToList();

        reused.Should().Equal(offsets.Select(o => new TextPositions().At(utf8, o)));
    }

    [Fact]
    public void At_OffsetBeyondTheInput_IsClampedToTheEnd()
    {
        var position = new TextPositions().At("ab\nc"u8, 100);

        position.Should().Be(new TextPosition(2, 2));
    }

    [Fact]
    public void AtLineAndByte_CountsBytesInTheLineAsUtf16Columns()
    {
        var utf8 = Encoding.UTF8.GetBytes("first\n€😀x");

        var position = new TextPositions().AtLineAndByte(utf8, 1, 7);

        position.Should().Be(new TextPosition(2, 4));
    }

    [Fact]
    public void AtLineAndByte_WithFirstLine_ShiftsTheLine()
    {
        var position = new TextPositions { FirstLine = 10 }.AtLineAndByte("abc"u8, 0, 2);

        position.Should().Be(new TextPosition(10, 3));
    }
}
