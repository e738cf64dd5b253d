using System.Text.Json.Serialization;
using ClinicalContent.Model;

namespace ClinicalContent.Serialization;

/// <summary>
/// The source-generated System.Text.Json context: trimming- and AOT-safe metadata for frameworks that serialize
/// through System.Text.Json. Exposed as <see cref="ClinicalArticleJson.TypeInfo"/>.
/// </summary>
[JsonSourceGenerationOptions(GenerationMode = JsonSourceGenerationMode.Metadata)]
[JsonSerializable(typeof(ClinicalArticle))]
internal sealed partial class ClinicalContentJsonContext : JsonSerializerContext;
