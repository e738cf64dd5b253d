using System.Buffers;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;
using System.Text.Unicode;

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
        => Locate(utf8Json, pointers, maxDepth, null);

    /// <summary>The byte offset of each pointer's value (or of its nearest ancestor that exists), read from a
    /// document already parsed from the same bytes where that gives the same answer as the scan.</summary>
    /// <param name="utf8Json">The input, without a byte order mark: the very memory <paramref name="document"/> was
    /// parsed from.</param>
    /// <param name="pointers">The pointers to find.</param>
    /// <param name="maxDepth">The reader's depth limit, which the document was parsed with.</param>
    /// <param name="document">The parsed input; null to scan.</param>
    /// <remarks>The document is walked only along the pointers asked for, instead of tokenizing the whole input
    /// again. The answers are the scan's: values are found at the same offsets, and a member that occurs more than
    /// once resolves to its last occurrence (the largest offset). The scan stops at a member name that cannot be
    /// decoded; the walk is used only when no name can fail to decode (valid UTF-8, no <c>\u</c> escapes).</remarks>
    public static Dictionary<string, long> Locate(ReadOnlySpan<byte> utf8Json, IEnumerable<string> pointers, int maxDepth, JsonDocument? document)
    {
        if (document is not null && utf8Json.IndexOf("\\u"u8) < 0 && Utf8.IsValid(utf8Json))
        {
            return Walk(utf8Json, document.RootElement, pointers);
        }

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

    /// <summary>The answers of <see cref="Scan"/>, from the document: the pointers asked for (and their ancestors)
    /// form a tree of reference tokens, and only the members and items that tree names are visited.</summary>
    /// <remarks>A token names a member when it is the member's name as the scan writes it into a path (with
    /// <c>~0</c> and <c>~1</c>), and an item when it is the item's index in decimal without leading zeros. Each path
    /// keeps its last occurrence in the input, the largest offset, as the scan keeps the last one it meets.</remarks>
    private static Dictionary<string, long> Walk(ReadOnlySpan<byte> utf8Json, JsonElement root, IEnumerable<string> pointers)
    {
        var tree = new TokenNode();
        var requested = new List<(string Pointer, TokenNode[]? Path)>();
        foreach (var pointer in pointers)
        {
            requested.Add((pointer, pointer.StartsWith('/') ? tree.Add(pointer) : null));
        }

        ref readonly var start = ref MemoryMarshal.GetReference(utf8Json);
        tree.Offset = Offset(in start, root);
        var pending = new Stack<(JsonElement Value, TokenNode Node)>();
        if (tree.Children is not null)
        {
            pending.Push((root, tree));
        }
        while (pending.TryPop(out var next))
        {
            var (value, node) = next;
            if (value.ValueKind == JsonValueKind.Object)
            {
                foreach (var member in value.EnumerateObject())
                {
                    var raw = JsonMarshal.GetRawUtf8PropertyName(member);
                    foreach (var child in node.Children!)
                    {
                        if (child.Name is { } name
                            && (raw.IndexOf((byte)'\\') < 0 ? child.NameIs(raw) : member.NameEquals(name)))
                        {
                            Found(pending, in start, member.Value, child);
                        }
                    }
                }
            }
            else if (value.ValueKind == JsonValueKind.Array)
            {
                var length = value.GetArrayLength();
                foreach (var child in node.Children!)
                {
                    if (child.Index is { } index && index < length)
                    {
                        Found(pending, in start, value[index], child);
                    }
                }
            }
        }

        // Each pointer resolves to its deepest part that was found: the pointer itself or its nearest ancestor.
        var result = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var (pointer, path) in requested)
        {
            var offset = tree.Offset;
            foreach (var node in path ?? [])
            {
                if (node.Offset < 0)
                {
                    break;
                }

                offset = node.Offset;
            }

            result[pointer] = offset;
        }

        return result;
    }

    private static void Found(Stack<(JsonElement Value, TokenNode Node)> pending, ref readonly byte start, JsonElement value, TokenNode node)
    {
        // Of two occurrences of one path (a repeated member), the later wins.
        node.Offset = Math.Max(node.Offset, Offset(in start, value));
        if (node.Children is not null && value.ValueKind is JsonValueKind.Object or JsonValueKind.Array)
        {
            pending.Push((value, node));
        }
    }

    /// <summary>The offset of the value's first byte in the input the document was parsed from.</summary>
    private static long Offset(ref readonly byte start, JsonElement value)
        => (long)Unsafe.ByteOffset(in start, in MemoryMarshal.GetReference(JsonMarshal.GetRawUtf8Value(value)));

    /// <summary>One reference token of the pointers asked for, with the tokens that follow it.</summary>
    private sealed class TokenNode
    {
        private readonly string? _token;
        private readonly byte[]? _utf8Name;
        private readonly bool _asciiName;

        public TokenNode()
        {
        }

        private TokenNode(string token)
        {
            _token = token;

            // The member name whose path token this is, when there is one: the token must be exactly the name as
            // escaped into a path, so a token with a '~' that is not ~0 or ~1 names no member; and names decoded from
            // valid UTF-8 never hold an unpaired surrogate, so a token with one names no member either.
            var name = token.Contains('~', StringComparison.Ordinal) ? JsonPointers.Unescape(token) : token;
            if (!ReferenceEquals(name, token) && !string.Equals(Escape(name), token, StringComparison.Ordinal))
            {
                name = null;
            }

            if (name is not null && Ascii.IsValid(name))
            {
                Name = name;
                _asciiName = true;
            }
            else if (name is not null)
            {
                var utf8 = new byte[Encoding.UTF8.GetMaxByteCount(name.Length)];
                if (Utf8.FromUtf16(name, utf8, out _, out var written, replaceInvalidSequences: false) == OperationStatus.Done)
                {
                    Name = name;
                    _utf8Name = utf8[..written];
                }
            }

            // The item whose path token this is: an index as the scan writes it, in decimal without leading zeros.
            if (token.Length is > 0 and <= 10 && char.IsAsciiDigit(token[0]) && (token[0] != '0' || token.Length == 1)
                && int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out var index))
            {
                Index = index;
            }
        }

        public string? Name { get; }

        public int? Index { get; }

        public List<TokenNode>? Children { get; private set; }

        /// <summary>The offset of the last occurrence of this path; -1 while none was found.</summary>
        public long Offset { get; set; } = -1;

        /// <summary>True when a member's name, as written in the input without escapes, is this token's name.</summary>
        public bool NameIs(ReadOnlySpan<byte> rawName)
            => _asciiName ? Ascii.Equals(rawName, Name) : _utf8Name is not null && rawName.SequenceEqual(_utf8Name);

        /// <summary>Adds the tokens of a pointer that starts with '/'; returns the node of each, in order.</summary>
        public TokenNode[] Add(string pointer)
        {
            var path = new TokenNode[pointer.AsSpan().Count('/')];
            var node = this;
            var start = 1;
            for (var i = 0; i < path.Length; i++)
            {
                var slash = pointer.IndexOf('/', start);
                var end = slash < 0 ? pointer.Length : slash;
                var token = pointer.AsSpan(start, end - start);
                TokenNode? child = null;
                node.Children ??= [];
                foreach (var candidate in node.Children)
                {
                    if (token.SequenceEqual(candidate._token))
                    {
                        child = candidate;
                        break;
                    }
                }

                if (child is null)
                {
                    child = new TokenNode(token.ToString());
                    node.Children.Add(child);
                }

                path[i] = node = child;
                start = end + 1;
            }

            return path;
        }

        private static string Escape(string name)
            => name.AsSpan().IndexOfAny('~', '/') < 0 ? name : name.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);
    }

    private static void AppendEscaped(ref char[] path, ref int length, ReadOnlySpan<char> name)
    {
        foreach (var c in name)
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

    private static Dictionary<string, long> Scan(ReadOnlySpan<byte> utf8Json, HashSet<string> wanted, int maxDepth)
    {
        var found = new Dictionary<string, long>(StringComparer.Ordinal);
        var lookup = wanted.GetAlternateLookup<ReadOnlySpan<char>>();
        var reader = new Utf8JsonReader(utf8Json, new JsonReaderOptions { MaxDepth = maxDepth });
        var path = ArrayPool<char>.Shared.Rent(256);
        var name = ArrayPool<char>.Shared.Rent(256);
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
                        AppendName(ref reader, ref name, ref path, ref length);
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
                    if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
                    {
                        frames.Add((length, reader.TokenType == JsonTokenType.StartArray, 0));
                    }
                }
                else if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
                {
                    // Every ancestor of a wanted pointer is wanted, so nothing under this value is: step over it
                    // without building the paths inside.
                    SkipValue(ref reader, ref name);
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
            ArrayPool<char>.Shared.Return(name);
        }

        return found;
    }

    /// <summary>Moves past the object or array that starts at the current token. Member names inside are decoded as
    /// a full scan would decode them, so that text which cannot be decoded ends the scan at the same place.</summary>
    private static void SkipValue(ref Utf8JsonReader reader, ref char[] name)
    {
        var depth = reader.CurrentDepth;
        while (reader.Read())
        {
            if (reader.TokenType == JsonTokenType.PropertyName)
            {
                if (reader.ValueIsEscaped)
                {
                    EnsureCapacity(ref name, reader.ValueSpan.Length);
                    reader.CopyString(name);
                }
                else if (!Utf8.IsValid(reader.ValueSpan))
                {
                    throw new InvalidOperationException("A member name is not valid UTF-8.");
                }
            }
            else if (reader.CurrentDepth == depth && reader.TokenType is JsonTokenType.EndObject or JsonTokenType.EndArray)
            {
                return;
            }
        }
    }

    private static void EnsureCapacity(ref char[] buffer, int length)
    {
        if (length > buffer.Length)
        {
            ArrayPool<char>.Shared.Return(buffer);
            buffer = ArrayPool<char>.Shared.Rent(length);
        }
    }

    private static void AppendName(ref Utf8JsonReader reader, ref char[] name, ref char[] path, ref int length)
    {
        EnsureCapacity(ref name, reader.HasValueSequence ? checked((int)reader.ValueSequence.Length) : reader.ValueSpan.Length);

        var written = reader.CopyString(name);
        AppendEscaped(ref path, ref length, name.AsSpan(0, written));
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
