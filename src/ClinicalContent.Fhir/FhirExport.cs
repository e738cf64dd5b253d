using Hl7.Fhir.Model;

namespace ClinicalContent.Fhir;

/// <summary>The outcome of exporting an article to FHIR R4: the document Bundle and the report of what it could not carry.</summary>
public sealed record FhirExport
{
    /// <summary>The FHIR R4 document Bundle: a Composition first, then the resources its sections point to.</summary>
    /// <remarks>A new object for every export, owned by the caller; Firely's model classes are mutable, so changing it changes
    /// only this result.</remarks>
    public required Bundle Bundle { get; init; }

    /// <summary>Every member of the article that the Bundle does not carry, each with its JSON Pointer.</summary>
    public required FhirLossReport Losses { get; init; }

    /// <summary>The Bundle as FHIR R4 JSON, written by Firely's serializer: what
    /// <see cref="FhirArticleConverter.ToJson"/> returns, without exporting the article a second time.</summary>
    /// <param name="writeIndented">Whether to indent the JSON.</param>
    /// <returns>The FHIR JSON of <see cref="Bundle"/> as it is now.</returns>
    public string ToJson(bool writeIndented = false) => FhirArticleConverter.Serialize(Bundle, writeIndented);
}
