using System.Buffers;

namespace ClinicalContent.Internal;

/// <summary>The web addresses the renderers and exporters may turn into links: only absolute http and https URLs, and
/// doi.org addresses of DOIs. Shared so that the HTML page and its JSON-LD never disagree about what is a link.</summary>
internal static class WebAddresses
{
    private static readonly SearchValues<char> s_unsafeUrlCharacters = SearchValues.Create(" \t\r\n\"'<>\\`");

    /// <summary>The address when it is an absolute http or https URL; null for anything else (a <c>javascript:</c>
    /// address, a relative path, text with spaces or quotes).</summary>
    /// <param name="url">The address, or null.</param>
    /// <returns>The same address, or null.</returns>
    public static string? Http(string? url)
    {
        if (string.IsNullOrWhiteSpace(url) || url.AsSpan().IndexOfAny(s_unsafeUrlCharacters) >= 0)
        {
            return null;
        }

        return Uri.TryCreate(url, UriKind.Absolute, out var uri)
            && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            && url.StartsWith(uri.Scheme + "://", StringComparison.OrdinalIgnoreCase)
            && !string.IsNullOrEmpty(uri.Host)
                ? url
                : null;
    }

    /// <summary>The doi.org address of a DOI, or null when the text is not a DOI (it must start with <c>10.</c> and
    /// hold a <c>/</c>).</summary>
    /// <param name="doi">The DOI without a resolver prefix, or null.</param>
    /// <returns>The address, such as <c>https://doi.org/10.1111/head.14153</c>, or null.</returns>
    public static string? Doi(string? doi)
    {
        if (doi is null || !doi.StartsWith("10.", StringComparison.Ordinal) || doi.IndexOf('/', StringComparison.Ordinal) < 0)
        {
            return null;
        }

        // Escaping refuses unpaired surrogates; they become U+FFFD rather than an exception.
        return "https://doi.org/" + Uri.EscapeDataString(Utf16Text.WellFormed(doi)).Replace("%2F", "/", StringComparison.Ordinal);
    }
}
