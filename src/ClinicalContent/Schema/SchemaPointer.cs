using System.Text;

namespace ClinicalContent.Schema;

/// <summary>RFC 6901 JSON Pointer building and parsing for schema and instance locations.</summary>
internal static class SchemaPointer
{
    public static string Append(string pointer, string token)
    {
        if (token.AsSpan().IndexOfAny('~', '/') < 0)
        {
            return pointer + "/" + token;
        }

        var builder = new StringBuilder(pointer).Append('/');
        AppendEscaped(builder, token);
        return builder.ToString();
    }

    public static string Append(string pointer, int index) =>
        pointer + "/" + index.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static void AppendEscaped(StringBuilder builder, string token)
    {
        foreach (var c in token)
        {
            _ = c switch
            {
                '~' => builder.Append("~0"),
                '/' => builder.Append("~1"),
                _ => builder.Append(c),
            };
        }
    }

    /// <summary>Splits a pointer into unescaped tokens; false when it is not a valid pointer.</summary>
    public static bool TryParse(string pointer, out List<string> tokens)
    {
        tokens = [];
        if (pointer.Length == 0)
        {
            return true;
        }

        if (pointer[0] != '/')
        {
            return false;
        }

        var builder = new StringBuilder();
        for (var i = 1; i <= pointer.Length; i++)
        {
            if (i == pointer.Length || pointer[i] == '/')
            {
                tokens.Add(builder.ToString());
                builder.Clear();
                continue;
            }

            var c = pointer[i];
            if (c == '~')
            {
                if (i + 1 >= pointer.Length || (pointer[i + 1] != '0' && pointer[i + 1] != '1'))
                {
                    return false;
                }

                builder.Append(pointer[i + 1] == '0' ? '~' : '/');
                i++;
            }
            else
            {
                builder.Append(c);
            }
        }

        return true;
    }
}
