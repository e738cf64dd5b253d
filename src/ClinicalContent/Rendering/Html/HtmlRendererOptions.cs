using ClinicalContent.Interop.JsonLd;

namespace ClinicalContent.Rendering.Html;

/// <summary>Settings that change how <see cref="HtmlRenderer"/> writes a page.</summary>
/// <remarks>An immutable value: derive variants of <see cref="Default"/> with <c>with</c> expressions.</remarks>
public sealed record HtmlRendererOptions
{
    /// <summary>The settings used when none are given: the article's own language, disclaimer and JSON-LD included.</summary>
    public static HtmlRendererOptions Default { get; } = new();

    /// <summary>
    /// A BCP 47 tag written to <c>&lt;html lang&gt;</c> instead of the article's
    /// <see cref="Model.ClinicalArticle.Language"/>, such as <c>en-GB</c>; null (the default) keeps the article's language.
    /// </summary>
    public string? Language { get; init; }

    /// <summary>Whether the page footer shows the article's <see cref="Model.ClinicalArticle.Disclaimer"/>; true by default.</summary>
    public bool IncludeDisclaimer { get; init; } = true;

    /// <summary>
    /// Whether <c>&lt;head&gt;</c> carries the article as schema.org JSON-LD, in a
    /// <c>&lt;script type="application/ld+json"&gt;</c> data block that search engines read and browsers do not run;
    /// true by default.
    /// </summary>
    public bool IncludeJsonLd { get; init; } = true;

    /// <summary>How the embedded JSON-LD is written, such as the <see cref="JsonLdOptions.BaseUrl"/> that gives the page
    /// its address; null (the default) means <see cref="JsonLdOptions.Default"/>.</summary>
    /// <remarks><see cref="JsonLdOptions.HtmlSafe"/> is always on inside a page, whatever this says, so that article
    /// text cannot end the script element.</remarks>
    public JsonLdOptions? JsonLd { get; init; }
}
