using System.Buffers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using ClinicalContent.Internal;
using ClinicalContent.Model;

namespace ClinicalContent.Serialization;

/// <summary>
/// Reads and writes <see cref="ClinicalArticle"/> JSON: strict by default, lossless always, and never throwing on
/// bad content. Reading returns a <see cref="ReadResult{T}"/> with the article (when one could be built) and every
/// issue found, each with a stable code, an RFC 6901 JSON Pointer, and a line and column.
/// </summary>
/// <remarks>
/// <para>Strict reading reports malformed JSON, duplicate members (also when escaped differently), unknown members,
/// missing required members, <c>null</c> anywhere (members and list elements), numbers out of range, wrong types,
/// unknown enumeration values and a missing or unknown <c>kind</c>. Tolerant reading
/// (<see cref="ClinicalArticleJsonOptions.Tolerant"/>) keeps unknown members silently.</para>
/// <para>Writing is deterministic: members in a fixed order (unknown members last), empty lists and absent values
/// left out, non-ASCII text written as is, decimals with their scale. All members are thread-safe.</para>
/// </remarks>
public static class ClinicalArticleJson
{
    /// <summary>
    /// Metadata for System.Text.Json and frameworks built on it (ASP.NET Core, HttpClient JSON extensions), from the
    /// library's source-generated context. It reads and writes exactly what this class does; on bad content it
    /// throws <see cref="JsonException"/> with the first error, so prefer <see cref="Read(ReadOnlySpan{byte}, ClinicalArticleJsonOptions?)"/>
    /// where every issue is wanted.
    /// </summary>
    public static JsonTypeInfo<ClinicalArticle> TypeInfo => ClinicalContentJsonContext.Default.ClinicalArticle;

    /// <summary>Reads an article from JSON text.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="options">Reading settings; <see cref="ClinicalArticleJsonOptions.Default"/> (strict) when null.</param>
    /// <returns>The article, if one could be built, and every issue found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    public static ReadResult<ClinicalArticle> Read(string json, ClinicalArticleJsonOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        options ??= ClinicalArticleJsonOptions.Default;
        return Utf16Text.ReadAsUtf8(json, options, static (utf8, o) => ArticleReader.Read(utf8, o), static prefix => ArticleReader.InvalidText(prefix));
    }

    /// <summary>Reads an article from UTF-8 JSON.</summary>
    /// <param name="utf8Json">The UTF-8 bytes; a leading byte order mark is skipped with a warning.</param>
    /// <param name="options">Reading settings; <see cref="ClinicalArticleJsonOptions.Default"/> (strict) when null.</param>
    /// <returns>The article, if one could be built, and every issue found.</returns>
    public static ReadResult<ClinicalArticle> Read(ReadOnlySpan<byte> utf8Json, ClinicalArticleJsonOptions? options = null)
        => ArticleReader.Read(utf8Json, options ?? ClinicalArticleJsonOptions.Default);

    /// <summary>Reads an article from a stream of UTF-8 JSON, to its end.</summary>
    /// <param name="utf8Json">The stream; it is read to the end and left open.</param>
    /// <param name="options">Reading settings; <see cref="ClinicalArticleJsonOptions.Default"/> (strict) when null.</param>
    /// <returns>The article, if one could be built, and every issue found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="IOException">The stream could not be read.</exception>
    public static ReadResult<ClinicalArticle> Read(Stream utf8Json, ClinicalArticleJsonOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        options ??= ClinicalArticleJsonOptions.Default;
        using var buffer = new PooledBuffer();
        return buffer.Fill(utf8Json, options.MaxDocumentLength)
            ? ArticleReader.Read(buffer.WrittenSpan, options)
            : ArticleReader.TooLarge(options);
    }

    /// <summary>Reads an article from a stream of UTF-8 JSON, to its end, without blocking.</summary>
    /// <param name="utf8Json">The stream; it is read to the end and left open.</param>
    /// <param name="options">Reading settings; <see cref="ClinicalArticleJsonOptions.Default"/> (strict) when null.</param>
    /// <param name="cancellationToken">Stops the read.</param>
    /// <returns>The article, if one could be built, and every issue found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="IOException">The stream could not be read.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static async ValueTask<ReadResult<ClinicalArticle>> ReadAsync(
        Stream utf8Json, ClinicalArticleJsonOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        options ??= ClinicalArticleJsonOptions.Default;
        using var buffer = new PooledBuffer();
        return await buffer.FillAsync(utf8Json, options.MaxDocumentLength, cancellationToken).ConfigureAwait(false)
            ? ArticleReader.Read(buffer.WrittenSpan, options)
            : ArticleReader.TooLarge(options);
    }

    /// <summary>Reads an article from JSON text, throwing when the content has errors.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="options">Reading settings; <see cref="ClinicalArticleJsonOptions.Default"/> (strict) when null.</param>
    /// <returns>The article.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="ClinicalContentException">The content has at least one error; the exception carries every issue.</exception>
    public static ClinicalArticle ReadOrThrow(string json, ClinicalArticleJsonOptions? options = null)
        => ThrowOnErrors(Read(json, options));

    /// <summary>Reads an article from UTF-8 JSON, throwing when the content has errors.</summary>
    /// <param name="utf8Json">The UTF-8 bytes.</param>
    /// <param name="options">Reading settings; <see cref="ClinicalArticleJsonOptions.Default"/> (strict) when null.</param>
    /// <returns>The article.</returns>
    /// <exception cref="ClinicalContentException">The content has at least one error; the exception carries every issue.</exception>
    public static ClinicalArticle ReadOrThrow(ReadOnlySpan<byte> utf8Json, ClinicalArticleJsonOptions? options = null)
        => ThrowOnErrors(Read(utf8Json, options));

    /// <summary>Reads an article from a stream of UTF-8 JSON, throwing when the content has errors.</summary>
    /// <param name="utf8Json">The stream; it is read to the end and left open.</param>
    /// <param name="options">Reading settings; <see cref="ClinicalArticleJsonOptions.Default"/> (strict) when null.</param>
    /// <returns>The article.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="IOException">The stream could not be read.</exception>
    /// <exception cref="ClinicalContentException">The content has at least one error; the exception carries every issue.</exception>
    public static ClinicalArticle ReadOrThrow(Stream utf8Json, ClinicalArticleJsonOptions? options = null)
        => ThrowOnErrors(Read(utf8Json, options));

    /// <summary>Reads an article from a stream of UTF-8 JSON without blocking, throwing when the content has errors.</summary>
    /// <param name="utf8Json">The stream; it is read to the end and left open.</param>
    /// <param name="options">Reading settings; <see cref="ClinicalArticleJsonOptions.Default"/> (strict) when null.</param>
    /// <param name="cancellationToken">Stops the read.</param>
    /// <returns>The article.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="IOException">The stream could not be read.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="ClinicalContentException">The content has at least one error; the exception carries every issue.</exception>
    public static async ValueTask<ClinicalArticle> ReadOrThrowAsync(
        Stream utf8Json, ClinicalArticleJsonOptions? options = null, CancellationToken cancellationToken = default)
        => ThrowOnErrors(await ReadAsync(utf8Json, options, cancellationToken).ConfigureAwait(false));

    /// <summary>Writes an article as JSON text.</summary>
    /// <param name="article">The article.</param>
    /// <param name="options">Writing settings; indented when null.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="article"/> is null.</exception>
    /// <exception cref="ArgumentException">The article holds a value that has no JSON form, such as an undefined enum value or nesting deeper than <see cref="ClinicalArticleJsonOptions.MaxDepth"/>.</exception>
    public static string Write(ClinicalArticle article, ClinicalArticleJsonOptions? options = null)
    {
        using var buffer = new PooledBuffer();
        Write(article, buffer, options);
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>Writes an article as UTF-8 JSON.</summary>
    /// <param name="article">The article.</param>
    /// <param name="options">Writing settings; indented when null.</param>
    /// <returns>The UTF-8 bytes.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="article"/> is null.</exception>
    /// <exception cref="ArgumentException">The article holds a value that has no JSON form.</exception>
    public static byte[] WriteToUtf8Bytes(ClinicalArticle article, ClinicalArticleJsonOptions? options = null)
    {
        using var buffer = new PooledBuffer();
        Write(article, buffer, options);
        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>Writes an article as UTF-8 JSON into a buffer writer, such as a <see cref="System.IO.Pipelines.PipeWriter"/>.</summary>
    /// <param name="article">The article.</param>
    /// <param name="destination">Where the bytes go.</param>
    /// <param name="options">Writing settings; indented when null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="article"/> or <paramref name="destination"/> is null.</exception>
    /// <exception cref="ArgumentException">The article holds a value that has no JSON form.</exception>
    public static void Write(ClinicalArticle article, IBufferWriter<byte> destination, ClinicalArticleJsonOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(destination);
        ArticleWriter.Write(article, destination, options ?? ClinicalArticleJsonOptions.Default);
    }

    /// <summary>Writes an article as UTF-8 JSON to a stream.</summary>
    /// <param name="article">The article.</param>
    /// <param name="destination">The stream; left open.</param>
    /// <param name="options">Writing settings; indented when null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="article"/> or <paramref name="destination"/> is null.</exception>
    /// <exception cref="ArgumentException">The article holds a value that has no JSON form; nothing is written.</exception>
    /// <exception cref="IOException">The stream could not be written.</exception>
    public static void Write(ClinicalArticle article, Stream destination, ClinicalArticleJsonOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(destination);
        using var buffer = new PooledBuffer();
        Write(article, buffer, options);
        destination.Write(buffer.WrittenSpan);
    }

    /// <summary>Writes an article as UTF-8 JSON to a stream without blocking.</summary>
    /// <param name="article">The article.</param>
    /// <param name="destination">The stream; left open.</param>
    /// <param name="options">Writing settings; indented when null.</param>
    /// <param name="cancellationToken">Stops the write.</param>
    /// <returns>A task that completes when the bytes are written.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="article"/> or <paramref name="destination"/> is null.</exception>
    /// <exception cref="ArgumentException">The article holds a value that has no JSON form; nothing is written.</exception>
    /// <exception cref="IOException">The stream could not be written.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static async Task WriteAsync(
        ClinicalArticle article, Stream destination, ClinicalArticleJsonOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(destination);
        using var buffer = new PooledBuffer();
        Write(article, buffer, options);
        await destination.WriteAsync(buffer.WrittenMemory, cancellationToken).ConfigureAwait(false);
    }

    private static ClinicalArticle ThrowOnErrors(ReadResult<ClinicalArticle> result)
        => result.IsValid ? result.Value! : throw new ClinicalContentException(result.Issues);
}
