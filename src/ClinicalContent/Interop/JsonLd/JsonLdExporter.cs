using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using ClinicalContent.Internal;
using ClinicalContent.Model;

namespace ClinicalContent.Interop.JsonLd;

/// <summary>
/// Writes a <see cref="ClinicalArticle"/> as schema.org JSON-LD: a <c>MedicalWebPage</c> about the
/// <c>MedicalCondition</c>, with its review dates and reviewers, audience, possible treatments as <c>Drug</c> and
/// <c>MedicalTherapy</c> with dose schedules, warnings from the precautions, and the references as citations.
/// </summary>
/// <remarks>
/// <para>docs/interop-jsonld.md lists every mapping and what schema.org cannot carry. Nothing is invented: a member
/// the article lacks is left out, and a citation of a reference the article does not list adds nothing.</para>
/// <para>Output is deterministic: the same article and options always give the same bytes, members in a fixed
/// order, lists as arrays. Every method is safe to call from several threads at once; none uses reflection, so the
/// exporter is trimming- and AOT-safe. Content never makes it throw: text with unpaired surrogates is written with
/// U+FFFD in their place, and values the model does not define are left out.</para>
/// </remarks>
public static class JsonLdExporter
{
    // Escapes what HTML treats specially (<, >, &, quotes, +) and leaves other text readable.
    private static readonly JavaScriptEncoder s_htmlSafeEncoder = JavaScriptEncoder.Create(UnicodeRanges.All);

    /// <summary>Writes <paramref name="article"/> as a JSON-LD document.</summary>
    /// <param name="article">The article to export.</param>
    /// <param name="options">How to write it; null means <see cref="JsonLdOptions.Default"/>.</param>
    /// <returns>The JSON-LD text, one object with <c>"@context": "https://schema.org"</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="article"/> is null.</exception>
    public static string Export(ClinicalArticle article, JsonLdOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(article);
        using var buffer = new PooledBuffer(8 * 1024);
        WriteDocument(article, buffer, options ?? JsonLdOptions.Default);
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>Writes <paramref name="article"/> as a JSON-LD document in UTF-8, for an HTTP body or a file.</summary>
    /// <param name="article">The article to export.</param>
    /// <param name="options">How to write it; null means <see cref="JsonLdOptions.Default"/>.</param>
    /// <returns>The UTF-8 bytes of the document, without a byte order mark.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="article"/> is null.</exception>
    public static byte[] ExportUtf8(ClinicalArticle article, JsonLdOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(article);
        using var buffer = new PooledBuffer(8 * 1024);
        WriteDocument(article, buffer, options ?? JsonLdOptions.Default);
        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>Writes <paramref name="article"/> as one JSON-LD object through a caller's writer.</summary>
    /// <param name="article">The article to export.</param>
    /// <param name="writer">Where the object goes, as the next value; it is not flushed.</param>
    /// <param name="options">How to write it; null means <see cref="JsonLdOptions.Default"/>. Only
    /// <see cref="JsonLdOptions.BaseUrl"/> applies: indentation and escaping are the writer's own
    /// (<see cref="JsonWriterOptions.Encoder"/>), so give the writer an HTML-safe encoder if the output goes into a page.</param>
    /// <exception cref="ArgumentNullException"><paramref name="article"/> or <paramref name="writer"/> is null.</exception>
    /// <exception cref="InvalidOperationException"><paramref name="writer"/> cannot take a value where it stands (for
    /// example, right after a property value inside an object).</exception>
    public static void Write(ClinicalArticle article, Utf8JsonWriter writer, JsonLdOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(writer);
        new JsonLdWriter(article, writer, options ?? JsonLdOptions.Default).Write();
    }

    private static void WriteDocument(ClinicalArticle article, PooledBuffer buffer, JsonLdOptions options)
    {
        using var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions
        {
            Indented = options.Indented,
            IndentSize = 2,
            NewLine = "\n",
            Encoder = options.HtmlSafe ? s_htmlSafeEncoder : MinimalJsonEncoder.Instance,
        });
        new JsonLdWriter(article, writer, options).Write();
        writer.Flush();
    }
}
