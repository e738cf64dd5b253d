using ClinicalContent.Model;

namespace ClinicalContent.Rendering.Html;

/// <summary>
/// Writes a <see cref="ClinicalArticle"/> as one self-contained, accessible HTML5 page: semantic headings and
/// lists, citations numbered by first appearance and linked both ways with the reference list, the review status
/// and notices, the last-updated date and the disclaimer, with inline print-friendly CSS and no executable script:
/// the only script element is the article's schema.org JSON-LD, a data block (see <see cref="HtmlRendererOptions.IncludeJsonLd"/>).
/// </summary>
/// <remarks>
/// <para>Every piece of article text is HTML-encoded, quotes included; only absolute <c>http</c> and <c>https</c>
/// addresses become links (a DOI links to <c>https://doi.org/</c>, a PMID to PubMed), anything else is shown as
/// text. A citation of a reference the article does not list is shown as its number in brackets with the class
/// <c>missing</c>, never dropped. The markup is also well-formed XML (void elements are self-closed), so it can be
/// checked or post-processed with an XML reader.</para>
/// <para>Output is deterministic: the same article and options always give the same characters, with <c>\n</c>
/// line ends, whatever the current culture or <see cref="TextWriter.NewLine"/>.</para>
/// <para>An instance holds only its frozen options: it is safe to share and to use from several threads at once.
/// It uses no reflection and is trimming- and AOT-safe.</para>
/// </remarks>
public sealed class HtmlRenderer
{
    /// <summary>Creates a renderer.</summary>
    /// <param name="options">How to write pages; null means <see cref="HtmlRendererOptions.Default"/>.</param>
    public HtmlRenderer(HtmlRendererOptions? options = null)
    {
        Options = options ?? HtmlRendererOptions.Default;
    }

    /// <summary>The settings this renderer writes pages with.</summary>
    public HtmlRendererOptions Options { get; }

    /// <summary>Renders <paramref name="article"/> as a complete HTML page.</summary>
    /// <param name="article">The article to render.</param>
    /// <returns>The page, starting with <c>&lt;!DOCTYPE html&gt;</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="article"/> is null.</exception>
    public string Render(ClinicalArticle article)
    {
        ArgumentNullException.ThrowIfNull(article);
        using var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        Render(article, writer);
        return writer.ToString();
    }

    /// <summary>Writes <paramref name="article"/> as a complete HTML page to <paramref name="writer"/>.</summary>
    /// <param name="article">The article to render.</param>
    /// <param name="writer">Where the page goes; it is neither flushed nor closed.</param>
    /// <exception cref="ArgumentNullException"><paramref name="article"/> or <paramref name="writer"/> is null.</exception>
    public void Render(ClinicalArticle article, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(writer);
        new HtmlPageWriter(article, Options, writer).Write();
    }
}
