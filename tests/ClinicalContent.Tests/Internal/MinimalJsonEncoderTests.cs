using System.Text;
using System.Text.Json;
using ClinicalContent.Internal;

namespace ClinicalContent.Tests.Internal;

public sealed class MinimalJsonEncoderTests
{
    public static TheoryData<string> TextWrittenAsIs => new()
    {
        "plain", "é", "≥", "µ", "中", "😀", "👩‍⚕️", "עברית", "<script>&'+`/", "\u007F", "\u0085", "\u2028", "\u2029", "\uFEFF", "\uFFFD", "~",
    };

    [Theory]
    [MemberData(nameof(TextWrittenAsIs))]
    public void Encode_TextJsonDoesNotRequireEscaping_ReturnsItUnchanged(string text)
    {
        var encoded = MinimalJsonEncoder.Instance.Encode(text);

        encoded.Should().Be(text);
    }

    public static TheoryData<string, string> TextJsonRequiresEscaping => new()
    {
        { "\"", "\\\"" },
        { "\\", "\\\\" },
        { "\n", "\\n" },
        { "\r", "\\r" },
        { "\t", "\\t" },
        { "\b", "\\b" },
        { "\f", "\\f" },
        { "\u0000", "\\u0000" },
        { "\u0001", "\\u0001" },
        { "\u000B", "\\u000b" },
        { "\u001B", "\\u001b" },
        { "\u001F", "\\u001f" },
        { "a\"é\\😀\n", "a\\\"é\\\\😀\\n" },
    };

    [Theory]
    [MemberData(nameof(TextJsonRequiresEscaping))]
    public void Encode_QuoteBackslashOrControlCharacter_EscapesOnlyThose(string text, string expected)
    {
        var encoded = MinimalJsonEncoder.Instance.Encode(text);

        encoded.Should().Be(expected);
    }

    [Theory]
    [InlineData(0x00, true)]
    [InlineData(0x1F, true)]
    [InlineData('"', true)]
    [InlineData('\\', true)]
    [InlineData(' ', false)]
    [InlineData('/', false)]
    [InlineData('<', false)]
    [InlineData(0x7F, false)]
    [InlineData(0xE9, false)]
    [InlineData(0x1F600, false)]
    public void WillEncode_ReportsOnlyWhatJsonRequires(int scalar, bool expected)
    {
        var willEncode = MinimalJsonEncoder.Instance.WillEncode(scalar);

        willEncode.Should().Be(expected);
    }

    [Theory]
    [InlineData("abc", -1)]
    [InlineData("é😀中", -1)]
    [InlineData("ab\"c", 2)]
    [InlineData("é\n", 2)]
    [InlineData("\\", 0)]
    public void FindFirstCharacterToEncodeUtf8_FindsTheFirstByteToEscape(string text, int expected)
    {
        var index = MinimalJsonEncoder.Instance.FindFirstCharacterToEncodeUtf8(Encoding.UTF8.GetBytes(text));

        index.Should().Be(expected);
    }

    [Fact]
    public void Encode_UsedByUtf8JsonWriter_WritesNonAsciiUnescaped()
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = MinimalJsonEncoder.Instance }))
        {
            writer.WriteStartObject();
            writer.WriteString("é😀", "µ≥中\"\u0001");
            writer.WriteEndObject();
        }

        var json = Encoding.UTF8.GetString(stream.ToArray());

        json.Should().Be("{\"é😀\":\"µ≥中\\\"\\u0001\"}");
    }
}
