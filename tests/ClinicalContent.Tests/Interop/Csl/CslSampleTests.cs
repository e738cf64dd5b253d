using System.Text.Json;
using System.Text.Json.Nodes;
using ClinicalContent.Interop.Csl;
using ClinicalContent.Tests.Samples;

namespace ClinicalContent.Tests.Interop.Csl;

/// <summary>Every sample article's references through CSL-JSON: valid against the CSL-JSON schema, and back unchanged.</summary>
public sealed class CslSampleTests
{
    public static TheoryData<string> Samples => CslTestData.SampleNames;

    [Fact]
    public void Samples_ArePresentAndHaveReferences()
    {
        var names = SamplePaths.ArticleFileNames();

        names.Should().NotBeEmpty();
        names.Select(CslTestData.Sample).Should().OnlyContain(static a => a.References.Count > 0);
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Import_OfExportedSample_GivesEqualReferencesWithoutIssues(string name)
    {
        var article = CslTestData.Sample(name);

        var result = CslJson.Import(CslJson.Export(article));

        result.Issues.Should().BeEmpty();
        result.References.Should().Equal(article.References);
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Export_OfSample_IsValidAgainstTheCslSchema(string name)
    {
        var article = CslTestData.Sample(name);
        using var document = JsonDocument.Parse(CslJson.ExportToUtf8Bytes(article));

        var result = CslTestData.Schema.Evaluate(document.RootElement);

        result.Errors.Should().BeEmpty();
        document.RootElement.GetArrayLength().Should().Be(article.References.Count);
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Export_OfSampleWithABadType_IsRejectedByTheCslSchema(string name)
    {
        var items = JsonNode.Parse(CslJson.Export(CslTestData.Sample(name)))!.AsArray();
        items[0]!["type"] = "journal-article";
        using var document = JsonDocument.Parse(items.ToJsonString());

        var result = CslTestData.Schema.Evaluate(document.RootElement);

        result.IsValid.Should().BeFalse();
        result.Errors.Should().Contain(static e => e.InstanceLocation == "/0/type" && e.Keyword == "enum");
    }

    [Fact]
    public void Schema_RejectsAnItemWithAMemberCslDoesNotDefine()
    {
        using var document = JsonDocument.Parse("""[{ "id": "a", "type": "book", "title": "T", "kind": "textbook" }]""");

        var result = CslTestData.Schema.Evaluate(document.RootElement);

        result.Errors.Should().Contain(static e => e.InstanceLocation == "/0/kind");
    }

    [Fact]
    public void Export_OfSeed_KeepsItsReferencesAndTheirOrder()
    {
        var article = CslTestData.Sample("myoclonus.json");
        using var document = JsonDocument.Parse(CslJson.Export(article));

        var ids = document.RootElement.EnumerateArray().Select(static i => i.GetProperty("id").GetString());

        // The seed cites ref-5 and ref-6 but lists only ref-1 to ref-4: export carries what is listed, nothing invented.
        ids.Should().Equal("ref-1", "ref-2", "ref-3", "ref-4");
    }
}
