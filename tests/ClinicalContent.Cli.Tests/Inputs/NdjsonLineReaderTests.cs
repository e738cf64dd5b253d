using System.Text;
using ClinicalContent.Cli.Inputs;

namespace ClinicalContent.Cli.Tests.Inputs;

public sealed class NdjsonLineReaderTests
{
    private static async Task<List<(int Number, string Text)>> ReadAllAsync(string text, int maxLineLength = 1024)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(text));
        using var reader = new NdjsonLineReader(stream, maxLineLength);
        var lines = new List<(int, string)>();
        while (await reader.ReadLineAsync(CancellationToken.None) is { } line)
        {
            lines.Add((line.Number, Encoding.UTF8.GetString(line.Bytes.Span)));
        }

        return lines;
    }

    [Fact]
    public async Task ReadLineAsync_MixedLineEnds_NumbersEveryLineAndDropsCarriageReturns()
    {
        var lines = await ReadAllAsync("{}\r\n\n  \n{\"a\":1}\n{\"b\":2}");

        lines.Should().Equal((1, "{}"), (2, ""), (3, "  "), (4, "{\"a\":1}"), (5, "{\"b\":2}"));
    }

    [Fact]
    public async Task ReadLineAsync_TrailingNewline_AddsNoEmptyLine()
    {
        var lines = await ReadAllAsync("{}\n{}\n");

        lines.Should().HaveCount(2);
    }

    [Fact]
    public async Task ReadLineAsync_LineLongerThanTheBuffer_IsReadWhole()
    {
        var longLine = new string('x', 200_000);

        var lines = await ReadAllAsync($"{longLine}\n{{}}", maxLineLength: 1_000_000);

        lines.Should().Equal((1, longLine), (2, "{}"));
    }

    [Fact]
    public async Task ReadLineAsync_LineLongerThanTheMaximum_IsCutJustAboveItAndTheNextLineFollows()
    {
        var longLine = new string('x', 300_000);

        var lines = await ReadAllAsync($"{longLine}\n{{}}", maxLineLength: 100);

        lines.Should().HaveCount(2);
        lines[0].Text.Length.Should().BeGreaterThan(100).And.BeLessThan(300_000);
        lines[1].Should().Be((2, "{}"));
    }
}
