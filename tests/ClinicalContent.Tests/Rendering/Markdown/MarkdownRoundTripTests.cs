using ClinicalContent.Import;
using ClinicalContent.Model;
using ClinicalContent.Rendering.Markdown;
using ClinicalContent.Serialization;
using ClinicalContent.Tests.Generators;
using ClinicalContent.Tests.Samples;
using FluentAssertions;
using FsCheck.Xunit;
using Xunit;

namespace ClinicalContent.Tests.Rendering.Markdown;

public sealed class MarkdownRoundTripTests
{
    private static readonly MarkdownRenderer s_renderer = new();

    public static TheoryData<string> SampleNames()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(SamplePaths.ArticlesFolder, "*.json").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileNameWithoutExtension(file));
        }

        return data;
    }

    private static ClinicalArticle ReadSample(string name) =>
        ClinicalArticleJson.ReadOrThrow(File.ReadAllText(Path.Combine(SamplePaths.ArticlesFolder, name + ".json")));

    [Theory]
    [MemberData(nameof(SampleNames))]
    public void RenderThenImport_Sample_ReturnsEqualArticle(string name)
    {
        var article = ReadSample(name);

        var result = MarkdownImporter.Import(s_renderer.Render(article));

        result.Issues.Should().BeEmpty();
        result.Value.Should().Be(article);
    }

    [Theory]
    [MemberData(nameof(SampleNames))]
    public void Render_Sample_MatchesCommittedMarkdown(string name)
    {
        var path = Path.Combine(SamplePaths.ArticlesFolder, name + ".md");
        var rendered = s_renderer.Render(ReadSample(name));
        if (Environment.GetEnvironmentVariable("CLINICALCONTENT_ACCEPT") == "1")
        {
            File.WriteAllText(path, rendered);
        }

        File.Exists(path).Should().BeTrue($"samples/articles/{name}.md must be committed");
        rendered.Should().Be(File.ReadAllText(path));
    }

    [Theory]
    [MemberData(nameof(SampleNames))]
    public void Import_CommittedMarkdown_EqualsJsonSample(string name)
    {
        var markdown = File.ReadAllText(Path.Combine(SamplePaths.ArticlesFolder, name + ".md"));

        var result = MarkdownImporter.Import(markdown);

        result.Issues.Should().BeEmpty();
        result.Value.Should().Be(ReadSample(name));
    }

    [Property(MaxTest = 2000, Arbitrary = [typeof(ArticleArbitraries)])]
    public void RenderThenImport_GeneratedArticle_ReturnsEqualArticle(ClinicalArticle article)
    {
        var markdown = s_renderer.Render(article);

        var result = MarkdownImporter.Import(markdown);

        result.Issues.Should().BeEmpty();
        result.Value.Should().Be(article);
    }

    [Property(MaxTest = 300, Arbitrary = [typeof(ArticleArbitraries)])]
    public void RenderThenImport_ArticleWithUnknownMembers_KeepsThem(ArticleWithUnknownMembers input)
    {
        var result = MarkdownImporter.Import(s_renderer.Render(input.Article));

        result.Issues.Should().BeEmpty();
        result.Value.Should().Be(input.Article);
    }

    [Property(MaxTest = 300, Arbitrary = [typeof(ArticleArbitraries)])]
    public void Render_SameArticleTwice_GivesSameText(ClinicalArticle article)
    {
        var first = s_renderer.Render(article);

        var second = new MarkdownRenderer().Render(article with { });

        second.Should().Be(first);
        first.Should().EndWith("\n").And.NotContain("\r");
    }
}
