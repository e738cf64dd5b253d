using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using ClinicalContent.Internal;
using ClinicalContent.Model;

namespace ClinicalContent.Interop.Csl;

/// <summary>
/// Exports references as CSL-JSON items, the input format of citation processors (citeproc-js, Zotero, Pandoc), and
/// imports CSL-JSON items, including those of other tools, as references. Nothing is lost either way: importing what
/// was exported gives back equal references.
/// </summary>
/// <remarks>
/// <para><b>Export.</b> One item per reference, in order: <c>id</c>, <c>type</c> (and <c>genre</c>) from the kind,
/// <c>title</c>, <c>author</c>, <c>container-title</c>, <c>publisher</c>, <c>issued</c> as <c>date-parts</c> of one to
/// three parts, <c>volume</c>, <c>issue</c>, <c>page</c>, <c>DOI</c>, <c>PMID</c>, <c>URL</c>. The exact kind, which
/// several kinds' shared CSL types cannot carry, goes to <c>custom.clinicalContent.kind</c>. Unknown members that are
/// CSL variables become variables; the rest go to <c>custom.clinicalContent</c>, so the output is valid against the
/// CSL-JSON schema. docs/interop-csl.md has the mapping table.</para>
/// <para><b>Import.</b> Never throws on content: every problem is a <see cref="Validation.ValidationIssue"/> with a code
/// (CC1001–CC1017 for the JSON itself, CC6001–CC6006 for CSL), a JSON Pointer, a line and a column. An item without
/// <c>custom.clinicalContent.kind</c> is classified from its type and genre. Items from other tools import too: names
/// with <c>family</c>/<c>given</c> or <c>literal</c>, <c>issued</c> as <c>date-parts</c> (numbers or digit strings) or
/// as <c>raw</c> text, numeric <c>id</c>s, <c>volume</c>s and <c>page</c>s (kept as written). CSL variables the model
/// has no member for are kept in <see cref="Reference.UnknownMembers"/> (and <see cref="Author.UnknownMembers"/> for
/// name parts) and exported again as variables.</para>
/// <para>All members are thread-safe.</para>
/// </remarks>
public static class CslJson
{
    // ---- Export ---------------------------------------------------------------------------------------------

    /// <summary>Exports references as a CSL-JSON array.</summary>
    /// <param name="references">The references, in the order the items are to have.</param>
    /// <param name="options">Writing settings; indented when null.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="references"/> is null.</exception>
    /// <exception cref="ArgumentException">A reference is null or holds a value that has no JSON form (an undefined
    /// kind, a null title, <c>default(PartialDate)</c>, a null author), or nesting deeper than <see cref="CslJsonOptions.MaxDepth"/>.</exception>
    public static string Export(IEnumerable<Reference> references, CslJsonOptions? options = null)
    {
        using var buffer = new PooledBuffer();
        Export(references, buffer, options);
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>Exports an article's references as a CSL-JSON array.</summary>
    /// <param name="article">The article.</param>
    /// <param name="options">Writing settings; indented when null.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="article"/> is null.</exception>
    /// <exception cref="ArgumentException">A reference holds a value that has no JSON form.</exception>
    public static string Export(ClinicalArticle article, CslJsonOptions? options = null)
        => Export(ReferencesOf(article), options);

    /// <summary>Exports references as UTF-8 CSL-JSON.</summary>
    /// <param name="references">The references.</param>
    /// <param name="options">Writing settings; indented when null.</param>
    /// <returns>The UTF-8 bytes.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="references"/> is null.</exception>
    /// <exception cref="ArgumentException">A reference is null or holds a value that has no JSON form.</exception>
    public static byte[] ExportToUtf8Bytes(IEnumerable<Reference> references, CslJsonOptions? options = null)
    {
        using var buffer = new PooledBuffer();
        Export(references, buffer, options);
        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>Exports an article's references as UTF-8 CSL-JSON.</summary>
    /// <param name="article">The article.</param>
    /// <param name="options">Writing settings; indented when null.</param>
    /// <returns>The UTF-8 bytes.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="article"/> is null.</exception>
    /// <exception cref="ArgumentException">A reference holds a value that has no JSON form.</exception>
    public static byte[] ExportToUtf8Bytes(ClinicalArticle article, CslJsonOptions? options = null)
        => ExportToUtf8Bytes(ReferencesOf(article), options);

    /// <summary>Exports references as UTF-8 CSL-JSON into a buffer writer, such as a <see cref="System.IO.Pipelines.PipeWriter"/>.</summary>
    /// <param name="references">The references.</param>
    /// <param name="destination">Where the bytes go; nothing is written when a reference has no JSON form.</param>
    /// <param name="options">Writing settings; indented when null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="references"/> or <paramref name="destination"/> is null.</exception>
    /// <exception cref="ArgumentException">A reference is null or holds a value that has no JSON form.</exception>
    public static void Export(IEnumerable<Reference> references, IBufferWriter<byte> destination, CslJsonOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(destination);
        options ??= CslJsonOptions.Default;
        var list = Checked(references);
        using var buffer = new PooledBuffer();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions(options)))
        {
            try
            {
                CslWriter.WriteArray(writer, list);
            }
            catch (InvalidOperationException exception)
            {
                // Utf8JsonWriter throws this for nesting beyond its MaxDepth; the structure is otherwise always valid.
                throw new ArgumentException(
                    string.Create(CultureInfo.InvariantCulture, $"A reference nests deeper than the maximum depth of {options.MaxDepth}; raise CslJsonOptions.MaxDepth to export it."),
                    nameof(references),
                    exception);
            }
        }

        if (options.WriteIndented)
        {
            buffer.Write("\n"u8);
        }

        destination.Write(buffer.WrittenSpan);
    }

    /// <summary>Exports an article's references as UTF-8 CSL-JSON into a buffer writer.</summary>
    /// <param name="article">The article.</param>
    /// <param name="destination">Where the bytes go; nothing is written when a reference has no JSON form.</param>
    /// <param name="options">Writing settings; indented when null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="article"/> or <paramref name="destination"/> is null.</exception>
    /// <exception cref="ArgumentException">A reference holds a value that has no JSON form.</exception>
    public static void Export(ClinicalArticle article, IBufferWriter<byte> destination, CslJsonOptions? options = null)
        => Export(ReferencesOf(article), destination, options);

    /// <summary>Exports references as UTF-8 CSL-JSON to a stream.</summary>
    /// <param name="references">The references.</param>
    /// <param name="destination">The stream; left open. Nothing is written when a reference has no JSON form.</param>
    /// <param name="options">Writing settings; indented when null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="references"/> or <paramref name="destination"/> is null.</exception>
    /// <exception cref="ArgumentException">A reference is null or holds a value that has no JSON form.</exception>
    /// <exception cref="IOException">The stream could not be written.</exception>
    public static void Export(IEnumerable<Reference> references, Stream destination, CslJsonOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(destination);
        using var buffer = new PooledBuffer();
        Export(references, buffer, options);
        destination.Write(buffer.WrittenSpan);
    }

    /// <summary>Exports an article's references as UTF-8 CSL-JSON to a stream.</summary>
    /// <param name="article">The article.</param>
    /// <param name="destination">The stream; left open. Nothing is written when a reference has no JSON form.</param>
    /// <param name="options">Writing settings; indented when null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="article"/> or <paramref name="destination"/> is null.</exception>
    /// <exception cref="ArgumentException">A reference holds a value that has no JSON form.</exception>
    /// <exception cref="IOException">The stream could not be written.</exception>
    public static void Export(ClinicalArticle article, Stream destination, CslJsonOptions? options = null)
        => Export(ReferencesOf(article), destination, options);

    /// <summary>Exports references as UTF-8 CSL-JSON to a stream without blocking.</summary>
    /// <param name="references">The references.</param>
    /// <param name="destination">The stream; left open. Nothing is written when a reference has no JSON form.</param>
    /// <param name="options">Writing settings; indented when null.</param>
    /// <param name="cancellationToken">Stops the write.</param>
    /// <returns>A task that completes when the bytes are written.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="references"/> or <paramref name="destination"/> is null.</exception>
    /// <exception cref="ArgumentException">A reference is null or holds a value that has no JSON form.</exception>
    /// <exception cref="IOException">The stream could not be written.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static async Task ExportAsync(
        IEnumerable<Reference> references, Stream destination, CslJsonOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(destination);
        using var buffer = new PooledBuffer();
        Export(references, buffer, options);
        await destination.WriteAsync(buffer.WrittenMemory, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Exports an article's references as UTF-8 CSL-JSON to a stream without blocking.</summary>
    /// <param name="article">The article.</param>
    /// <param name="destination">The stream; left open. Nothing is written when a reference has no JSON form.</param>
    /// <param name="options">Writing settings; indented when null.</param>
    /// <param name="cancellationToken">Stops the write.</param>
    /// <returns>A task that completes when the bytes are written.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="article"/> or <paramref name="destination"/> is null.</exception>
    /// <exception cref="ArgumentException">A reference holds a value that has no JSON form.</exception>
    /// <exception cref="IOException">The stream could not be written.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static Task ExportAsync(
        ClinicalArticle article, Stream destination, CslJsonOptions? options = null, CancellationToken cancellationToken = default)
        => ExportAsync(ReferencesOf(article), destination, options, cancellationToken);

    /// <summary>Writes references as a CSL-JSON array through a caller's writer, which decides indentation and escaping.</summary>
    /// <param name="writer">The writer; it is neither flushed nor disposed.</param>
    /// <param name="references">The references.</param>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> or <paramref name="references"/> is null.</exception>
    /// <exception cref="ArgumentException">A reference is null or holds a value that has no JSON form; nothing is written.</exception>
    /// <exception cref="InvalidOperationException">The writer cannot take a value where it stands, or its
    /// <see cref="JsonWriterOptions.MaxDepth"/> is exceeded.</exception>
    public static void Write(Utf8JsonWriter writer, IEnumerable<Reference> references)
    {
        ArgumentNullException.ThrowIfNull(writer);
        CslWriter.WriteArray(writer, Checked(references));
    }

    /// <summary>Writes an article's references as a CSL-JSON array through a caller's writer.</summary>
    /// <param name="writer">The writer; it is neither flushed nor disposed.</param>
    /// <param name="article">The article.</param>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> or <paramref name="article"/> is null.</exception>
    /// <exception cref="ArgumentException">A reference holds a value that has no JSON form; nothing is written.</exception>
    /// <exception cref="InvalidOperationException">The writer cannot take a value where it stands, or its
    /// <see cref="JsonWriterOptions.MaxDepth"/> is exceeded.</exception>
    public static void Write(Utf8JsonWriter writer, ClinicalArticle article)
        => Write(writer, ReferencesOf(article));

    // ---- Import ---------------------------------------------------------------------------------------------

    /// <summary>Imports CSL-JSON text: an array of CSL items.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="options">Reading limits; <see cref="CslJsonOptions.Default"/> when null.</param>
    /// <returns>The references that could be built, and every issue found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    public static CslImportResult Import(string json, CslJsonOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        options ??= CslJsonOptions.Default;
        return Utf16Text.ReadAsUtf8(json, options, static (utf8, o) => CslReader.Read(utf8, o), static prefix => CslReader.InvalidText(prefix));
    }

    /// <summary>Imports UTF-8 CSL-JSON.</summary>
    /// <param name="utf8Json">The UTF-8 bytes; a leading byte order mark is skipped with a warning.</param>
    /// <param name="options">Reading limits; <see cref="CslJsonOptions.Default"/> when null.</param>
    /// <returns>The references that could be built, and every issue found.</returns>
    public static CslImportResult Import(ReadOnlySpan<byte> utf8Json, CslJsonOptions? options = null)
        => CslReader.Read(utf8Json, options ?? CslJsonOptions.Default);

    /// <summary>Imports UTF-8 CSL-JSON from a stream, to its end.</summary>
    /// <param name="utf8Json">The stream; it is read to the end and left open.</param>
    /// <param name="options">Reading limits; <see cref="CslJsonOptions.Default"/> when null.</param>
    /// <returns>The references that could be built, and every issue found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="IOException">The stream could not be read.</exception>
    public static CslImportResult Import(Stream utf8Json, CslJsonOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        options ??= CslJsonOptions.Default;
        using var buffer = new PooledBuffer();
        return buffer.Fill(utf8Json, options.MaxDocumentLength)
            ? CslReader.Read(buffer.WrittenSpan, options)
            : CslReader.TooLarge(options);
    }

    /// <summary>Imports UTF-8 CSL-JSON from a stream, to its end, without blocking.</summary>
    /// <param name="utf8Json">The stream; it is read to the end and left open.</param>
    /// <param name="options">Reading limits; <see cref="CslJsonOptions.Default"/> when null.</param>
    /// <param name="cancellationToken">Stops the read.</param>
    /// <returns>The references that could be built, and every issue found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="IOException">The stream could not be read.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static async ValueTask<CslImportResult> ImportAsync(
        Stream utf8Json, CslJsonOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        options ??= CslJsonOptions.Default;
        using var buffer = new PooledBuffer();
        return await buffer.FillAsync(utf8Json, options.MaxDocumentLength, cancellationToken).ConfigureAwait(false)
            ? CslReader.Read(buffer.WrittenSpan, options)
            : CslReader.TooLarge(options);
    }

    /// <summary>Imports CSL-JSON text, throwing when it has errors.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="options">Reading limits; <see cref="CslJsonOptions.Default"/> when null.</param>
    /// <returns>The references.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="ClinicalContentException">The input has at least one error; the exception carries every issue.</exception>
    public static EquatableArray<Reference> ImportOrThrow(string json, CslJsonOptions? options = null)
        => ThrowOnErrors(Import(json, options));

    /// <summary>Imports UTF-8 CSL-JSON, throwing when it has errors.</summary>
    /// <param name="utf8Json">The UTF-8 bytes.</param>
    /// <param name="options">Reading limits; <see cref="CslJsonOptions.Default"/> when null.</param>
    /// <returns>The references.</returns>
    /// <exception cref="ClinicalContentException">The input has at least one error; the exception carries every issue.</exception>
    public static EquatableArray<Reference> ImportOrThrow(ReadOnlySpan<byte> utf8Json, CslJsonOptions? options = null)
        => ThrowOnErrors(Import(utf8Json, options));

    /// <summary>Imports UTF-8 CSL-JSON from a stream, throwing when it has errors.</summary>
    /// <param name="utf8Json">The stream; it is read to the end and left open.</param>
    /// <param name="options">Reading limits; <see cref="CslJsonOptions.Default"/> when null.</param>
    /// <returns>The references.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="IOException">The stream could not be read.</exception>
    /// <exception cref="ClinicalContentException">The input has at least one error; the exception carries every issue.</exception>
    public static EquatableArray<Reference> ImportOrThrow(Stream utf8Json, CslJsonOptions? options = null)
        => ThrowOnErrors(Import(utf8Json, options));

    /// <summary>Imports UTF-8 CSL-JSON from a stream without blocking, throwing when it has errors.</summary>
    /// <param name="utf8Json">The stream; it is read to the end and left open.</param>
    /// <param name="options">Reading limits; <see cref="CslJsonOptions.Default"/> when null.</param>
    /// <param name="cancellationToken">Stops the read.</param>
    /// <returns>The references.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="IOException">The stream could not be read.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="ClinicalContentException">The input has at least one error; the exception carries every issue.</exception>
    public static async ValueTask<EquatableArray<Reference>> ImportOrThrowAsync(
        Stream utf8Json, CslJsonOptions? options = null, CancellationToken cancellationToken = default)
        => ThrowOnErrors(await ImportAsync(utf8Json, options, cancellationToken).ConfigureAwait(false));

    // ---- Shared ---------------------------------------------------------------------------------------------

    private static EquatableArray<Reference> ThrowOnErrors(CslImportResult result)
        => result.HasErrors ? throw new ClinicalContentException(result.Issues) : result.References;

    private static EquatableArray<Reference> ReferencesOf(ClinicalArticle article)
    {
        ArgumentNullException.ThrowIfNull(article);
        return article.References;
    }

    private static List<Reference> Checked(IEnumerable<Reference> references)
    {
        ArgumentNullException.ThrowIfNull(references);
        var list = references.ToList();
        foreach (var reference in list)
        {
            CslWriter.Check(reference);
        }

        return list;
    }

    private static JsonWriterOptions WriterOptions(CslJsonOptions options) => new()
    {
        Indented = options.WriteIndented,
        IndentSize = 2,
        NewLine = "\n",
        Encoder = MinimalJsonEncoder.Instance,
        MaxDepth = options.MaxDepth,
    };
}
