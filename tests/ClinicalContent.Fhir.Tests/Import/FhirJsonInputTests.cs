using ClinicalContent.Fhir.Import;

namespace ClinicalContent.Fhir.Tests.Import;

public sealed class FhirJsonInputTests
{
    [Theory]
    [InlineData("Bundle", "")]
    [InlineData("Bundle.type", "/type")]
    [InlineData("Bundle.entry[0].resource.title", "/entry/0/resource/title")]
    [InlineData("Bundle.entry[12].resource.section[3].extension[0].value", "/entry/12/resource/section/3/extension/0/value")]
    public void ToPointer_FirelyInstancePath_BecomesJsonPointer(string path, string expected)
    {
        var pointer = FhirJsonInput.ToPointer(path);

        pointer.Should().Be(expected);
    }

    [Fact]
    public void FromJson_StrictParserError_CarriesPointerAndPosition()
    {
        var imported = FhirArticleConverter.FromJson("{\n  \"resourceType\": \"Bundle\",\n  \"type\": \"document\",\n  \"colour\": \"blue\"\n}");

        var issue = imported.Issues.Should().ContainSingle(static i => i.Pointer == "/colour").Subject;
        issue.Position.Should().NotBeNull();
        issue.Position!.Value.Line.Should().Be(4);
    }
}
