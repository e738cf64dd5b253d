using System.Text;
using System.Text.Json;
using ClinicalContent.Fhir.Internal;
using ClinicalContent.Validation;

namespace ClinicalContent.Fhir.Import;

/// <summary>
/// Line and column of every value in a JSON text, by JSON Pointer, so that import issues about FHIR JSON say where they are.
/// Built only when there is an issue to place.
/// </summary>
internal sealed class JsonPositions
{
    private readonly Lazy<Dictionary<string, TextPosition>> _positions;

    /// <summary>Positions in <paramref name="utf8"/>, scanned on the first <see cref="Find"/>.</summary>
    public JsonPositions(byte[] utf8, int maxDepth) => _positions = new(() => Scan(utf8, maxDepth));

    /// <summary>Scans <paramref name="utf8"/>; a text that is not JSON gives the positions read before the error.</summary>
    private static Dictionary<string, TextPosition> Scan(byte[] utf8, int maxDepth)
    {
        var positions = new Dictionary<string, TextPosition>(StringComparer.Ordinal);
        var lines = new LineIndex(utf8);
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { MaxDepth = maxDepth });
        var path = new Stack<(string Pointer, int NextIndex, bool IsArray)>();
        string? pendingMember = null;
        try
        {
            while (reader.Read())
            {
                if (reader.TokenType == JsonTokenType.PropertyName)
                {
                    pendingMember = reader.GetString();
                    continue;
                }

                if (reader.TokenType is JsonTokenType.EndObject or JsonTokenType.EndArray)
                {
                    path.Pop();
                    continue;
                }

                string pointer;
                if (path.Count == 0)
                {
                    pointer = string.Empty;
                }
                else if (path.Peek().IsArray)
                {
                    var (parent, next, _) = path.Pop();
                    path.Push((parent, next + 1, true));
                    pointer = Pointers.Index(parent, next);
                }
                else
                {
                    pointer = Pointers.Member(path.Peek().Pointer, pendingMember ?? string.Empty);
                }

                positions.TryAdd(pointer, lines.Position((int)reader.TokenStartIndex));
                if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
                {
                    path.Push((pointer, 0, reader.TokenType == JsonTokenType.StartArray));
                }
            }
        }
        catch (JsonException)
        {
            // The parser reports the syntax error; keep what was placed before it.
        }

        return positions;
    }

    /// <summary>The position of the value at <paramref name="pointer"/>; for a FHIR choice element named without its type
    /// (<c>…/value</c>), the member that starts with that name (<c>…/valueString</c>); else the nearest ancestor's.</summary>
    public TextPosition? Find(string pointer)
    {
        var positions = _positions.Value;
        for (var current = pointer; ; current = current[..current.LastIndexOf('/')])
        {
            if (positions.TryGetValue(current, out var position))
            {
                return position;
            }

            var choice = positions.Keys.Where(k => k.StartsWith(current, StringComparison.Ordinal) && k.Length > current.Length
                && char.IsUpper(k[current.Length]) && k.IndexOf('/', current.Length) < 0).Order(StringComparer.Ordinal).FirstOrDefault();
            if (choice is not null)
            {
                return positions[choice];
            }

            if (current.Length == 0)
            {
                return null;
            }
        }
    }

    /// <summary>Turns byte offsets into 1-based line and column, columns counted in UTF-16 code units.</summary>
    private sealed class LineIndex
    {
        private readonly byte[] _utf8;
        private readonly List<int> _lineStarts = [0];

        public LineIndex(byte[] utf8)
        {
            _utf8 = utf8;
            for (var i = 0; i < utf8.Length; i++)
            {
                if (utf8[i] == (byte)'\n')
                {
                    _lineStarts.Add(i + 1);
                }
            }
        }

        public TextPosition Position(int offset)
        {
            var line = _lineStarts.BinarySearch(offset);
            if (line < 0)
            {
                line = ~line - 1;
            }

            var column = Encoding.UTF8.GetCharCount(_utf8, _lineStarts[line], offset - _lineStarts[line]) + 1;
            return new TextPosition(line + 1, column);
        }
    }
}
