namespace ClinicalContent.Interop.JsonLd;

/// <summary>Settings that change how <see cref="JsonLdExporter"/> writes an article as schema.org JSON-LD.</summary>
/// <remarks>An immutable value: derive variants of <see cref="Default"/> with <c>with</c> expressions. It is safe to
/// share between threads.</remarks>
public sealed record JsonLdOptions
{
    private readonly Uri? _baseUrl;

    /// <summary>The settings used when none are given: compact, HTML-safe, without <c>url</c> or page <c>@id</c>.</summary>
    public static JsonLdOptions Default { get; } = new();

    /// <summary>Whether the output is indented with two spaces and <c>\n</c> line ends; false (compact) by default.</summary>
    /// <remarks>Ignored by <see cref="JsonLdExporter.Write"/>, where the caller's <see cref="System.Text.Json.Utf8JsonWriter"/>
    /// decides.</remarks>
    public bool Indented { get; init; }

    /// <summary>
    /// Whether <c>&lt;</c>, <c>&gt;</c>, <c>&amp;</c>, quotes and <c>+</c> inside strings are written as <c>\u</c>
    /// escapes, so that the output can be placed inside an HTML <c>&lt;script&gt;</c> element as it is; true by default.
    /// </summary>
    /// <remarks>With it on, text such as <c>&lt;/script&gt;</c> in an article cannot end the script element. Turn it off
    /// only for output that never goes into HTML (a file or an HTTP body): then only what JSON requires is escaped and
    /// text in any script stays readable. Ignored by <see cref="JsonLdExporter.Write"/>, whose writer brings its own
    /// encoder.</remarks>
    public bool HtmlSafe { get; init; } = true;

    /// <summary>
    /// The absolute <c>http</c> or <c>https</c> address that article pages live under, such as
    /// <c>https://example.org/articles/</c>; null (the default) writes no page address.
    /// </summary>
    /// <remarks>When given, the page's <c>@id</c> and <c>url</c> are this address, a <c>/</c> unless it ends with one,
    /// and the article's <see cref="Model.ClinicalArticle.Id"/> percent-encoded as one path segment
    /// (<c>https://example.org/articles/myoclonus-treatment</c>); the condition's <c>@id</c> is that address with
    /// <c>#condition</c>. Without it, or for an identifier that cannot be a path segment (empty, <c>.</c>, <c>..</c>),
    /// the page has no address and the condition is a blank node, <c>_:condition</c>.</remarks>
    /// <exception cref="ArgumentException">The address is not absolute, its scheme is not http or https, or it has a
    /// query or a fragment.</exception>
    public Uri? BaseUrl
    {
        get => _baseUrl;
        init
        {
            if (value is not null
                && (!value.IsAbsoluteUri || (value.Scheme != Uri.UriSchemeHttp && value.Scheme != Uri.UriSchemeHttps)
                    || value.Query.Length > 0 || value.Fragment.Length > 0))
            {
                throw new ArgumentException($"The base address must be an absolute http or https address without a query or fragment; got '{value.OriginalString}'.", nameof(value));
            }

            _baseUrl = value;
        }
    }
}
