using ClinicalContent.Import;
using ClinicalContent.Model;
using ClinicalContent.Serialization;
using ClinicalContent.Tests.Samples;
using ClinicalContent.Validation;

namespace ClinicalContent.Tests.Import;

/// <summary>The seed page imports to samples/articles/myoclonus.json (docs/decisions/0006-page-text-import.md).</summary>
public sealed class PlainTextSeedTests
{
    /// <summary>samples/page-text/myoclonus.txt: a byte-for-byte copy of the seed page.</summary>
    internal static string SeedPath => Path.Combine(SamplePaths.RepositoryRoot, "samples", "page-text", "myoclonus.txt");

    private static ReadResult<ClinicalArticle> ImportSeed() =>
        PlainTextImporter.Import(File.ReadAllText(SeedPath), new PlainTextImportOptions { ArticleId = new ArticleId("myoclonus-treatment") });

    [Fact]
    public void Import_Seed_EqualsTheMyoclonusSample()
    {
        var sample = ClinicalArticleJson.ReadOrThrow(File.ReadAllBytes(Path.Combine(SamplePaths.ArticlesFolder, "myoclonus.json")));

        var imported = ImportSeed();

        imported.Value.Should().NotBeNull();
        ClinicalArticleJson.Write(imported.Value!).Should().Be(ClinicalArticleJson.Write(sample));
        imported.Value.Should().Be(sample);
    }

    [Fact]
    public void Import_Seed_PlacesEveryLineExceptChrome()
    {
        var imported = ImportSeed();

        imported.Issues.Should().OnlyContain(static i => i.Code == IssueCodes.PlainTextChromeSkipped && i.Severity == IssueSeverity.Information);
        imported.Issues.Select(static i => i.Position!.Value.Line).Should().Equal(10, 12, 14, 16, 125, 127);
    }

    [Fact]
    public void Validate_ImportedSeed_ReportsTheDanglingCitations()
    {
        var imported = ImportSeed();

        var report = ArticleValidator.Default.Validate(imported.Value!);

        report.Issues.Where(static i => i.Severity == IssueSeverity.Error).Select(static i => i.Code)
            .Should().BeEquivalentTo(Enumerable.Repeat(IssueCodes.CitationUnresolved, 10).Concat(Enumerable.Repeat(IssueCodes.PrecautionUnsupported, 3)));
    }

    [Fact]
    public void Import_SeedWithoutOptions_MakesTheIdFromTheTitle()
    {
        var imported = PlainTextImporter.Import(File.ReadAllText(SeedPath));

        imported.Value!.Id.Value.Should().Be("treatment-for-involuntary-muscle-jerking");
        imported.Value.Language.Should().Be("en");
    }
}
