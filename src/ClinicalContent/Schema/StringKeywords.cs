using System.Buffers;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;

namespace ClinicalContent.Schema;

/// <summary><c>minLength</c>, <c>maxLength</c> (in Unicode code points) and <c>pattern</c>, read from the string's UTF-8
/// text without allocating unless it has escapes.</summary>
internal sealed class StringKeywords(string location) : SchemaKeyword("string", location)
{
    private const int StackChars = 256;

    public (int Limit, string Location)? MinLength { get; init; }

    public (int Limit, string Location)? MaxLength { get; init; }

    public (SchemaPattern Pattern, string Location)? Pattern { get; init; }

    public override bool Evaluate(in JsonElement instance, EvaluationContext context, EvaluationAnnotations? annotations)
    {
        var content = JsonText.RawContent(instance);
        var text = JsonText.HasEscapes(content) ? JsonText.Unescape(content) : null;
        var valid = true;

        if (MinLength is not null || MaxLength is not null)
        {
            var length = text is null ? CountCodePoints(content) : CountCodePoints(text);
            if (MinLength is { } min && length < min.Limit)
            {
                valid = false;
                if (!context.Collecting)
                {
                    return false;
                }

                context.AddError("minLength", min.Location, SchemaMessages.MinLength(min.Limit, length));
            }

            if (MaxLength is { } max && length > max.Limit)
            {
                valid = false;
                if (!context.Collecting)
                {
                    return false;
                }

                context.AddError("maxLength", max.Location, SchemaMessages.MaxLength(max.Limit, length));
            }
        }

        if (Pattern is { } pattern && !Matches(pattern.Pattern, content, text, out var timedOut))
        {
            valid = false;
            if (context.Collecting)
            {
                context.AddError(
                    "pattern",
                    pattern.Location,
                    timedOut ? SchemaMessages.PatternTimeout(pattern.Pattern.Source) : SchemaMessages.Pattern(pattern.Pattern.Source));
            }
        }

        return valid;
    }

    // The stack buffer is written before it is read.
    [SkipLocalsInit]
    private static bool Matches(SchemaPattern pattern, ReadOnlySpan<byte> content, string? text, out bool timedOut)
    {
        if (text is not null)
        {
            return pattern.IsMatch(text, out timedOut);
        }

        if (content.Length <= StackChars)
        {
            Span<char> buffer = stackalloc char[StackChars];
            var count = Encoding.UTF8.GetChars(content, buffer);
            return pattern.IsMatch(buffer[..count], out timedOut);
        }

        var rented = ArrayPool<char>.Shared.Rent(content.Length);
        try
        {
            var count = Encoding.UTF8.GetChars(content, rented);
            return pattern.IsMatch(rented.AsSpan(0, count), out timedOut);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(rented);
        }
    }

    private static int CountCodePoints(ReadOnlySpan<byte> utf8)
    {
        if (Ascii.IsValid(utf8))
        {
            // One byte per code point; checked a vector at a time.
            return utf8.Length;
        }

        // Every code point has exactly one byte that is not a continuation byte (10xxxxxx).
        var count = utf8.Length;
        foreach (var b in utf8)
        {
            if ((b & 0xC0) == 0x80)
            {
                count--;
            }
        }

        return count;
    }

    private static int CountCodePoints(string text)
    {
        var count = text.Length;
        for (var i = 0; i + 1 < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && char.IsLowSurrogate(text[i + 1]))
            {
                count--;
                i++;
            }
        }

        return count;
    }
}
