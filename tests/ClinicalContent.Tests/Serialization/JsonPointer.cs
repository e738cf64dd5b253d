using System.Globalization;
using System.Text;
using System.Text.Json;

namespace ClinicalContent.Tests.Serialization;

/// <summary>A small RFC 6901 JSON Pointer resolver over <see cref="JsonElement"/>, written independently of the library's.</summary>
internal static class JsonPointer
{
    /// <summary>Finds the value <paramref name="pointer"/> refers to; false when it refers to nothing.</summary>
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

        foreach (var token in pointer[1..].Split('/').Select(Unescape))
        {
            if (token is null)
            {
                return false;
            }

            switch (value.ValueKind)
            {
                case JsonValueKind.Object:
                    if (!value.TryGetProperty(token, out value))
                    {
                        return false;
                    }

                    break;
                case JsonValueKind.Array:
                    if (!IsArrayIndex(token, out var index) || index >= value.GetArrayLength())
                    {
                        return false;
                    }

                    value = value[index];
                    break;
                default:
                    return false;
            }
        }

        return true;
    }

    /// <summary>The pointer to the parent of what <paramref name="pointer"/> refers to.</summary>
    public static string Parent(string pointer) => pointer.Length == 0 ? pointer : pointer[..pointer.LastIndexOf('/')];

    /// <summary>The unescaped last reference token of <paramref name="pointer"/>.</summary>
    public static string LastToken(string pointer) => Unescape(pointer[(pointer.LastIndexOf('/') + 1)..]) ?? string.Empty;

    /// <summary>Appends a reference token, escaping <c>~</c> and <c>/</c>.</summary>
    public static string Append(string pointer, string token) => pointer + "/" + token.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);

    /// <summary>Appends an array index.</summary>
    public static string Append(string pointer, int index) => pointer + "/" + index.ToString(CultureInfo.InvariantCulture);

    private static string? Unescape(string token)
    {
        var builder = new StringBuilder(token.Length);
        for (var i = 0; i < token.Length; i++)
        {
            if (token[i] != '~')
            {
                builder.Append(token[i]);
                continue;
            }

            if (i + 1 >= token.Length || token[i + 1] is not ('0' or '1'))
            {
                return null;
            }

            builder.Append(token[i + 1] == '0' ? '~' : '/');
            i++;
        }

        return builder.ToString();
    }

    private static bool IsArrayIndex(string token, out int index)
    {
        index = -1;
        return token.Length > 0
            && (token == "0" || token[0] != '0')
            && token.All(char.IsAsciiDigit)
            && int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out index);
    }
}
