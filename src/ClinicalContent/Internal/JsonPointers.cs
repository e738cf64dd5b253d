using System.Globalization;
using System.Text;
using System.Text.Json;

namespace ClinicalContent.Internal;

/// <summary>RFC 6901 JSON Pointer helpers: building, splitting and resolving pointers against a <see cref="JsonElement"/>.</summary>
internal static class JsonPointers
{
    /// <summary>The pointer to a member of the object at <paramref name="pointer"/>; <c>~</c> and <c>/</c> in the name are escaped.</summary>
    public static string Append(string pointer, string member)
    {
        if (member.AsSpan().IndexOfAny('~', '/') < 0)
        {
            return string.Concat(pointer, "/", member);
        }

        var builder = new StringBuilder(pointer, pointer.Length + member.Length + 4).Append('/');
        JsonPath.AppendEscaped(builder, member);
        return builder.ToString();
    }

    /// <summary>The pointer to an element of the array at <paramref name="pointer"/>.</summary>
    public static string Append(string pointer, int index)
        => string.Concat(pointer, "/", index.ToString(CultureInfo.InvariantCulture));

    /// <summary>The pointer one level up; <c>""</c> for the root and its children.</summary>
    public static string Parent(string pointer)
    {
        var slash = pointer.LastIndexOf('/');
        return slash <= 0 ? string.Empty : pointer[..slash];
    }

    /// <summary>The last reference token, unescaped; empty for the root.</summary>
    public static string LastToken(string pointer)
    {
        var slash = pointer.LastIndexOf('/');
        return slash < 0 ? string.Empty : Unescape(pointer.AsSpan(slash + 1));
    }

    /// <summary>True when <paramref name="pointer"/> is <paramref name="ancestor"/> or lies under it.</summary>
    public static bool IsAtOrUnder(string pointer, string ancestor)
        => ancestor.Length == 0
            || (pointer.StartsWith(ancestor, StringComparison.Ordinal)
                && (pointer.Length == ancestor.Length || pointer[ancestor.Length] == '/'));

    /// <summary>True when the text is a syntactically valid pointer: empty, or starting with <c>/</c> with only <c>~0</c> and <c>~1</c> escapes.</summary>
    public static bool IsValid(string pointer)
    {
        if (pointer.Length == 0)
        {
            return true;
        }

        if (pointer[0] != '/')
        {
            return false;
        }

        for (var i = 0; i < pointer.Length; i++)
        {
            if (pointer[i] == '~' && (i + 1 >= pointer.Length || pointer[i + 1] is not ('0' or '1')))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Finds the value a pointer names.</summary>
    public static bool TryResolve(JsonElement root, string pointer, out JsonElement value)
    {
        value = root;
        if (pointer.Length == 0)
        {
            return true;
        }

        if (pointer[0] != '/')
        {
            return false;
        }

        var rest = pointer.AsSpan(1);
        while (true)
        {
            var slash = rest.IndexOf('/');
            var token = slash < 0 ? rest : rest[..slash];
            switch (value.ValueKind)
            {
                case JsonValueKind.Object:
                    if (!value.TryGetProperty(Unescape(token), out value))
                    {
                        return false;
                    }

                    break;
                case JsonValueKind.Array:
                    if (!TryParseIndex(token, out var index) || index >= value.GetArrayLength())
                    {
                        return false;
                    }

                    value = value[index];
                    break;
                default:
                    return false;
            }

            if (slash < 0)
            {
                return true;
            }

            rest = rest[(slash + 1)..];
        }
    }

    private static bool TryParseIndex(ReadOnlySpan<char> token, out int index)
    {
        index = 0;
        if (token.IsEmpty || (token.Length > 1 && token[0] == '0'))
        {
            return false;
        }

        return int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out index);
    }

    /// <summary>Turns <c>~1</c> into <c>/</c> and <c>~0</c> into <c>~</c>.</summary>
    public static string Unescape(ReadOnlySpan<char> token)
        => token.IndexOf('~') < 0 ? token.ToString() : token.ToString().Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);
}
