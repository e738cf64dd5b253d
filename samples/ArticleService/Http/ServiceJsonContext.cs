using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace ArticleService.Http;

/// <summary>Source-generated JSON metadata for the service's own payloads: camelCase, absent values left out.</summary>
/// <remarks>Articles are not here: they go through the library's contract, <c>ClinicalArticleJson</c>.</remarks>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(ProblemDocument))]
[JsonSerializable(typeof(ArticleReceipt))]
[JsonSerializable(typeof(ArticleListPage))]
internal sealed partial class ServiceJsonContext : JsonSerializerContext
{
    /// <summary>
    /// The context the service writes with. Messages quote article text, so apostrophes and non-ASCII letters are
    /// written as they are rather than as <c>\u0027</c> escapes: the payloads are served as JSON, never embedded in
    /// HTML, which is what the default encoder's extra escaping guards against.
    /// </summary>
    public static ServiceJsonContext Readable { get; } = new(new JsonSerializerOptions(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });
}
