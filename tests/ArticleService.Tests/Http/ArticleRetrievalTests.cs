using System.Net;
using System.Net.Http.Json;
using ArticleService.Tests.Infrastructure;
using ClinicalContent.Fhir;
using ClinicalContent.Interop.JsonLd;
using ClinicalContent.Rendering.Html;
using ClinicalContent.Rendering.Markdown;
using ClinicalContent.Serialization;

namespace ArticleService.Tests.Http;

/// <summary>GET /articles/{id} over real HTTP: content negotiation, entity tags and conditional requests.</summary>
public sealed class ArticleRetrievalTests(ServiceFixture service) : IClassFixture<ServiceFixture>, IAsyncLifetime
{
    private const string Path = "/articles/restless-legs-syndrome-treatment";

    public static TheoryData<string?, string> PreferredFormats { get; } = new()
    {
        { null, "application/json" },
        { "application/json", "application/json" },
        { "text/html", "text/html" },
        { "text/markdown", "text/markdown" },
        { "*/*", "application/json" },
        { "text/*", "text/html" },
        { "TEXT/MARKDOWN", "text/markdown" },
        { "text/markdown, text/html;q=0.5", "text/markdown" },
        { "text/html;q=0.4, text/markdown;q=0.8, */*;q=0.1", "text/markdown" },
        { "application/json;q=0, */*", "text/html" },
        { "text/*;q=0.3, text/markdown;q=0.9", "text/markdown" },
        { "image/png, text/html;q=0.1", "text/html" },
        { "application/*", "application/json" },
        { "application/ld+json", "application/ld+json" },
        { "application/json;q=0.5, application/ld+json", "application/ld+json" },
        { "application/fhir+json", "application/fhir+json" },
    };

    public async Task InitializeAsync()
    {
        // The class's tests share one article; the first test to run creates it.
        using var response = await service.Client.PostArticleAsync(TestArticles.SampleBytes("restless-legs-syndrome.json"));
        response.StatusCode.Should().BeOneOf(HttpStatusCode.Created, HttpStatusCode.Conflict);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Theory]
    [MemberData(nameof(PreferredFormats))]
    public async Task Get_serves_the_format_the_accept_header_prefers(string? accept, string expectedMediaType)
    {
        using var response = await service.Client.GetWithAsync(Path, accept);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be(expectedMediaType);
        response.Headers.Vary.Should().Contain("Accept");
    }

    [Fact]
    public async Task Get_html_is_the_library_rendering_of_the_stored_article()
    {
        var expected = new HtmlRenderer().Render(TestArticles.Sample("restless-legs-syndrome.json"));

        using var response = await service.Client.GetWithAsync(Path, "text/html");

        response.Content.Headers.ContentType!.CharSet.Should().Be("utf-8");
        (await response.Content.ReadAsStringAsync()).Should().Be(expected);
    }

    [Fact]
    public async Task Get_markdown_is_the_library_rendering_of_the_stored_article()
    {
        var expected = new MarkdownRenderer().Render(TestArticles.Sample("restless-legs-syndrome.json"));

        using var response = await service.Client.GetWithAsync(Path, "text/markdown");

        response.Content.Headers.ContentType!.CharSet.Should().Be("utf-8");
        (await response.Content.ReadAsStringAsync()).Should().Be(expected);
    }

    [Fact]
    public async Task Get_jsonld_is_the_library_schema_org_export_of_the_stored_article()
    {
        var expected = JsonLdExporter.ExportUtf8(TestArticles.Sample("restless-legs-syndrome.json"));

        using var response = await service.Client.GetWithAsync(Path, "application/ld+json");

        response.Content.Headers.ContentType!.MediaType.Should().Be("application/ld+json");
        (await response.Content.ReadAsByteArrayAsync()).Should().Equal(expected);
    }

    [Fact]
    public async Task Get_fhir_is_a_document_bundle_that_imports_back_to_the_stored_article()
    {
        var stored = TestArticles.Sample("restless-legs-syndrome.json");

        using var response = await service.Client.GetWithAsync(Path, "application/fhir+json");
        var body = await response.Content.ReadAsStringAsync();

        response.Content.Headers.ContentType!.MediaType.Should().Be("application/fhir+json");
        body.Should().Be(FhirArticleConverter.ToJson(stored));
        var imported = FhirArticleConverter.FromJson(body);
        imported.Article.Should().NotBeNull();
        imported.Article!.Id.Should().Be(stored.Id);
        imported.Article.References.Should().Equal(stored.References);
    }

    [Fact]
    public async Task Get_json_reads_back_as_the_typed_model_through_the_library_contract()
    {
        var article = await service.Client.GetFromJsonAsync(Path, ClinicalArticleJson.TypeInfo);

        article.Should().Be(TestArticles.Sample("restless-legs-syndrome.json"));
    }

    [Theory]
    [InlineData("image/png")]
    [InlineData("application/json;q=0, text/*;q=0")]
    [InlineData("application/xml, text/plain")]
    public async Task Get_with_no_acceptable_format_returns_406_listing_the_formats(string accept)
    {
        using var response = await service.Client.GetWithAsync(Path, accept);
        var problem = await response.ReadObjectAsync();

        response.StatusCode.Should().Be(HttpStatusCode.NotAcceptable);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        problem["supported"]!.AsArray().Select(static t => t!.GetValue<string>())
            .Should().Equal("application/json", "text/html", "text/markdown", "application/ld+json", "application/fhir+json");
    }

    [Fact]
    public async Task Get_with_the_current_etag_in_if_none_match_returns_304_without_a_body()
    {
        using var first = await service.Client.GetWithAsync(Path);
        var etag = HttpClientExtensions.ETag(first);

        using var second = await service.Client.GetWithAsync(Path, ifNoneMatch: etag);

        second.StatusCode.Should().Be(HttpStatusCode.NotModified);
        HttpClientExtensions.ETag(second).Should().Be(etag);
        (await second.Content.ReadAsByteArrayAsync()).Should().BeEmpty();
    }

    [Fact]
    public async Task Get_with_another_etag_in_if_none_match_returns_the_article()
    {
        using var response = await service.Client.GetWithAsync(Path, ifNoneMatch: "\"0-0000000000000000\"");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await response.Content.ReadAsByteArrayAsync()).Should().Equal(TestArticles.SampleBytes("restless-legs-syndrome.json"));
    }

    [Fact]
    public async Task Each_format_has_its_own_etag_and_304_applies_per_format()
    {
        using var json = await service.Client.GetWithAsync(Path, "application/json");
        using var html = await service.Client.GetWithAsync(Path, "text/html");
        using var markdown = await service.Client.GetWithAsync(Path, "text/markdown");
        var tags = new[] { json, html, markdown }.Select(HttpClientExtensions.ETag).ToList();

        using var htmlWithJsonTag = await service.Client.GetWithAsync(Path, "text/html", ifNoneMatch: tags[0]);
        using var htmlWithHtmlTag = await service.Client.GetWithAsync(Path, "text/html", ifNoneMatch: tags[1]);

        tags.Should().OnlyHaveUniqueItems();
        htmlWithJsonTag.StatusCode.Should().Be(HttpStatusCode.OK);
        htmlWithHtmlTag.StatusCode.Should().Be(HttpStatusCode.NotModified);
    }

    [Fact]
    public async Task Get_with_a_wildcard_in_if_none_match_returns_304()
    {
        using var response = await service.Client.GetWithAsync(Path, ifNoneMatch: "*");

        response.StatusCode.Should().Be(HttpStatusCode.NotModified);
    }

    [Fact]
    public async Task Get_of_an_unknown_article_returns_404_problem_details()
    {
        using var response = await service.Client.GetWithAsync("/articles/no-such-article");
        var problem = await response.ReadObjectAsync();

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        problem["instance"]!.GetValue<string>().Should().Be("/articles/no-such-article");
        problem["detail"]!.GetValue<string>().Should().Contain("no-such-article");
    }
}
