using System.Globalization;

namespace ClinicalContent.Rendering.Html;

/// <summary>Encoding of text and attribute values, and the rules for which addresses may become links.</summary>
internal static class HtmlText
{
    /// <summary>Writes <paramref name="text"/> safe for element content and for double- or single-quoted attributes.</summary>
    /// <remarks>Encodes the five XML-significant characters; control characters that HTML and XML forbid, and
    /// unpaired surrogates, become U+FFFD so that the page stays well-formed.</remarks>
    public static void Encode(TextWriter writer, string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return;
        }

        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
                continue;
            }

            var replacement = c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                '\t' or '\n' or '\r' => null,
                < ' ' or '\u007F' or '\uFFFE' or '\uFFFF' => "\uFFFD",
                _ when char.IsSurrogate(c) => "\uFFFD",
                _ => null,
            };

            if (replacement is null)
            {
                continue;
            }

            writer.Write(text.AsSpan(start, i - start));
            writer.Write(replacement);
            start = i + 1;
        }

        writer.Write(text.AsSpan(start));
    }

    /// <summary>The PubMed address of a PMID, or null when the text is not all digits.</summary>
    public static string? PubMedUrl(string? pmid) =>
        pmid is { Length: > 0 and <= 9 } && pmid.All(char.IsAsciiDigit)
            ? "https://pubmed.ncbi.nlm.nih.gov/" + pmid + "/"
            : null;

    /// <summary>A decimal without trailing zeros, in the invariant culture.</summary>
    public static string Number(decimal value) =>
        value.ToString("0.############################", CultureInfo.InvariantCulture);

    /// <summary>A date in ISO 8601, for <c>datetime</c> attributes.</summary>
    public static string IsoDate(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A date as readers see it, such as <c>October 9, 2025</c>.</summary>
    public static string DisplayDate(DateOnly date) => date.ToString("MMMM d, yyyy", CultureInfo.InvariantCulture);
}
