using System.Globalization;

namespace ClinicalContent.Fhir.Internal;

/// <summary>Every message of the FHIR export's loss report and of the import's issues; one place, as <c>IssueMessages</c> is for the core.</summary>
internal static class FhirMessages
{
    private const int MaxEcho = 60;

    // ---- loss report (CC7001–CC7006) --------------------------------------------------------------------------

    public static string UnknownMemberNotCarried(string name) =>
        $"The unknown member '{Echo(name)}' has no place in FHIR R4 and was not exported.";

    public static string TimingOffsetNotCarried(string what) =>
        $"The timing offset ({what}) was not exported: FHIR R4 Timing.repeat.offset is one number of minutes after the event; the dosage text still says it.";

    public const string AsNeededForNotCarried =
        "'asNeededFor' was not exported: the dosage is not marked as needed, and FHIR R4 asNeededCodeableConcept would mark it so.";

    public static string TextNotCarried(string reason) =>
        $"The text was not exported: FHIR R4 strings cannot be {reason}.";

    public static string CodeNotCarried(string value) =>
        $"The coding '{Echo(value)}' was not exported: a FHIR R4 code has no leading, trailing or repeated whitespace, and a system is a URI without whitespace.";

    public static string ValueNotCarried(string value, string expected) =>
        $"The value '{Echo(value)}' was not exported: FHIR R4 expects {expected}.";

    // ---- import issues (CC7051–CC7060) ------------------------------------------------------------------------

    public static string JsonUnreadable(string detail) =>
        $"The input is not FHIR R4 JSON the strict parser accepts: {Echo(detail, 200)}";

    public static string BundleNotDocument(string? type) =>
        $"The Bundle's type is '{Echo(type ?? "(none)")}'; expected 'document'.";

    public static string CompositionMissing(string? found) =>
        $"The first entry of a document Bundle must be a Composition; found {(found is null ? "none" : "a " + Echo(found))}.";

    public const string DocumentTypeUnknown =
        "The Composition's type is not a ClinicalContent article (code 'clinical-article' of " + FhirUrls.DocumentTypeSystem + ").";

    public static string RequiredMissing(string what) => $"{what} is missing; every article needs it.";

    public static string SectionUnknown(string? code, string expected) =>
        $"The section code '{Echo(code ?? "(none)")}' is not expected here; expected {expected}.";

    public static string SectionRepeated(string code) => $"The part '{Echo(code)}' appears more than once.";

    public static string ReferenceUnresolved(string? reference, string expected) =>
        $"'{Echo(reference ?? "(none)")}' names no {expected} in the Bundle.";

    public static string ValueInvalid(string what, string expected) => $"{what} is not valid; expected {expected}.";

    public static string NestingTooDeep(int max) =>
        string.Create(CultureInfo.InvariantCulture, $"Statements nest deeper than {max} levels; the deeper points were not read.");

    public static string BundleUnreadable(string exception, string detail) =>
        $"The Bundle holds a value that cannot be read ({exception}: {Echo(detail, 160)}); no article was built.";

    public static string ContentNotRead(string what) => $"{Echo(what, 120)} has no place in the article and was not read.";

    private static string Echo(string value, int max = MaxEcho) => value.Length <= max ? value : string.Concat(value.AsSpan(0, max), "…");
}
