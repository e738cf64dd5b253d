using System.Runtime.InteropServices;
using System.Text.Json;
using System.Text.Json.Serialization;
using ClinicalContent.Model;

namespace ClinicalContent.Serialization;

/// <summary>
/// Plugs the article reader and writer into System.Text.Json, so that JsonSerializer, ASP.NET Core and every
/// other caller produce and accept exactly the wire format of <see cref="ClinicalArticleJson"/>.
/// </summary>
internal sealed class ClinicalArticleJsonConverter : JsonConverter<ClinicalArticle>
{
    public override ClinicalArticle Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var element = JsonElement.ParseValue(ref reader);
        var result = ArticleReader.Read(JsonMarshal.GetRawUtf8Value(element), ClinicalArticleJsonOptions.Default);
        if (result.IsValid)
        {
            return result.Value!;
        }

        var first = result.Issues.First(static i => i.Severity == Validation.IssueSeverity.Error);
        throw new JsonException($"{first.Code}: {first.Message}", first.Pointer, first.Position?.Line - 1, first.Position?.Column - 1);
    }

    public override void Write(Utf8JsonWriter writer, ClinicalArticle value, JsonSerializerOptions options)
        => ArticleWriter.WriteArticle(writer, value);
}
