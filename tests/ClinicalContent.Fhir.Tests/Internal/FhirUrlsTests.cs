using System.Reflection;
using ClinicalContent.Fhir.Internal;

namespace ClinicalContent.Fhir.Tests.Internal;

public sealed class FhirUrlsTests
{
    private const string ExtensionBase = FhirUrls.Base + "/StructureDefinition/";

    [Fact]
    public void InteropDoc_NamesEveryExtensionTheMappingUses()
    {
        var doc = File.ReadAllText(Path.Combine(FhirTestData.SampleArticles, "..", "..", "docs", "interop-fhir.md"));

        var extensions = typeof(FhirUrls).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Select(static f => (string)f.GetRawConstantValue()!)
            .Where(static url => url.StartsWith(ExtensionBase, StringComparison.Ordinal))
            .Select(static url => "ext:" + url[ExtensionBase.Length..])
            .ToList();

        extensions.Should().HaveCountGreaterThan(15).And.OnlyContain(name => doc.Contains(name + " ", StringComparison.Ordinal)
            || doc.Contains(name + "`", StringComparison.Ordinal));
    }
}
