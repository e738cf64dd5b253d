namespace ClinicalContent.Validation;

/// <summary>
/// Every issue code ClinicalContent reports: the library's, and the CC9xxx codes of the <c>clinical-content</c>
/// command line about its inputs. A code never changes meaning once released; retired codes stay reserved.
/// docs/issue-codes.md lists each with its meaning and an example.
/// </summary>
/// <remarks>Ranges: CC1xxx JSON syntax and shape, CC2xxx schema, CC3xxx clinical content, CC4xxx references and
/// citations, CC5xxx import, CC6xxx interop formats (CC60xx CSL-JSON), CC7xxx FHIR export and import
/// (ClinicalContent.Fhir), CC9xxx command line.</remarks>
public static class IssueCodes
{
    /// <summary>The input is not well-formed JSON.</summary>
    public const string JsonSyntaxError = "CC1001";

    /// <summary>An object has the same member twice (names compared after unescaping).</summary>
    public const string DuplicateMember = "CC1002";

    /// <summary>The document nests deeper than the configured maximum depth.</summary>
    public const string MaxDepthExceeded = "CC1003";

    /// <summary>An object has a member the schema does not define (an error in strict mode; kept either way).</summary>
    public const string UnknownMember = "CC1004";

    /// <summary>A required member is missing.</summary>
    public const string RequiredMemberMissing = "CC1005";

    /// <summary>A member or list element is <c>null</c>; absence is expressed by leaving the member out.</summary>
    public const string NullNotAllowed = "CC1006";

    /// <summary>A value has the wrong JSON type, such as a number where a string is expected.</summary>
    public const string WrongType = "CC1007";

    /// <summary>A string is not one of the allowed values of an enumeration.</summary>
    public const string InvalidEnumValue = "CC1008";

    /// <summary>A number cannot be represented: too large, too precise, or not an integer where one is needed.</summary>
    public const string NumberOutOfRange = "CC1009";

    /// <summary>A date is not a valid ISO 8601 calendar date in the expected form.</summary>
    public const string InvalidDate = "CC1010";

    /// <summary>A string holds invalid UTF-8 or an unpaired surrogate escape.</summary>
    public const string InvalidText = "CC1011";

    /// <summary>A polymorphic object has no <c>kind</c> member.</summary>
    public const string DiscriminatorMissing = "CC1012";

    /// <summary>A polymorphic object's <c>kind</c> is not one of the known kinds.</summary>
    public const string DiscriminatorUnknown = "CC1013";

    /// <summary>The document is larger than the configured maximum size.</summary>
    public const string DocumentTooLarge = "CC1014";

    /// <summary>The input holds no JSON value at all.</summary>
    public const string EmptyDocument = "CC1015";

    /// <summary>The document's <c>schemaVersion</c> has a major version this library cannot read.</summary>
    public const string UnsupportedSchemaVersion = "CC1016";

    /// <summary>The input starts with a UTF-8 byte order mark, which JSON text must not have; it was skipped.</summary>
    public const string ByteOrderMarkIgnored = "CC1017";

    // ---- CC2xxx: the published JSON Schema -----------------------------------------------------------------

    /// <summary>A value has a JSON type the schema does not allow (schema keyword <c>type</c>).</summary>
    public const string SchemaTypeMismatch = "CC2001";

    /// <summary>A member the schema requires is missing (schema keyword <c>required</c>); reported at the missing member.</summary>
    public const string SchemaRequiredMissing = "CC2002";

    /// <summary>An object has a member the schema does not allow (schema keywords <c>additionalProperties</c>,
    /// <c>unevaluatedProperties</c>); reported at the member.</summary>
    public const string SchemaPropertyNotAllowed = "CC2003";

    /// <summary>A value is not one of the values the schema allows (schema keywords <c>enum</c>, <c>const</c>).</summary>
    public const string SchemaValueNotAllowed = "CC2004";

    /// <summary>A string does not have the form the schema requires (schema keywords <c>pattern</c>, <c>format</c>).</summary>
    public const string SchemaPatternMismatch = "CC2005";

    /// <summary>A string is shorter or longer than the schema allows (schema keywords <c>minLength</c>, <c>maxLength</c>).</summary>
    public const string SchemaStringLength = "CC2006";

    /// <summary>A number is outside the range the schema allows (schema keywords <c>minimum</c>, <c>maximum</c>,
    /// <c>exclusiveMinimum</c>, <c>exclusiveMaximum</c>, <c>multipleOf</c>).</summary>
    public const string SchemaNumberOutOfRange = "CC2007";

    /// <summary>An array has too few or too many elements, or repeats one (schema keywords <c>minItems</c>,
    /// <c>maxItems</c>, <c>uniqueItems</c>, <c>contains</c>, <c>minContains</c>, <c>maxContains</c>).</summary>
    public const string SchemaArrayConstraint = "CC2008";

    /// <summary>A value matches none, or more than one, of the alternatives the schema offers (schema keywords
    /// <c>oneOf</c>, <c>anyOf</c>, <c>allOf</c>, <c>not</c>, <c>if</c>/<c>then</c>/<c>else</c>).</summary>
    public const string SchemaCompositionFailed = "CC2009";

    /// <summary>An object breaks another schema constraint (schema keywords <c>minProperties</c>, <c>maxProperties</c>,
    /// <c>propertyNames</c>, <c>dependentRequired</c>, <c>dependentSchemas</c>, a <c>false</c> schema, or any other keyword).</summary>
    public const string SchemaConstraintFailed = "CC2010";

    // ---- CC3xxx: clinical content --------------------------------------------------------------------------

    /// <summary>A dose range starts above where it ends (<c>low</c> greater than <c>high</c>).</summary>
    public const string DoseRangeInverted = "CC3001";

    /// <summary>A dose or maximum-dose amount is zero or negative.</summary>
    public const string DoseNotPositive = "CC3002";

    /// <summary>A dose, maximum-dose or efficacy unit is not in the table of clinical UCUM units (<see cref="ClinicalUnits"/>).</summary>
    public const string UnitUnknown = "CC3003";

    /// <summary>An approved article names no reviewer.</summary>
    public const string ApprovedWithoutReviewer = "CC3004";

    /// <summary>An approved article has no approval date (<c>approvedOn</c>).</summary>
    public const string ApprovedWithoutDate = "CC3005";

    /// <summary>An approved article still shows a pending-review notice.</summary>
    public const string ApprovedWithPendingNotice = "CC3006";

    /// <summary>An article that is not approved shows no pending-review notice.</summary>
    public const string PendingNoticeMissing = "CC3007";

    /// <summary>A date (last updated, last reviewed, approved on, reference issued) lies in the future.</summary>
    public const string DateInFuture = "CC3008";

    /// <summary>An approved article changed after its last approval or review (a warning).</summary>
    public const string ChangedAfterApproval = "CC3009";

    /// <summary>A part, section, scenario or precaution is present but holds nothing, or a statement's text is blank.</summary>
    public const string EmptyPart = "CC3010";

    /// <summary>A statement repeats the text of an earlier statement of the same article (a warning).</summary>
    public const string DuplicateStatement = "CC3011";

    /// <summary>A timing offset range starts above where it ends (<c>low</c> greater than <c>high</c>).</summary>
    public const string OffsetRangeInverted = "CC3012";

    /// <summary>A timing is incomplete or inconsistent: a period without its unit or the reverse, a frequency
    /// without a period, or a frequency or period that is not positive.</summary>
    public const string TimingInconsistent = "CC3013";

    // ---- CC4xxx: references and citations ------------------------------------------------------------------

    /// <summary>A citation names a reference the article does not list; reported at each occurrence.</summary>
    public const string CitationUnresolved = "CC4001";

    /// <summary>A listed reference is never cited (a warning).</summary>
    public const string ReferenceNotCited = "CC4002";

    /// <summary>Two references share one id; reported at the later one.</summary>
    public const string DuplicateReferenceId = "CC4003";

    /// <summary>A precaution has no citation that resolves, neither its own nor its points': safety advice with no verifiable source.</summary>
    public const string PrecautionUnsupported = "CC4004";

    /// <summary>One reference is the only source of most of the article's cited statements (a warning; the
    /// threshold is <see cref="ArticleValidatorOptions.DominantReferenceShare"/>).</summary>
    public const string DominantReference = "CC4005";

    /// <summary>A statement states a figure (a percentage, a dose, a time) but cites nothing (a warning).</summary>
    public const string NumberWithoutCitation = "CC4006";

    // ---- CC5001–CC5049: the Markdown importer ---------------------------------------------------------------

    /// <summary>Markdown text does not start with a YAML front matter block (<c>---</c> … <c>---</c>) holding the article's metadata.</summary>
    public const string MarkdownFrontMatterMissing = "CC5001";

    /// <summary>The front matter or a fenced <c>yaml</c> block of Markdown is not a valid YAML mapping; its content is left out.</summary>
    public const string MarkdownYamlInvalid = "CC5002";

    /// <summary>A key in Markdown front matter or a structured block, or a citation group in a special-scenario heading, is not a
    /// member of the object it belongs to (a warning); it is kept as an unknown member.</summary>
    public const string MarkdownKeyUnknown = "CC5003";

    /// <summary>An inline citation in Markdown names a number that no item of the References section carries.</summary>
    public const string MarkdownCitationNumberUnknown = "CC5004";

    /// <summary>A level-2 heading of Markdown names a part that belongs before a part already read (a warning); its content is still imported.</summary>
    public const string MarkdownHeadingOutOfOrder = "CC5005";

    /// <summary>A line of Markdown could not be placed in the article (a warning); it is reported with its line number, never dropped silently.</summary>
    public const string MarkdownLineUnplaced = "CC5006";

    /// <summary>A bullet under a therapy part of hand-written Markdown names no treatment the therapy recognizer knows (a warning); it is kept in an other section.</summary>
    public const string MarkdownTherapyNotRecognized = "CC5007";

    /// <summary>A part of the article has a second level-2 heading in Markdown (a warning); the content of both is merged.</summary>
    public const string MarkdownPartRepeated = "CC5008";

    /// <summary>A fenced block or the front matter of Markdown is never closed; it runs to the end of the text.</summary>
    public const string MarkdownFenceUnclosed = "CC5009";

    /// <summary>An item of the Markdown References section lacks its <c>{#id}</c> or <c>**kind**</c> (a warning); the id defaults to <c>ref-N</c> and the kind to <c>other</c>.</summary>
    public const string MarkdownReferenceIncomplete = "CC5010";

    /// <summary>A precaution in Markdown names no kind in its structured block (a warning); the kind defaults to <c>warning</c>.</summary>
    public const string MarkdownPrecautionKindMissing = "CC5011";

    /// <summary>Two items of the Markdown References section carry the same number, given explicitly (<c>3.</c>) or by
    /// position (a bulleted item); reported at the later item. A citation with that number names the first item.</summary>
    public const string MarkdownReferenceNumberRepeated = "CC5012";

    // ---- CC50xx: the plain-text importer ------------------------------------------------------------------

    /// <summary>A line of page text could not be placed in the article (a warning); it is reported, never dropped silently.</summary>
    public const string PlainTextLineNotPlaced = "CC5050";

    /// <summary>A line of page text is web-page chrome (a personalisation prompt, a link, a marketing line) and was
    /// skipped on purpose (information).</summary>
    public const string PlainTextChromeSkipped = "CC5051";

    /// <summary>A heading of page text names none of the article's parts; its section became an other section (information).</summary>
    public const string PlainTextHeadingUnknown = "CC5052";

    /// <summary>Page text lacks a part every article needs (the question, the title or the summary), so no article was built.</summary>
    public const string PlainTextPartMissing = "CC5053";

    /// <summary>A date in page text ("Last updated: …", "Reviewed by … on …") could not be read (a warning).</summary>
    public const string PlainTextDateUnreadable = "CC5054";

    /// <summary>A reference in page text lacks its title or its "container, year" line (a warning).</summary>
    public const string PlainTextReferenceIncomplete = "CC5055";

    // ---- CC51xx: the dose reader (DosageParser) --------------------------------------------------------------

    /// <summary>Dose text could not be read with certainty; the dosage was kept as text only (a warning).</summary>
    public const string DoseTextNotUnderstood = "CC5101";

    /// <summary>Dose text holds a titration step ("titrate by…", "increase to…", "taper"); it was kept as text only (a warning).</summary>
    public const string DoseTitrationNotRead = "CC5102";

    /// <summary>Part of dose text that the model cannot carry ("may repeat after 2 hours", "for 7 days") was kept as text only; the rest was read (a warning).</summary>
    public const string DosePartNotRead = "CC5103";

    /// <summary>Dose text gives a frequency as a range ("every 4 to 6 hours", "up to 4 times daily"), which the model cannot carry; the frequency was left out (a warning).</summary>
    public const string DoseFrequencyRangeNotRead = "CC5104";

    /// <summary>Dose text has a number with a comma ("2,5", "1,000"): a decimal comma or a thousands separator; the dosage was kept as text only (a warning).</summary>
    public const string DoseNumberAmbiguous = "CC5105";

    /// <summary>Dose text has a condition ("if sleep onset insomnia occurs") that was kept as text only; the rest was read (information).</summary>
    public const string DoseConditionNotRead = "CC5106";

    // ---- CC6001–CC6099: CSL-JSON import (Interop.Csl.CslJson) -----------------------------------------------

    /// <summary>A CSL-JSON value has the wrong JSON type: the document is not an array, an item or a name is not an
    /// object, or a variable is not the string, number, array or object CSL requires. A variable's value is kept in the
    /// reference's unknown members; an item, a name or a required variable of the wrong type gives no reference or author.</summary>
    public const string CslWrongType = "CC6001";

    /// <summary>A CSL item lacks <c>id</c>, <c>type</c> or <c>title</c>; no reference is built from it.</summary>
    public const string CslRequiredVariableMissing = "CC6002";

    /// <summary>A CSL item's <c>issued</c> is not a valid CSL date (malformed date parts, an impossible month or day, a
    /// member a date cannot have); the value is kept in the reference's unknown members.</summary>
    public const string CslDateInvalid = "CC6003";

    /// <summary>A CSL item's <c>issued</c> is a valid CSL date that a reference's year-month-day date cannot carry (a range,
    /// a season, circa, a literal, other raw text); it is kept in the reference's unknown members (a warning).</summary>
    public const string CslDateNotCarried = "CC6004";

    /// <summary>A CSL item's <c>type</c> is not a CSL 1.0 item type; the kind is classified from the genre or is
    /// <c>other</c>, and the type is kept (a warning).</summary>
    public const string CslTypeUnknown = "CC6005";

    /// <summary>A CSL item's <c>custom.clinicalContent</c> cannot be read; it is kept unchanged and the kind is classified
    /// from the CSL type and genre (a warning).</summary>
    public const string CslCustomUnreadable = "CC6006";

    // ---- CC70xx: FHIR R4 export (ClinicalContent.Fhir): the loss report, what R4 cannot carry -------------------

    /// <summary>A member the model does not know (kept in <c>UnknownMembers</c>) has no place in FHIR R4 and was not exported.</summary>
    public const string FhirUnknownMemberNotCarried = "CC7001";

    /// <summary>A dose timing offset that is a range, lies before its event or is not in whole minutes was not exported: R4's <c>Timing.repeat.offset</c> is one number of minutes after the event.</summary>
    public const string FhirTimingOffsetNotCarried = "CC7002";

    /// <summary>A dosage's <c>asNeededFor</c> was not exported because the dosage is not as needed: R4's <c>asNeededCodeableConcept</c> implies as needed.</summary>
    public const string FhirAsNeededForNotCarried = "CC7003";

    /// <summary>A text FHIR cannot hold (empty, an unpaired surrogate, or a control character other than tab, carriage return and line feed) was not exported.</summary>
    public const string FhirTextNotCarried = "CC7004";

    /// <summary>A code or code system FHIR cannot hold (a code with leading, trailing or repeated whitespace, a system that is not a URI) was not exported.</summary>
    public const string FhirCodeNotCarried = "CC7005";

    /// <summary>A number or enumeration value FHIR cannot hold (a frequency below 1, a value outside the enumeration) was not exported.</summary>
    public const string FhirValueNotCarried = "CC7006";

    // ---- CC705x: FHIR R4 import (ClinicalContent.Fhir): bundles not of the shape the export writes ----------------

    /// <summary>The input is not FHIR R4 JSON that the strict parser accepts.</summary>
    public const string FhirJsonUnreadable = "CC7051";

    /// <summary>The Bundle is not a document (<c>Bundle.type</c> is not <c>document</c>).</summary>
    public const string FhirBundleNotDocument = "CC7052";

    /// <summary>The document Bundle's first entry is not a Composition.</summary>
    public const string FhirCompositionMissing = "CC7053";

    /// <summary>The Composition's type is not a ClinicalContent article, so the document is not one this library wrote.</summary>
    public const string FhirDocumentTypeUnknown = "CC7054";

    /// <summary>An element or extension that every article needs (the id, the question, the summary …) is missing.</summary>
    public const string FhirRequiredElementMissing = "CC7055";

    /// <summary>A Composition section has a code that is not one of the article's parts, or a part appears twice.</summary>
    public const string FhirSectionUnknown = "CC7056";

    /// <summary>A reference or canonical URL names no resource of the expected type in the Bundle.</summary>
    public const string FhirReferenceUnresolved = "CC7057";

    /// <summary>An element or extension has a value of the wrong type or outside the allowed codes, or a date that cannot be read.</summary>
    public const string FhirValueInvalid = "CC7058";

    /// <summary>Statements nest deeper than the import allows.</summary>
    public const string FhirNestingTooDeep = "CC7059";

    /// <summary>An element, extension or entry that the article has no place for was not read (a warning).</summary>
    public const string FhirContentNotRead = "CC7060";

    // ---- CC9xxx: the command line (clinical-content); never reported by the library itself --------------------

    /// <summary>An input given to the command line could not be read: it does not exist, or reading it failed.</summary>
    public const string InputUnreadable = "CC9001";

    /// <summary>A directory or glob pattern given to the command line named no file to validate.</summary>
    public const string NoInputFound = "CC9002";

    /// <summary>The command line failed unexpectedly while validating an input; a defect in the tool, not in the content.</summary>
    public const string InternalError = "CC9003";

    /// <summary>The command line could not write an output file; the file, if it existed, is unchanged.</summary>
    public const string OutputUnwritable = "CC9004";
}
