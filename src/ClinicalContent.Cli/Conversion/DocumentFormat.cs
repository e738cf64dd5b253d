namespace ClinicalContent.Cli.Conversion;

/// <summary>The article formats the commands read and write, named as on the command line.</summary>
internal enum DocumentFormat
{
    /// <summary>An article as JSON (<c>.json</c>, <c>json</c>).</summary>
    Json,

    /// <summary>Articles as NDJSON, one compact JSON article per line (<c>.ndjson</c>, <c>.jsonl</c>, <c>ndjson</c>).</summary>
    Ndjson,

    /// <summary>The Markdown authoring format (<c>.md</c>, <c>.markdown</c>, <c>md</c>).</summary>
    Markdown,

    /// <summary>The page-text format of exported answer pages (<c>.txt</c>, <c>txt</c>); read only.</summary>
    PageText,

    /// <summary>A self-contained HTML page (<c>.html</c>, <c>.htm</c>, <c>html</c>); written only.</summary>
    Html,
}

/// <summary>Names and file extensions of <see cref="DocumentFormat"/>.</summary>
internal static class DocumentFormats
{
    /// <summary>The format a file's extension names, if any (case-insensitive).</summary>
    /// <param name="path">The file path.</param>
    /// <returns>The format, or null for an unknown or missing extension.</returns>
    public static DocumentFormat? FromExtension(string path) => Path.GetExtension(path).ToUpperInvariant() switch
    {
        ".JSON" => DocumentFormat.Json,
        ".NDJSON" or ".JSONL" => DocumentFormat.Ndjson,
        ".MD" or ".MARKDOWN" => DocumentFormat.Markdown,
        ".TXT" => DocumentFormat.PageText,
        ".HTML" or ".HTM" => DocumentFormat.Html,
        _ => null,
    };

    /// <summary>The format a command-line name such as <c>md</c> stands for.</summary>
    /// <param name="name">The name: json, ndjson, md, markdown, txt or html.</param>
    /// <returns>The format, or null for an unknown name.</returns>
    public static DocumentFormat? FromName(string? name) => name?.ToUpperInvariant() switch
    {
        "JSON" => DocumentFormat.Json,
        "NDJSON" or "JSONL" => DocumentFormat.Ndjson,
        "MD" or "MARKDOWN" => DocumentFormat.Markdown,
        "TXT" or "TEXT" => DocumentFormat.PageText,
        "HTML" => DocumentFormat.Html,
        _ => null,
    };

    /// <summary>Whether a text can be a file name for an article: an article id slug such as <c>myoclonus-treatment</c>
    /// (lower-case ASCII letters and digits joined by single hyphens), which holds no path separator or dot.</summary>
    /// <param name="id">The text.</param>
    /// <returns>Whether it is a slug.</returns>
    public static bool IsSlug(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        if (id.Length == 0 || id[0] == '-' || id[^1] == '-' || id.Contains("--", StringComparison.Ordinal))
        {
            return false;
        }

        foreach (var c in id)
        {
            if (!char.IsAsciiLetterLower(c) && !char.IsAsciiDigit(c) && c != '-')
            {
                return false;
            }
        }

        return true;
    }
}
