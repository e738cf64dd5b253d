using System.Text.Json;
using ClinicalContent.Interop.JsonLd;
using ClinicalContent.Model;
using ClinicalContent.Tests.Generators;
using FsCheck.Xunit;

namespace ClinicalContent.Tests.Interop.JsonLd;

public sealed class JsonLdExporterPropertyTests
{
    [Property(MaxTest = 200, Arbitrary = [typeof(ArticleArbitraries)])]
    public void Export_AnyArticle_IsDeterministicJsonWithOneCitationPerReference(ClinicalArticle article)
    {
        var json = JsonLdExporter.Export(article, new JsonLdOptions { BaseUrl = new Uri("https://example.org/a/") });

        using var document = JsonDocument.Parse(json);
        var page = document.RootElement;
        page.GetProperty("@type").GetString().Should().Be("MedicalWebPage");
        page.GetProperty("name").GetString().Should().Be(article.Title);
        var citations = page.TryGetProperty("citation", out var list) ? list.GetArrayLength() : 0;
        citations.Should().Be(article.References.Count);
        json.Should().NotContainAny("<", ">", "&");
        JsonLdExporter.Export(article, new JsonLdOptions { BaseUrl = new Uri("https://example.org/a/") }).Should().Be(json);
    }
}
