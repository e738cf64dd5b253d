using System.Text.Json.Nodes;
using ClinicalContent.Model;
using ClinicalContent.Serialization;
using ClinicalContent.Validation;

namespace ClinicalContent.Fhir.Tests;

public sealed class FhirArticleConverterRoundTripTests
{
    public static TheoryData<string> Samples => FhirTestData.SampleNames;

    [Theory]
    [MemberData(nameof(Samples))]
    public void FromJson_OfExportedSample_GivesBackTheArticleLessExactlyTheReportedLosses(string name)
    {
        var article = FhirTestData.Sample(name);
        var losses = FhirArticleConverter.ToBundle(article).Losses;

        var imported = FhirArticleConverter.FromJson(FhirArticleConverter.ToJson(article));

        imported.Issues.Should().BeEmpty();
        imported.Article.Should().NotBeNull();
        imported.Article.Should().Be(FhirTestData.WithoutLosses(article, losses));
    }

    [Fact]
    public void FromBundle_OfExportedBundle_GivesTheSameArticleAsFromJson()
    {
        var article = FhirTestData.Sample("community-acquired-pneumonia");

        var imported = FhirArticleConverter.FromBundle(FhirArticleConverter.ToBundle(article).Bundle);

        imported.IsValid.Should().BeTrue();
        imported.Article.Should().Be(article);
    }

    [Fact]
    public void ToBundle_ArticleWithWhatR4CannotCarry_ReportsEachMemberAndImportGivesBackTheRest()
    {
        var article = Awkward();

        var export = FhirArticleConverter.ToBundle(article);
        var imported = FhirArticleConverter.FromJson(FhirArticleConverter.ToJson(article));

        export.Losses.Entries.Select(static l => (l.Code, l.Pointer)).Should().Equal(
            (IssueCodes.FhirUnknownMemberNotCarried, "/summary/citations/0/pageRange"),
            (IssueCodes.FhirCodeNotCarried, "/condition/codings/1"),
            (IssueCodes.FhirTimingOffsetNotCarried, "/firstLineTherapy/options/0/components/0/dosages/1/timing"),
            (IssueCodes.FhirAsNeededForNotCarried, "/firstLineTherapy/options/0/components/0/dosages/1/asNeededFor"),
            (IssueCodes.FhirUnknownMemberNotCarried, "/firstLineTherapy/options/0/x~1y"),
            (IssueCodes.FhirTextNotCarried, "/references/0/volume"),
            (IssueCodes.FhirUnknownMemberNotCarried, "/futureMember"));
        imported.Issues.Should().BeEmpty();
        imported.Article.Should().Be(FhirTestData.WithoutLosses(article, export.Losses));
    }

    [Fact]
    public void FromJson_OffsetInWholeMinutesAfterTheEvent_IsCarriedExactly()
    {
        var node = JsonNode.Parse(ClinicalArticleJson.Write(FhirTestData.Sample("myoclonus")))!;
        node["firstLineTherapy"]!["options"]![0]!["components"]![0]!["dosages"]![1]!["timing"]!["offset"] =
            JsonNode.Parse("""{ "low": 30, "high": 30, "unit": "min", "relation": "after" }""");
        var article = FhirTestData.Read(node.ToJsonString());

        var export = FhirArticleConverter.ToBundle(article);
        var imported = FhirArticleConverter.FromBundle(export.Bundle);

        export.Losses.IsEmpty.Should().BeTrue();
        imported.Article.Should().Be(article);
    }

    /// <summary>The seed article with one of each thing R4 cannot carry, at different depths.</summary>
    private static ClinicalArticle Awkward()
    {
        var node = JsonNode.Parse(ClinicalArticleJson.Write(FhirTestData.Sample("myoclonus")))!;
        node["summary"]!["citations"]![0]!["pageRange"] = "4-5";
        node["condition"]!["codings"] = JsonNode.Parse("""
            [ { "system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "G25.3" }, { "system": "http://example.org", "code": " padded" } ]
            """);
        var dosage = node["firstLineTherapy"]!["options"]![0]!["components"]![0]!["dosages"]![1]!;
        dosage["timing"]!.AsObject().Remove("when");
        dosage["asNeededFor"] = "insomnia";
        node["firstLineTherapy"]!["options"]![0]!["x/y"] = JsonNode.Parse("[1, 2]");
        node["references"]![0]!["volume"] = "12\u0001";
        node["futureMember"] = JsonNode.Parse("""{ "nested": true }""");
        return FhirTestData.Read(node.ToJsonString());
    }
}
