namespace ClinicalContent.Rendering.Html;

/// <summary>Settings that change how <see cref="HtmlRenderer"/> writes a page.</summary>
/// <remarks>An immutable value: derive variants of <see cref="Default"/> with <c>with</c> expressions.</remarks>
public sealed record HtmlRendererOptions
{
    /// <summary>The settings used when none are given: the article's own language, disclaimer included.</summary>
    public static HtmlRendererOptions Default { get; } = new();

    /// <summary>
    /// A BCP 47 tag written to <c>&lt;html lang&gt;</c> instead of the article's
    /// <see cref="Model.ClinicalArticle.Language"/>, such as <c>en-GB</c>; null (the default) keeps the article's language.
    /// </summary>
    public string? Language { get; init; }

    /// <summary>Whether the page footer shows the article's <see cref="Model.ClinicalArticle.Disclaimer"/>; true by default.</summary>
    public bool IncludeDisclaimer { get; init; } = true;
}
