using System.Text;

namespace ClinicalContent.Schema;

/// <summary>RFC 3986 reference resolution (§5.2) for <c>$id</c> and <c>$ref</c>, on strings, for any scheme
/// (http, file, urn …) without touching the network.</summary>
internal static class SchemaUri
{
    /// <summary>The base URI of a schema document that has no <c>$id</c> at its root.</summary>
    public const string DefaultBase = "urn:clinicalcontent:schema";

    /// <summary>Resolves <paramref name="reference"/> against the absolute <paramref name="baseUri"/>.</summary>
    public static string Resolve(string baseUri, string reference)
    {
        var r = Split(reference);
        var b = Split(baseUri);
        string? scheme, authority, query;
        string path;
        if (r.Scheme is not null)
        {
            (scheme, authority, path, query) = (r.Scheme, r.Authority, RemoveDotSegments(r.Path), r.Query);
        }
        else if (r.Authority is not null)
        {
            (scheme, authority, path, query) = (b.Scheme, r.Authority, RemoveDotSegments(r.Path), r.Query);
        }
        else if (r.Path.Length == 0)
        {
            (scheme, authority, path, query) = (b.Scheme, b.Authority, b.Path, r.Query ?? b.Query);
        }
        else if (r.Path[0] == '/')
        {
            (scheme, authority, path, query) = (b.Scheme, b.Authority, RemoveDotSegments(r.Path), r.Query);
        }
        else
        {
            (scheme, authority, path, query) = (b.Scheme, b.Authority, RemoveDotSegments(Merge(b, r.Path)), r.Query);
        }

        var builder = new StringBuilder();
        if (scheme is not null)
        {
            builder.Append(scheme).Append(':');
        }

        if (authority is not null)
        {
            builder.Append("//").Append(authority);
        }

        builder.Append(path);
        if (query is not null)
        {
            builder.Append('?').Append(query);
        }

        if (r.Fragment is not null)
        {
            builder.Append('#').Append(r.Fragment);
        }

        return builder.ToString();
    }

    /// <summary>Splits off the fragment: <c>(uri, fragment)</c>; the fragment is null when there is no '#'.</summary>
    public static (string Uri, string? Fragment) SplitFragment(string uri)
    {
        var hash = uri.IndexOf('#', StringComparison.Ordinal);
        return hash < 0 ? (uri, null) : (uri[..hash], uri[(hash + 1)..]);
    }

    /// <summary>Percent-decodes a fragment as UTF-8; false when an escape is malformed.</summary>
    public static bool TryPercentDecode(string text, out string decoded)
    {
        decoded = text;
        if (!text.Contains('%', StringComparison.Ordinal))
        {
            return true;
        }

        var bytes = new List<byte>(text.Length);
        var i = 0;
        while (i < text.Length)
        {
            if (text[i] == '%')
            {
                if (i + 2 >= text.Length || !char.IsAsciiHexDigit(text[i + 1]) || !char.IsAsciiHexDigit(text[i + 2]))
                {
                    return false;
                }

                bytes.Add(Convert.ToByte(text.Substring(i + 1, 2), 16));
                i += 3;
                continue;
            }

            var next = text.IndexOf('%', i);
            var end = next < 0 ? text.Length : next;
            bytes.AddRange(Encoding.UTF8.GetBytes(text[i..end]));
            i = end;
        }

        decoded = new UTF8Encoding(false, throwOnInvalidBytes: false).GetString([.. bytes]);
        return true;
    }

    private static string Merge(Parts b, string referencePath)
    {
        if (b.Authority is not null && b.Path.Length == 0)
        {
            return "/" + referencePath;
        }

        var slash = b.Path.LastIndexOf('/');
        return slash < 0 ? referencePath : string.Concat(b.Path.AsSpan(0, slash + 1), referencePath);
    }

    private static string RemoveDotSegments(string path)
    {
        if (!path.Contains('.', StringComparison.Ordinal))
        {
            return path;
        }

        var input = path;
        var output = new StringBuilder();
        while (input.Length > 0)
        {
            if (input.StartsWith("../", StringComparison.Ordinal))
            {
                input = input[3..];
            }
            else if (input.StartsWith("./", StringComparison.Ordinal))
            {
                input = input[2..];
            }
            else if (input.StartsWith("/./", StringComparison.Ordinal))
            {
                input = input[2..];
            }
            else if (input == "/.")
            {
                input = "/";
            }
            else if (input.StartsWith("/../", StringComparison.Ordinal) || input == "/..")
            {
                input = input.Length == 3 ? "/" : input[3..];
                var text = output.ToString();
                var last = text.LastIndexOf('/');
                output.Length = last < 0 ? 0 : last;
            }
            else if (input is "." or "..")
            {
                input = string.Empty;
            }
            else
            {
                var next = input.IndexOf('/', 1);
                if (next < 0)
                {
                    next = input.Length;
                }

                output.Append(input, 0, next);
                input = input[next..];
            }
        }

        return output.ToString();
    }

    private static Parts Split(string uri)
    {
        // RFC 3986 Appendix B: ^(([^:/?#]+):)?(//([^/?#]*))?([^?#]*)(\?([^#]*))?(#(.*))?
        string? scheme = null, authority = null, query = null, fragment = null;
        var rest = uri;
        var hash = rest.IndexOf('#', StringComparison.Ordinal);
        if (hash >= 0)
        {
            fragment = rest[(hash + 1)..];
            rest = rest[..hash];
        }

        var question = rest.IndexOf('?', StringComparison.Ordinal);
        if (question >= 0)
        {
            query = rest[(question + 1)..];
            rest = rest[..question];
        }

        var colon = rest.IndexOf(':', StringComparison.Ordinal);
        if (colon > 0 && rest.AsSpan(0, colon).IndexOfAny('/', '?', '#') < 0)
        {
            scheme = rest[..colon];
            rest = rest[(colon + 1)..];
        }

        if (rest.StartsWith("//", StringComparison.Ordinal))
        {
            var slash = rest.IndexOf('/', 2);
            authority = slash < 0 ? rest[2..] : rest[2..slash];
            rest = slash < 0 ? string.Empty : rest[slash..];
        }

        return new Parts(scheme, authority, rest, query, fragment);
    }

    private readonly record struct Parts(string? Scheme, string? Authority, string Path, string? Query, string? Fragment);
}
