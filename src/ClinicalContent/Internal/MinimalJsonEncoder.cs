using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;

namespace ClinicalContent.Internal;

/// <summary>
/// Escapes only what JSON requires — quotation mark, reverse solidus and control characters — so that clinical
/// text in any script, emoji included, is written as is. The built-in relaxed encoder still escapes characters
/// outside the Basic Multilingual Plane.
/// </summary>
/// <remarks>Safe for JSON files and HTTP bodies; not for embedding JSON in HTML script blocks.</remarks>
internal sealed class MinimalJsonEncoder : JavaScriptEncoder
{
    private static readonly SearchValues<byte> s_utf8ToEscape = SearchValues.Create(
        [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, (byte)'"', (byte)'\\']);

    private static readonly SearchValues<char> s_charsToEscape = SearchValues.Create(
        "\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\b\t\n\u000b\f\r\u000e\u000f\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001a\u001b\u001c\u001d\u001e\u001f\"\\");

    public static MinimalJsonEncoder Instance { get; } = new();

    public override int MaxOutputCharactersPerInputCharacter => 6;

    public override unsafe int FindFirstCharacterToEncode(char* text, int textLength)
        => new ReadOnlySpan<char>(text, textLength).IndexOfAny(s_charsToEscape);

    public override int FindFirstCharacterToEncodeUtf8(ReadOnlySpan<byte> utf8Text)
        => utf8Text.IndexOfAny(s_utf8ToEscape);

    public override bool WillEncode(int unicodeScalar) => unicodeScalar < 0x20 || unicodeScalar == '"' || unicodeScalar == '\\';

    public override unsafe bool TryEncodeUnicodeScalar(int unicodeScalar, char* buffer, int bufferLength, out int numberOfCharactersWritten)
    {
        var destination = new Span<char>(buffer, bufferLength);
        ReadOnlySpan<char> escaped = unicodeScalar switch
        {
            '"' => "\\\"",
            '\\' => "\\\\",
            '\n' => "\\n",
            '\r' => "\\r",
            '\t' => "\\t",
            '\b' => "\\b",
            '\f' => "\\f",
            _ => default,
        };

        if (escaped.IsEmpty)
        {
            if (!WillEncode(unicodeScalar))
            {
                return Rune.TryCreate(unicodeScalar, out var rune)
                    & rune.TryEncodeToUtf16(destination, out numberOfCharactersWritten);
            }

            if (bufferLength < 6)
            {
                numberOfCharactersWritten = 0;
                return false;
            }

            "\\u00".CopyTo(destination);
            destination[4] = ToHex(unicodeScalar >> 4);
            destination[5] = ToHex(unicodeScalar & 0xF);
            numberOfCharactersWritten = 6;
            return true;
        }

        if (!escaped.TryCopyTo(destination))
        {
            numberOfCharactersWritten = 0;
            return false;
        }

        numberOfCharactersWritten = escaped.Length;
        return true;
    }

    private static char ToHex(int value) => (char)(value < 10 ? '0' + value : 'a' + value - 10);
}
