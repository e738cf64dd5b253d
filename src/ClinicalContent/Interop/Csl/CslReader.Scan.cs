using System.Text.Json;
using System.Text.Unicode;
using ClinicalContent.Internal;
using ClinicalContent.Validation;

namespace ClinicalContent.Interop.Csl;

internal sealed partial class CslReader
{
    /// <summary>
    /// Checks the whole input with one <see cref="Utf8JsonReader"/> pass: syntax and depth (fatal: nothing is
    /// imported), duplicate members, and strings or member names that are not valid Unicode (the item holding one is
    /// not imported, since its text cannot be kept faithfully). Issues carry the pointer and position where found.
    /// </summary>
    /// <returns>False when the input is not well-formed JSON within the depth limit.</returns>
    private bool Scan(ReadOnlySpan<byte> input)
    {
        var reader = new Utf8JsonReader(input, new JsonReaderOptions
        {
            MaxDepth = _options.MaxDepth,
            CommentHandling = JsonCommentHandling.Disallow,
            AllowTrailingCommas = false,
        });
        var path = new JsonPath();
        var frames = new List<Frame>();
        var positions = new TextPositions();
        var item = -1;
        try
        {
            while (reader.Read())
            {
                var token = reader.TokenType;
                if (token is JsonTokenType.EndObject or JsonTokenType.EndArray)
                {
                    frames.RemoveAt(frames.Count - 1);
                    if (frames.Count > 0)
                    {
                        path.Pop();
                    }

                    continue;
                }

                if (token == JsonTokenType.PropertyName)
                {
                    var name = "\uFFFD";
                    if (TryGetText(ref reader, out var text))
                    {
                        name = text;
                        if (!frames[^1].Names!.Add(name))
                        {
                            Add(IssueCodes.DuplicateMember, IssueSeverity.Error, IssueMessages.DuplicateMember(name), path.ToPointer(name), positions.At(input, reader.TokenStartIndex));
                        }
                    }
                    else
                    {
                        Add(IssueCodes.InvalidText, IssueSeverity.Error, IssueMessages.InvalidText(), path.ToPointer(), positions.At(input, reader.TokenStartIndex));
                        _brokenItems.Add(item);
                    }

                    path.PushName(name);
                    continue;
                }

                // A value starts: inside an array it is the next element.
                if (frames.Count > 0 && frames[^1].Names is null)
                {
                    if (frames.Count == 1)
                    {
                        item = frames[0].Count;
                    }

                    path.PushIndex(frames[^1].Count++);
                }

                if (token == JsonTokenType.String && !IsValidText(ref reader))
                {
                    Add(IssueCodes.InvalidText, IssueSeverity.Error, IssueMessages.InvalidText(), path.ToPointer(), positions.At(input, reader.TokenStartIndex));
                    _brokenItems.Add(item);
                }

                if (token is JsonTokenType.StartObject or JsonTokenType.StartArray)
                {
                    frames.Add(new Frame(token == JsonTokenType.StartObject ? new HashSet<string>(StringComparer.Ordinal) : null));
                }
                else if (frames.Count > 0)
                {
                    path.Pop();
                }
            }
        }
        catch (JsonException exception)
        {
            var position = exception.LineNumber is { } line && exception.BytePositionInLine is { } column
                ? positions.AtLineAndByte(input, line, column)
                : positions.At(input, reader.BytesConsumed);
            if (frames.Count >= _options.MaxDepth && OpensContainer(input[(int)reader.BytesConsumed..]))
            {
                Add(IssueCodes.MaxDepthExceeded, IssueSeverity.Error, IssueMessages.MaxDepthExceeded(_options.MaxDepth), path.ToPointer(), position);
            }
            else
            {
                var detail = exception.Message;
                var cut = detail.IndexOf(" LineNumber:", StringComparison.Ordinal);
                Add(IssueCodes.JsonSyntaxError, IssueSeverity.Error, IssueMessages.JsonSyntaxError(cut > 0 ? detail[..cut] : detail), path.ToPointer(), position);
            }

            return false;
        }

        return true;
    }

    /// <summary>The text of the current string or member name; false when it is not valid Unicode (invalid UTF-8,
    /// or an escaped unpaired surrogate).</summary>
    private static bool TryGetText(ref Utf8JsonReader reader, out string text)
    {
        text = string.Empty;
        if (!reader.ValueIsEscaped && !Utf8.IsValid(reader.ValueSpan))
        {
            return false;
        }

        try
        {
            text = reader.GetString()!;
            return true;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    /// <summary>True when the current string value is valid Unicode; reads it into a string only when it has escapes.</summary>
    private static bool IsValidText(ref Utf8JsonReader reader)
        => reader.ValueIsEscaped ? TryGetText(ref reader, out _) : Utf8.IsValid(reader.ValueSpan);

    /// <summary>True when the next token after separators opens an object or array: the reader refused it for depth.</summary>
    private static bool OpensContainer(ReadOnlySpan<byte> rest)
    {
        var next = rest.TrimStart(" \t\r\n,:"u8);
        return !next.IsEmpty && next[0] is (byte)'{' or (byte)'[';
    }

    /// <summary>An open object (with the member names seen so far) or array (with the elements counted so far).</summary>
    private sealed class Frame(HashSet<string>? names)
    {
        public HashSet<string>? Names { get; } = names;

        public int Count { get; set; }
    }
}
