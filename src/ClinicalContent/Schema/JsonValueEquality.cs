using System.Buffers;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;

namespace ClinicalContent.Schema;

/// <summary>JSON equality for <c>uniqueItems</c>: numbers by value, strings after unescaping, objects regardless of
/// member order; with a hash consistent with it so that long arrays are not compared pair by pair.</summary>
internal static class JsonValueEquality
{
    private const int PairwiseLimit = 16;

    /// <summary>Finds two equal items; false when all items are distinct.</summary>
    public static bool TryFindDuplicate(in JsonElement array, int length, out int first, out int second)
    {
        first = second = -1;
        if (length < 2)
        {
            return false;
        }

        if (length <= PairwiseLimit)
        {
            for (var i = 0; i < length; i++)
            {
                var left = array[i];
                for (var j = i + 1; j < length; j++)
                {
                    var right = array[j];
                    if (JsonEquals(left, right))
                    {
                        first = i;
                        second = j;
                        return true;
                    }
                }
            }

            return false;
        }

        var hashes = ArrayPool<int>.Shared.Rent(length);
        var order = ArrayPool<int>.Shared.Rent(length);
        try
        {
            var index = 0;
            foreach (var item in array.EnumerateArray())
            {
                hashes[index] = Hash(item);
                order[index] = index;
                index++;
            }

            Array.Sort(hashes, order, 0, length);
            for (var start = 0; start < length;)
            {
                var end = start + 1;
                while (end < length && hashes[end] == hashes[start])
                {
                    end++;
                }

                for (var i = start; i < end; i++)
                {
                    for (var j = i + 1; j < end; j++)
                    {
                        if (JsonEquals(array[order[i]], array[order[j]]))
                        {
                            first = Math.Min(order[i], order[j]);
                            second = Math.Max(order[i], order[j]);
                            return true;
                        }
                    }
                }

                start = end;
            }

            return false;
        }
        finally
        {
            ArrayPool<int>.Shared.Return(hashes);
            ArrayPool<int>.Shared.Return(order);
        }
    }

    /// <summary>JSON equality: same type; numbers by value; strings after unescaping; arrays item by item; objects
    /// with the same member names and equal values, in any order.</summary>
    public static bool JsonEquals(in JsonElement left, in JsonElement right)
    {
        var kind = left.ValueKind;
        if (kind != right.ValueKind)
        {
            return false;
        }

        switch (kind)
        {
            case JsonValueKind.Number:
                var leftRaw = JsonMarshal.GetRawUtf8Value(left);
                var rightRaw = JsonMarshal.GetRawUtf8Value(right);
                Span<byte> leftBuffer = leftRaw.Length <= 64 ? stackalloc byte[64] : new byte[leftRaw.Length];
                Span<byte> rightBuffer = rightRaw.Length <= 64 ? stackalloc byte[64] : new byte[rightRaw.Length];
                return DecimalView.ValueEquals(DecimalView.Parse(leftRaw, leftBuffer), DecimalView.Parse(rightRaw, rightBuffer));
            case JsonValueKind.String:
                return JsonText.TextEquals(JsonText.RawContent(left), JsonText.RawContent(right));
            case JsonValueKind.Array:
                if (left.GetArrayLength() != right.GetArrayLength())
                {
                    return false;
                }

                var rightItems = right.EnumerateArray();
                foreach (var item in left.EnumerateArray())
                {
                    rightItems.MoveNext();
                    if (!JsonEquals(item, rightItems.Current))
                    {
                        return false;
                    }
                }

                return true;
            case JsonValueKind.Object:
                if (left.GetPropertyCount() != right.GetPropertyCount())
                {
                    return false;
                }

                foreach (var member in left.EnumerateObject())
                {
                    var found = false;
                    foreach (var candidate in right.EnumerateObject())
                    {
                        if (JsonText.NameEquals(member, candidate))
                        {
                            found = JsonEquals(member.Value, candidate.Value);
                            break;
                        }
                    }

                    if (!found)
                    {
                        return false;
                    }
                }

                return true;
            default:
                return true;
        }
    }

    private static int Hash(in JsonElement value)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.Number:
                var raw = JsonMarshal.GetRawUtf8Value(value);
                Span<byte> buffer = raw.Length <= 64 ? stackalloc byte[64] : new byte[raw.Length];
                return DecimalView.Parse(raw, buffer).GetValueHashCode();
            case JsonValueKind.String:
                var content = JsonText.RawContent(value);
                return JsonText.HasEscapes(content) ? HashBytes(Encoding.UTF8.GetBytes(JsonText.Unescape(content))) : HashBytes(content);
            case JsonValueKind.Array:
                var arrayHash = new HashCode();
                foreach (var item in value.EnumerateArray())
                {
                    arrayHash.Add(Hash(item));
                }

                return arrayHash.ToHashCode();
            case JsonValueKind.Object:
                // Member order does not matter: combine the members' hashes commutatively.
                var objectHash = 17;
                foreach (var property in value.EnumerateObject())
                {
                    var name = JsonMarshal.GetRawUtf8PropertyName(property);
                    var nameHash = JsonText.HasEscapes(name) ? HashBytes(Encoding.UTF8.GetBytes(JsonText.Unescape(name))) : HashBytes(name);
                    objectHash = unchecked(objectHash + HashCode.Combine(nameHash, Hash(property.Value)));
                }

                return objectHash;
            default:
                return (int)value.ValueKind;
        }
    }

    private static int HashBytes(ReadOnlySpan<byte> utf8)
    {
        var hash = new HashCode();
        hash.AddBytes(utf8);
        return hash.ToHashCode();
    }
}
