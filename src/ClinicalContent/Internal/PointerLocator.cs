using System.Buffers;
using System.Globalization;
using System.Text.Json;

namespace ClinicalContent.Internal;

/// <summary>
/// Finds where in UTF-8 JSON the values named by JSON Pointers start, with one <see cref="Utf8JsonReader"/> scan.
/// A pointer to something that is not in the input (a missing member) resolves to its nearest existing ancestor.
/// </summary>
/// <remarks>Only the pointers asked for (and their ancestors) are looked up, with span lookups into a set, so the
/// scan allocates nothing per value. Used only when there are issues that need a line and column.</remarks>
internal static class PointerLocator
{
    /// <summary>The byte offset of each pointer's value (or of its nearest ancestor that exists).</summary>
    /// <param name="utf8Json">The input, without a byte order mark.</param>
    /// <param name="pointers">The pointers to find.</param>
    /// <param name="maxDepth">The reader's depth limit.</param>
    public static Dictionary<string, long> Locate(ReadOnlySpan<byte> utf8Json, IEnumerable<string> pointers, int maxDepth)
    {
        var wanted = new HashSet<string>(StringComparer.Ordinal);
        var requested = new List<string>();
        foreach (var pointer in pointers)
        {
            requested.Add(pointer);
            var p = pointer;
            while (wanted.Add(p) && p.Length > 0)
            {
                p = JsonPointers.Parent(p);
            }
        }

        var found = Scan(utf8Json, wanted, maxDepth);
        var result = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var pointer in requested)
        {
            var p = pointer;
            long offset;
            while (!found.TryGetValue(p, out offset))
            {
                if (p.Length == 0)
                {
                    offset = 0;
                    break;
                }

                p = JsonPointers.Parent(p);
            }

            result[pointer] = offset;
        }

        return result;
    }

    private static Dictionary<string, long> Scan(ReadOnlySpan<byte> utf8Json, HashSet<string> wanted, int maxDepth)
    {
        var found = new Dictionary<string, long>(StringComparer.Ordinal);
        var lookup = wanted.GetAlternateLookup<ReadOnlySpan<char>>();
        var reader = new Utf8JsonReader(utf8Json, new JsonReaderOptions { MaxDepth = maxDepth });
        var path = ArrayPool<char>.Shared.Rent(256);
        var frames = new List<(int Length, bool IsArray, int Next)>();
        var length = 0;
        try
        {
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                        length = frames[^1].Length;
                        Append(ref path, ref length, '/');
                        AppendName(ref reader, ref path, ref length);
                        continue;
                    case JsonTokenType.EndObject:
                    case JsonTokenType.EndArray:
                        frames.RemoveAt(frames.Count - 1);
                        continue;
                    case JsonTokenType.Comment:
                    case JsonTokenType.None:
                        continue;
                }

                // A value: in an array, its pointer is the array's plus the element index.
                if (frames.Count > 0 && frames[^1].IsArray)
                {
                    var frame = frames[^1];
                    length = frame.Length;
                    Append(ref path, ref length, '/');
                    AppendIndex(ref path, ref length, frame.Next);
                    frames[^1] = frame with { Next = frame.Next + 1 };
                }

                if (lookup.TryGetValue(path.AsSpan(0, length), out var key))
                {
                    // A duplicated member resolves to its last occurrence, the value the reader keeps.
                    found[key] = reader.TokenStartIndex;
                }

                if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
                {
                    frames.Add((length, reader.TokenType == JsonTokenType.StartArray, 0));
                }
            }
        }
        catch (JsonException)
        {
            // Malformed input: what was found before the error stands; the rest resolves to ancestors.
        }
        catch (InvalidOperationException)
        {
            // Invalid UTF-8 in a member name: as above.
        }
        finally
        {
            ArrayPool<char>.Shared.Return(path);
        }

        return found;
    }

    private static void AppendName(ref Utf8JsonReader reader, ref char[] path, ref int length)
    {
        var max = reader.HasValueSequence ? checked((int)reader.ValueSequence.Length) : reader.ValueSpan.Length;
        var rented = ArrayPool<char>.Shared.Rent(Math.Max(max, 16));
        try
        {
            var written = reader.CopyString(rented);
            foreach (var c in rented.AsSpan(0, written))
            {
                switch (c)
                {
                    case '~':
                        Append(ref path, ref length, '~');
                        Append(ref path, ref length, '0');
                        break;
                    case '/':
                        Append(ref path, ref length, '~');
                        Append(ref path, ref length, '1');
                        break;
                    default:
                        Append(ref path, ref length, c);
                        break;
                }
            }
        }
        finally
        {
            ArrayPool<char>.Shared.Return(rented);
        }
    }

    private static void AppendIndex(ref char[] path, ref int length, int index)
    {
        Span<char> digits = stackalloc char[11];
        index.TryFormat(digits, out var written, provider: CultureInfo.InvariantCulture);
        foreach (var c in digits[..written])
        {
            Append(ref path, ref length, c);
        }
    }

    private static void Append(ref char[] path, ref int length, char c)
    {
        if (length == path.Length)
        {
            var bigger = ArrayPool<char>.Shared.Rent(path.Length * 2);
            path.AsSpan(0, length).CopyTo(bigger);
            ArrayPool<char>.Shared.Return(path);
            path = bigger;
        }

        path[length++] = c;
    }
}
