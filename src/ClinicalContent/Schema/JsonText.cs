using System.Buffers;
using System.Buffers.Text;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;

namespace ClinicalContent.Schema;

/// <summary>
/// Reads JSON strings and member names of an instance without the exceptions System.Text.Json throws for text
/// that is valid JSON but not valid Unicode (an escaped unpaired surrogate such as <c>"\uD800"</c>): such a
/// surrogate is kept as the one UTF-16 unit it denotes, as JSON Schema's code-point semantics expect.
/// </summary>
internal static class JsonText
{
    /// <summary>The content of a string element: its UTF-8 bytes between the quotes, still escaped.</summary>
    public static ReadOnlySpan<byte> RawContent(in JsonElement text) => JsonMarshal.GetRawUtf8Value(text)[1..^1];

    public static bool HasEscapes(ReadOnlySpan<byte> raw) => raw.IndexOf((byte)'\\') >= 0;

    /// <summary>The value of a string element.</summary>
    public static string GetString(in JsonElement text) => Unescape(RawContent(text));

    /// <summary>The name of a member.</summary>
    public static string GetName(JsonProperty property) => Unescape(JsonMarshal.GetRawUtf8PropertyName(property));

    /// <summary>True when two member names are the same text.</summary>
    public static bool NameEquals(JsonProperty left, JsonProperty right) =>
        TextEquals(JsonMarshal.GetRawUtf8PropertyName(left), JsonMarshal.GetRawUtf8PropertyName(right));

    /// <summary>True when two escaped JSON texts denote the same string.</summary>
    public static bool TextEquals(ReadOnlySpan<byte> left, ReadOnlySpan<byte> right) =>
        !HasEscapes(left) && !HasEscapes(right)
            ? left.SequenceEqual(right)
            : string.Equals(Unescape(left), Unescape(right), StringComparison.Ordinal);

    /// <summary>Decodes escaped JSON text (already validated by the parser) into UTF-16.</summary>
    public static string Unescape(ReadOnlySpan<byte> raw)
    {
        if (!HasEscapes(raw))
        {
            return Encoding.UTF8.GetString(raw);
        }

        var buffer = ArrayPool<char>.Shared.Rent(raw.Length);
        try
        {
            var count = 0;
            var i = 0;
            while (i < raw.Length)
            {
                var backslash = raw[i..].IndexOf((byte)'\\');
                var run = backslash < 0 ? raw[i..] : raw.Slice(i, backslash);
                count += Encoding.UTF8.GetChars(run, buffer.AsSpan(count));
                i += run.Length;
                if (backslash < 0)
                {
                    break;
                }

                var escape = raw[i + 1];
                i += 2;
                if (escape == (byte)'u' && Utf8Parser.TryParse(raw.Slice(i, 4), out ushort unit, out var consumed, 'X') && consumed == 4)
                {
                    buffer[count++] = (char)unit;
                    i += 4;
                    continue;
                }

                buffer[count++] = escape switch
                {
                    (byte)'b' => '\b',
                    (byte)'f' => '\f',
                    (byte)'n' => '\n',
                    (byte)'r' => '\r',
                    (byte)'t' => '\t',
                    _ => (char)escape,
                };
            }

            return new string(buffer, 0, count);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }
}
