using System.Text.Json.Nodes;
using ClinicalContent.Validation;
using Hl7.Fhir.Model;

namespace ClinicalContent.Fhir.Tests;

public sealed class FhirArticleConverterImportTests
{
    private static readonly Lazy<string> s_myoclonusJson = new(static () => FhirArticleConverter.ToJson(FhirTestData.Sample("myoclonus")));

    public static TheoryData<string, string, string> HostileJson => new()
    {
        { "not JSON", "{\"resourceType\": \"Bundle\",", IssueCodes.FhirJsonUnreadable },
        { "empty text", "", IssueCodes.FhirJsonUnreadable },
        { "an array", "[]", IssueCodes.FhirJsonUnreadable },
        { "deep nesting", new string('[', 10_000), IssueCodes.FhirJsonUnreadable },
        { "a Patient", """{"resourceType": "Patient", "id": "p1"}""", IssueCodes.FhirBundleNotDocument },
        { "a Patient search bundle", """{"resourceType": "Bundle", "type": "searchset", "entry": [{"fullUrl": "urn:uuid:7b3c6f0e-0d4b-4a36-9b1a-2f8f0d7c1e11", "resource": {"resourceType": "Patient", "id": "p1"}}]}""", IssueCodes.FhirBundleNotDocument },
        { "a collection", """{"resourceType": "Bundle", "type": "collection"}""", IssueCodes.FhirBundleNotDocument },
        { "a document of Patients", """{"resourceType": "Bundle", "type": "document", "entry": [{"fullUrl": "urn:uuid:7b3c6f0e-0d4b-4a36-9b1a-2f8f0d7c1e11", "resource": {"resourceType": "Patient", "id": "p1"}}]}""", IssueCodes.FhirCompositionMissing },
        { "an unknown element", """{"resourceType": "Bundle", "type": "document", "colour": "blue"}""", IssueCodes.FhirJsonUnreadable },
    };

    [Theory]
    [MemberData(nameof(HostileJson))]
    public void FromJson_HostileOrForeignInput_ReportsAnErrorAndBuildsNoArticle(string because, string json, string code)
    {
        var imported = FhirArticleConverter.FromJson(json);

        imported.Article.Should().BeNull(because);
        imported.IsValid.Should().BeFalse();
        imported.Issues.Select(static i => i.Code).Should().Contain(code, because);
    }

    [Fact]
    public void FromJson_ValueTheParserRejects_IsReportedWithItsPointerAndNothingThrows()
    {
        var json = Edit(s_myoclonusJson.Value, static root =>
        {
            var activity = root["entry"]!.AsArray().Select(static e => e!["resource"]!).First(static r => r["resourceType"]!.GetValue<string>() == "ActivityDefinition");
            activity["dosage"]![0]!["timing"]!["repeat"]!["when"] = new JsonArray("AT-NOON-ISH");
        });

        var imported = FhirArticleConverter.FromJson(json);

        imported.IsValid.Should().BeFalse();
        imported.Issues.Should().Contain(static i => i.Code == IssueCodes.FhirJsonUnreadable && i.Pointer.EndsWith("/dosage/0/timing/repeat/when/0", StringComparison.Ordinal));
    }

    [Fact]
    public void FromBundle_NullListItemsBuiltInCode_ReportAnIssueInsteadOfThrowing()
    {
        var bundle = FhirArticleConverter.ToBundle(FhirTestData.Sample("myoclonus")).Bundle;
        FhirTestData.CompositionOf(bundle).Section.Add(null!);

        var imported = FhirArticleConverter.FromBundle(bundle);

        imported.Article.Should().BeNull();
        imported.Issues.Select(static i => i.Code).Should().Equal(IssueCodes.FhirValueInvalid);
    }

    [Fact]
    public void FromJson_ForeignDocumentType_ReportsTheCompositionType()
    {
        var json = Edit(s_myoclonusJson.Value, static root => CompositionNode(root)["type"] = JsonNode.Parse("""{"coding": [{"system": "http://loinc.org", "code": "18842-5"}]}"""));

        var imported = FhirArticleConverter.FromJson(json);

        imported.Article.Should().BeNull();
        imported.Issues.Select(static i => (i.Code, i.Pointer)).Should().Equal((IssueCodes.FhirDocumentTypeUnknown, "/entry/0/resource/type"));
        imported.Issues[0].Position.Should().NotBeNull();
    }

    [Fact]
    public void FromJson_WrongSectionCode_ReportsItWithPointerAndPosition()
    {
        var json = Edit(s_myoclonusJson.Value, static root => CompositionNode(root)["section"]![1]!["code"]!["coding"]![0]!["code"] = "treatment");

        var imported = FhirArticleConverter.FromJson(json);

        var issue = imported.Issues.Should().ContainSingle().Subject;
        (issue.Code, issue.Pointer, issue.Severity).Should().Be((IssueCodes.FhirSectionUnknown, "/entry/0/resource/section/1/code", IssueSeverity.Error));
        issue.Position.Should().NotBeNull();
        imported.Article.Should().NotBeNull();
        imported.Article!.Diagnosis.Should().BeNull();
    }

    [Fact]
    public void FromJson_MissingQuestion_ReportsTheRequiredElementAndBuildsNoArticle()
    {
        var json = Edit(s_myoclonusJson.Value, static root =>
        {
            var extensions = CompositionNode(root)["extension"]!.AsArray();
            extensions.Remove(extensions.Single(static e => e!["url"]!.GetValue<string>().EndsWith("article-question", StringComparison.Ordinal)));
        });

        var imported = FhirArticleConverter.FromJson(json);

        imported.Article.Should().BeNull();
        imported.Issues.Select(static i => (i.Code, i.Pointer)).Should().Equal((IssueCodes.FhirRequiredElementMissing, "/entry/0/resource/extension"));
    }

    [Fact]
    public void FromBundle_PlanDefinitionRemoved_ReportsTheUnresolvedEntry()
    {
        var bundle = FhirArticleConverter.ToBundle(FhirTestData.Sample("myoclonus")).Bundle;
        bundle.Entry.RemoveAll(static e => e.Resource is PlanDefinition);

        var imported = FhirArticleConverter.FromBundle(bundle);

        imported.Issues.Where(static i => i.Code == IssueCodes.FhirReferenceUnresolved).Select(static i => i.Pointer)
            .Should().Equal("/entry/0/resource/section/2/entry/0", "/entry/0/resource/section/3/entry/0", "/entry/0/resource/section/4/section/2/entry/0");
        imported.Issues.Should().OnlyContain(static i => i.Code == IssueCodes.FhirReferenceUnresolved || i.Code == IssueCodes.FhirContentNotRead);
    }

    [Fact]
    public void FromBundle_ExtraContent_IsReportedAsNotReadInsteadOfDroppedSilently()
    {
        var bundle = FhirArticleConverter.ToBundle(FhirTestData.Sample("myoclonus")).Bundle;
        var composition = FhirTestData.CompositionOf(bundle);
        composition.Confidentiality = Composition.V3ConfidentialityClassification.N;
        composition.Extension.Add(new Extension("https://example.org/colour", new FhirString("blue")));
        bundle.Entry.Add(new Bundle.EntryComponent { FullUrl = "urn:uuid:0f6c2a3e-5b0d-4e43-9d57-8d2b0e1f7a10", Resource = new Patient() });

        var imported = FhirArticleConverter.FromBundle(bundle);

        imported.Article.Should().NotBeNull();
        imported.Issues.Should().OnlyContain(static i => i.Code == IssueCodes.FhirContentNotRead && i.Severity == IssueSeverity.Warning);
        imported.Issues.Select(static i => i.Pointer).Should().BeEquivalentTo(
            "/entry/0/resource/confidentiality", "/entry/0/resource/extension/" + (composition.Extension.Count - 1), "/entry/" + (bundle.Entry.Count - 1));
    }

    [Fact]
    public void FromBundle_EmptyDocumentBundle_ReportsTheMissingComposition()
    {
        var imported = FhirArticleConverter.FromBundle(new Bundle { Type = Bundle.BundleType.Document });

        imported.Article.Should().BeNull();
        imported.Issues.Select(static i => (i.Code, i.Pointer)).Should().Equal((IssueCodes.FhirCompositionMissing, "/entry"));
    }

    [Fact]
    public void FromBundle_StatementsNestedTooDeep_StopsAtTheLimitWithAnIssue()
    {
        var bundle = FhirArticleConverter.ToBundle(FhirTestData.Sample("myoclonus")).Bundle;
        var summary = FhirTestData.CompositionOf(bundle).Section[0].Extension[0];
        var current = summary;
        for (var i = 0; i < 100; i++)
        {
            var point = new Extension { Url = "point" };
            point.Extension.Add(new Extension("text", new FhirString("deeper")));
            current.Extension.Add(point);
            current = point;
        }

        var imported = FhirArticleConverter.FromBundle(bundle);

        imported.Issues.Should().ContainSingle().Which.Code.Should().Be(IssueCodes.FhirNestingTooDeep);
    }

    private static JsonObject CompositionNode(JsonNode root) => root["entry"]![0]!["resource"]!.AsObject();

    private static string Edit(string json, Action<JsonNode> edit)
    {
        var root = JsonNode.Parse(json)!;
        edit(root);
        return root.ToJsonString();
    }
}
