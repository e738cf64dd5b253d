using System.Collections.Immutable;
using ClinicalContent.Fhir;
using ClinicalContent.Interop.JsonLd;
using ClinicalContent.Rendering.Html;
using ClinicalContent.Rendering.Markdown;
using static ArticleService.Http.ArticleRepresentation;

namespace ArticleService.Http;

/// <summary>
/// Every format an article is served in: the one place to add a format. An entry is the media type, the suffix of
/// its entity tags and how to produce its bytes from the stored article; negotiation, entity tags, <c>Vary</c>,
/// 304 and 406 follow from the table.
/// </summary>
/// <remarks>
/// The order is the service's preference when <c>Accept</c> rates several formats alike (<c>*/*</c>, <c>text/*</c>,
/// no <c>Accept</c> at all): the canonical JSON first. A new format is one line at the end, for instance an exporter
/// that returns UTF-8 bytes: <c>new("application/example+json", "example", static s => Exporter.ExportUtf8(s.Article)),</c>.
/// </remarks>
internal static class ArticleRepresentations
{
    private static readonly HtmlRenderer s_html = new();
    private static readonly MarkdownRenderer s_markdown = new();

    /// <summary>The formats, in order of preference.</summary>
    public static ImmutableArray<ArticleRepresentation> All { get; } =
    [
        new("application/json", null, static stored => stored.Utf8Json),
        new("text/html", "html", static stored => Utf8(s_html.Render(stored.Article))),
        new("text/markdown", "markdown", static stored => Utf8(s_markdown.Render(stored.Article))),
        new("application/ld+json", "jsonld", static stored => JsonLdExporter.ExportUtf8(stored.Article)),
        new("application/fhir+json", "fhir", static stored => Utf8(FhirArticleConverter.ToJson(stored.Article))),
    ];

    /// <summary>The media types of <see cref="All"/>, as 406 responses list them.</summary>
    public static ImmutableArray<string> MediaTypes { get; } = [.. All.Select(static r => r.MediaType)];
}
