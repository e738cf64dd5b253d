namespace ClinicalContent.Fhir.Internal;

/// <summary>The codes of <see cref="FhirUrls.SectionSystem"/>: one per part of the article, plus the sub-section kinds.</summary>
internal static class SectionCodes
{
    public const string Summary = "summary";
    public const string Diagnosis = "diagnosis";
    public const string FirstLineTherapy = "first-line-therapy";
    public const string Alternatives = "alternatives";
    public const string SpecialScenarios = "special-scenarios";
    public const string Scenario = "scenario";
    public const string Precautions = "precautions";
    public const string FollowUp = "follow-up";
    public const string Other = "other";
    public const string References = "references";
    public const string Disclaimer = "disclaimer";
}
