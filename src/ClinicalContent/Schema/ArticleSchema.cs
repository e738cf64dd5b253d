using System.Text;
using System.Text.Json;
using ClinicalContent.Model;

namespace ClinicalContent.Schema;

/// <summary>
/// The published JSON Schema (draft 2020-12) of the article format, version 1.0, as embedded in this library:
/// the same bytes as <c>schemas/clinical-article-1.0.schema.json</c> in the repository.
/// </summary>
/// <remarks>
/// <para>
/// The schema is generated from the model (<see cref="ClinicalArticle"/> and its parts, with the constraints
/// declared on their members) and describes exactly the JSON the strict reader accepts: the same members in the
/// same order, the same required members, enumeration values by their wire names, no <c>null</c> anywhere and no
/// member the model does not define (<c>"additionalProperties": false</c>). A test regenerates it and fails when
/// the model and the committed file drift apart.
/// </para>
/// <para>
/// Hand it to other tools (editors, API gateways, other languages) through <see cref="Json"/> or
/// <see cref="Utf8Json"/>; evaluate documents against it with <see cref="Compiled"/>. Every member is loaded on
/// first use, once, and is safe to use from several threads.
/// </para>
/// </remarks>
public static class ArticleSchema
{
    /// <summary>The schema's <c>$id</c>: <c>urn:clinicalcontent:schema:clinical-article:1.0</c>.</summary>
    public const string Id = "urn:clinicalcontent:schema:clinical-article:1.0";

    /// <summary>The version of the article format the schema describes; equal to <see cref="ClinicalArticle.CurrentSchemaVersion"/>.</summary>
    public const string Version = "1.0";

    private const string ResourceName = "ClinicalContent.Schema.clinical-article-1.0.schema.json";

    private static readonly Lazy<byte[]> s_utf8Json = new(LoadResource, LazyThreadSafetyMode.ExecutionAndPublication);

    private static readonly Lazy<string> s_json = new(static () => Encoding.UTF8.GetString(s_utf8Json.Value), LazyThreadSafetyMode.ExecutionAndPublication);

    private static readonly Lazy<JsonSchema> s_compiled = new(Compile, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The schema document as UTF-8 JSON, without a byte order mark.</summary>
    /// <remarks>Read-only: the bytes are shared by every caller.</remarks>
    public static ReadOnlyMemory<byte> Utf8Json => s_utf8Json.Value;

    /// <summary>The schema document as JSON text: 2-space indentation, LF line ends, a final newline.</summary>
    public static string Json => s_json.Value;

    /// <summary>The schema loaded into this library's evaluator, ready to evaluate documents.</summary>
    /// <remarks>Loaded on first use, once; the same instance is returned to every caller, and it may evaluate
    /// documents on several threads at once.</remarks>
    /// <example>
    /// <code>
    /// using var document = JsonDocument.Parse(json);
    /// var result = ArticleSchema.Compiled.Evaluate(document.RootElement);
    /// </code>
    /// </example>
    public static JsonSchema Compiled => s_compiled.Value;

    private static JsonSchema Compile()
    {
        using var document = JsonDocument.Parse(s_utf8Json.Value);
        return JsonSchema.Load(document.RootElement);
    }

    private static byte[] LoadResource()
    {
        using var stream = typeof(ArticleSchema).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource '{ResourceName}' is missing from the ClinicalContent assembly.");
        var bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        return bytes;
    }
}
