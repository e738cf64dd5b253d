using System.Text.Json;
using ClinicalContent.Interop.JsonLd;
using ClinicalContent.Rendering.Html;
using ClinicalContent.Tests.Samples;
using static ClinicalContent.Tests.Rendering.Html.HtmlArticles;

namespace ClinicalContent.Tests.Rendering.Html;

public sealed class HtmlRendererJsonLdTests
{
    public static TheoryData<string> SampleFiles => [.. SamplePaths.ArticleFileNames()];

    [Theory]
    [MemberData(nameof(SampleFiles))]
    public void Render_Sample_EmbedsTheExportersJsonLdInTheHead(string fileName)
    {
        var article = Sample(fileName);

        var page = HtmlPage.Parse(new HtmlRenderer().Render(article));

        page.ShouldBeValidPage();
        page.JsonLd.Should().NotBeNull();
        page.JsonLd.Should().Be(JsonLdExporter.Export(article));
        using var document = JsonDocument.Parse(page.JsonLd!);
        document.RootElement.GetProperty("@type").GetString().Should().Be("MedicalWebPage");
    }

    [Fact]
    public void Render_JsonLdOff_HasNoScriptElement()
    {
        var renderer = new HtmlRenderer(HtmlRendererOptions.Default with { IncludeJsonLd = false });

        var html = renderer.Render(Sample("myoclonus.json"));

        HtmlPage.Parse(html).ShouldBeValidPage();
        html.Should().NotContainEquivalentOf("<script");
    }

    [Fact]
    public void Render_TitleThatClosesTheScript_StaysInsideTheDataBlock()
    {
        const string Hostile = "</script><script>alert(1)</script><!--";
        var article = Minimal() with { Title = Hostile, Summary = new() { Text = "</SCRIPT><script src=x></script>" } };

        var html = new HtmlRenderer().Render(article);

        var page = HtmlPage.Parse(html);
        page.ShouldBeValidPage();
        page.Elements("script").Should().ContainSingle();
        using var document = JsonDocument.Parse(page.JsonLd!);
        document.RootElement.GetProperty("name").GetString().Should().Be(Hostile);
        document.RootElement.GetProperty("description").GetString().Should().Be("</SCRIPT><script src=x></script>");
        page.Elements("h1").Single().Value.Should().Be(Hostile);
    }

    [Fact]
    public void Render_JsonLdOptionsWithHtmlSafeOff_StillEscapesInsideThePage()
    {
        var options = HtmlRendererOptions.Default with { JsonLd = new JsonLdOptions { HtmlSafe = false, BaseUrl = new Uri("https://example.org/") } };
        var article = Minimal() with { Title = "</script><script>alert(1)</script>" };

        var page = HtmlPage.Parse(new HtmlRenderer(options).Render(article));

        page.ShouldBeValidPage();
        page.JsonLd.Should().Be(JsonLdExporter.Export(article, options.JsonLd! with { HtmlSafe = true }));
        page.JsonLd.Should().Contain("\"url\":\"https://example.org/test-article\"");
    }
}
