using ClinicalContent.Model;
using ClinicalContent.Validation;

namespace ClinicalContent.Fhir;

/// <summary>The outcome of importing a FHIR R4 document Bundle: the article, if one could be built, and every issue found.</summary>
public sealed record FhirImport
{
    /// <summary>The article read from the Bundle; null when the Bundle lacks something every article needs or is not of the
    /// shape the export writes.</summary>
    public ClinicalArticle? Article { get; init; }

    /// <summary>Every issue found, codes CC7051–CC7099 of <see cref="IssueCodes"/>. <see cref="ValidationIssue.Pointer"/> is a
    /// JSON Pointer into the Bundle's FHIR JSON (such as <c>/entry/0/resource/section/2/code</c>), and
    /// <see cref="ValidationIssue.Position"/> its line and column when the input was JSON text.</summary>
    public required EquatableArray<ValidationIssue> Issues { get; init; }

    /// <summary>True when an article was built and no issue is an error.</summary>
    public bool IsValid => Article is not null && !Issues.Any(static i => i.Severity == IssueSeverity.Error);
}
