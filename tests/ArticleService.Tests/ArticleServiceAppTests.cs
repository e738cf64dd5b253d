using System.Text.Json;
using ArticleService.Tests.Infrastructure;
using ClinicalContent.Model;
using ClinicalContent.Serialization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ArticleService.Tests;

public sealed class ArticleServiceAppTests(ServiceFixture service) : IClassFixture<ServiceFixture>
{
    [Fact]
    public void Http_json_options_read_and_write_articles_through_the_library_contract()
    {
        var options = service.Service.Services.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        var sample = TestArticles.Sample("community-acquired-pneumonia.json");

        var written = JsonSerializer.Serialize(sample, options.GetTypeInfo(typeof(ClinicalArticle)));
        var read = JsonSerializer.Deserialize(TestArticles.SampleBytes("community-acquired-pneumonia.json"), options.GetTypeInfo(typeof(ClinicalArticle)));

        ClinicalArticleJson.Read(written).Value.Should().Be(sample);
        read.Should().Be(sample);
    }

    [Theory]
    [InlineData(null, "data")]
    [InlineData("store", "store")]
    public async Task Relative_data_directory_is_taken_from_the_content_root(string? configured, string expectedFolder)
    {
        var contentRoot = Path.Combine(Path.GetTempPath(), "article-service-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(contentRoot);
        try
        {
            string[] args = configured is null ? [] : [$"--{ArticleServiceOptions.DataDirectoryKey}={configured}"];
            await using var app = ArticleServiceApp.Build(new WebApplicationOptions { Args = args, ContentRootPath = contentRoot });

            app.Services.GetRequiredService<ArticleServiceOptions>().DataDirectory.Should().Be(Path.Combine(contentRoot, expectedFolder));
        }
        finally
        {
            Directory.Delete(contentRoot, recursive: true);
        }
    }
}
