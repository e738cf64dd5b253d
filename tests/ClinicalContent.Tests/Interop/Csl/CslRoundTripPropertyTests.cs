using System.Text.Json;
using ClinicalContent.Interop.Csl;
using ClinicalContent.Model;
using ClinicalContent.Tests.Generators;
using ClinicalContent.Validation;
using FsCheck.Xunit;

namespace ClinicalContent.Tests.Interop.Csl;

/// <summary>import(export(references)) == references, and the export is valid CSL-JSON, for generated references.</summary>
public sealed class CslRoundTripPropertyTests
{
    private static readonly CslJsonOptions s_compact = CslJsonOptions.Default with { WriteIndented = false };

    [Property(MaxTest = 1000, Arbitrary = [typeof(ArticleArbitraries)])]
    public void Import_OfExportedArticleReferences_GivesEqualReferencesWithoutIssues(ClinicalArticle article)
    {
        var json = CslJson.Export(article);

        var result = CslJson.Import(json);

        result.Issues.Should().BeEmpty();
        result.References.Should().Equal(article.References);
    }

    [Property(MaxTest = 1000, Arbitrary = [typeof(CslArbitraries)])]
    public void Import_OfExportedCollidingReferences_GivesEqualReferencesWithoutIssues(ReferenceList list)
    {
        var utf8 = CslJson.ExportToUtf8Bytes(list.References, s_compact);

        var result = CslJson.Import(utf8);

        result.Issues.Should().BeEmpty();
        result.References.Should().Equal(list.References);
    }

    [Property(MaxTest = 500, Arbitrary = [typeof(CslArbitraries)])]
    public void Export_OfCollidingReferences_IsValidAgainstTheCslSchema(ReferenceList list)
    {
        using var document = JsonDocument.Parse(CslJson.ExportToUtf8Bytes(list.References));

        var result = CslTestData.Schema.Evaluate(document.RootElement);

        result.Errors.Should().BeEmpty();
    }

    [Property(MaxTest = 500, Arbitrary = [typeof(CslArbitraries)])]
    public void Export_OfImportedExport_GivesTheSameBytes(ReferenceList list)
    {
        var first = CslJson.ExportToUtf8Bytes(list.References);

        var second = CslJson.ExportToUtf8Bytes(CslJson.Import(first).References);

        second.Should().Equal(first);
    }

    [Property(MaxTest = 1000, Arbitrary = [typeof(ArticleArbitraries)])]
    public void Import_OfTokenSoup_NeverThrowsAndPlacesEveryIssue(TokenSoup soup)
    {
        var result = CslJson.Import(soup.Bytes);

        result.Issues.Should().OnlyContain(static i => i.Position != null && i.Pointer != null);
        if (result.Issues.Any(static i => i.Code == IssueCodes.JsonSyntaxError))
        {
            result.References.Should().BeEmpty("nothing is imported from input that is not JSON");
        }
    }
}
