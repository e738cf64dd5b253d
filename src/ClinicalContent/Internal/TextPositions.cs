using System.Text;
using ClinicalContent.Validation;

namespace ClinicalContent.Internal;

/// <summary>Turns byte offsets in UTF-8 input into 1-based lines and UTF-16 columns, scanning forward from the last answer.</summary>
internal sealed class TextPositions
{
    private int _lastLineStart;
    private int _lastLine = 1;
    private int _lastOffset = -1;
    private int _lastColumn;

    /// <summary>The line number that the first line of the input has; above 1 inside an NDJSON stream.</summary>
    public int FirstLine { get; set; } = 1;

    public TextPosition At(ReadOnlySpan<byte> input, long byteOffset)
    {
        var offset = (int)Math.Clamp(byteOffset, 0, input.Length);
        if (offset < _lastLineStart)
        {
            _lastLineStart = 0;
            _lastLine = 1;
            _lastOffset = -1;
        }

        var line = _lastLine;
        var lineStart = _lastLineStart;
        var span = input[lineStart..offset];
        var lastNewline = span.LastIndexOf((byte)'\n');
        if (lastNewline >= 0)
        {
            line += span.Count((byte)'\n');
            lineStart += lastNewline + 1;
        }

        // Count the columns from the last answer when it lies on the same line, before this offset, at an ASCII byte:
        // counting the two parts then gives the same total as counting from the line start (no UTF-8 sequence, valid
        // or not, spans the split), and a long line — a compact document, an NDJSON record — is not counted again
        // for every position on it.
        int column;
        if (_lastOffset >= lineStart && _lastOffset <= offset && (_lastOffset == offset || input[_lastOffset] < 0x80))
        {
            column = _lastColumn + Utf16Length(input[_lastOffset..offset]);
        }
        else
        {
            column = Utf16Length(input[lineStart..offset]) + 1;
        }

        _lastLine = line;
        _lastLineStart = lineStart;
        _lastOffset = offset;
        _lastColumn = column;
        return new TextPosition(line + FirstLine - 1, column);
    }

    /// <summary>The position of a 0-based line and byte-in-line pair, as <see cref="System.Text.Json.JsonException"/> reports them.</summary>
    public TextPosition AtLineAndByte(ReadOnlySpan<byte> input, long line, long bytePositionInLine)
    {
        var start = 0;
        for (long l = 0; l < line; l++)
        {
            var next = input[start..].IndexOf((byte)'\n');
            if (next < 0)
            {
                break;
            }

            start += next + 1;
        }

        var end = (int)Math.Min(input.Length, start + bytePositionInLine);
        return new TextPosition((int)line + FirstLine, Utf16Length(input[start..end]) + 1);
    }

    // Invalid bytes count as one replacement character each, as an editor would show them.
    private static int Utf16Length(ReadOnlySpan<byte> utf8) => Encoding.UTF8.GetCharCount(utf8);
}
