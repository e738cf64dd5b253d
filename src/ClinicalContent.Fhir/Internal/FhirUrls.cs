namespace ClinicalContent.Fhir.Internal;

/// <summary>The canonical URLs of the extensions, code systems and identifier systems the mapping uses; docs/interop-fhir.md lists each.</summary>
internal static class FhirUrls
{
    public const string Base = "https://clinicalcontent.dev/fhir";
    private const string Extension = Base + "/StructureDefinition/";

    // Identifier and code systems.
    public const string ArticleIdSystem = Base + "/NamingSystem/article-id";
    public const string ReferenceIdSystem = Base + "/NamingSystem/reference-id";
    public const string DocumentTypeSystem = Base + "/CodeSystem/document-type";
    public const string DocumentTypeCode = "clinical-article";
    public const string SectionSystem = Base + "/CodeSystem/article-section";
    public const string PrecautionKindSystem = Base + "/CodeSystem/precaution-kind";
    public const string TherapyKindSystem = Base + "/CodeSystem/therapy-kind";
    public const string ReferenceKindSystem = Base + "/CodeSystem/reference-kind";
    public const string Ucum = "http://unitsofmeasure.org";
    public const string DoiSystem = "https://doi.org";
    public const string PmidSystem = "https://pubmed.ncbi.nlm.nih.gov";
    public const string PlanDefinitionTypeSystem = "http://terminology.hl7.org/CodeSystem/plan-definition-type";
    public const string DataAbsentReason = "http://hl7.org/fhir/StructureDefinition/data-absent-reason";

    // Extensions on the Composition.
    public const string Question = Extension + "article-question";
    public const string ArticleVersion = Extension + "article-version";
    public const string SchemaVersion = Extension + "article-schema-version";
    public const string Audience = Extension + "article-audience";
    public const string Condition = Extension + "article-condition";
    public const string Review = Extension + "article-review";
    public const string Disclaimer = Extension + "article-disclaimer";

    // Extensions on sections and plan actions.
    public const string Introduction = Extension + "section-introduction";
    public const string Statement = Extension + "statement";
    public const string Citation = Extension + "citation";
    public const string DiagnosisCause = Extension + "diagnosis-cause";
    public const string DiagnosisDifferential = Extension + "diagnosis-differential";
    public const string ScenarioPopulation = Extension + "scenario-population";
    public const string PrecautionSubject = Extension + "precaution-subject";
    public const string TherapyPopulation = Extension + "therapy-population";
    public const string TherapyOnset = Extension + "therapy-onset";
    public const string TherapyEfficacy = Extension + "therapy-efficacy";
    public const string TherapyEvidence = Extension + "therapy-evidence";

    // Extension on DocumentReference.
    public const string ReferenceDetails = Extension + "reference-details";
}
