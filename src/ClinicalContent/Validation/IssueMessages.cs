using System.Globalization;

namespace ClinicalContent.Validation;

/// <summary>
/// The only place issue messages are written. Each says what is wrong and what was expected; values from the
/// document are shortened so messages never carry whole texts.
/// </summary>
internal static class IssueMessages
{
    private const int MaxEcho = 60;

    public static string JsonSyntaxError(string detail) => $"The JSON is malformed: {detail}";

    public static string DuplicateMember(string name) =>
        $"The member '{Echo(name)}' appears more than once in this object; each member may appear only once.";

    public static string MaxDepthExceeded(int maxDepth) =>
        string.Create(CultureInfo.InvariantCulture, $"The document nests deeper than {maxDepth} levels of objects and arrays; expected at most {maxDepth}.");

    public static string UnknownMember(string name, string expected) =>
        $"'{Echo(name)}' is not a member of this object; expected one of: {expected}.";

    public static string RequiredMemberMissing(string name) => $"The required member '{name}' is missing.";

    public static string NullMember() => "null is not allowed here; leave the member out when it has no value.";

    public static string NullElement() => "null is not allowed in a list; remove the element.";

    public static string WrongType(string expected, string found) => $"Expected {expected} but found {found}.";

    public static string InvalidEnumValue(string value, string expected) =>
        $"'{Echo(value)}' is not an allowed value; expected one of: {expected}.";

    public static string NumberOutOfRange(string expected) => $"The number cannot be read as {expected}.";

    public static string InvalidDate(string value, string form) => $"'{Echo(value)}' is not a valid date; expected {form}.";

    public static string InvalidText() => "The text holds invalid UTF-8 or an unpaired surrogate escape; expected valid Unicode text.";

    public static string DiscriminatorMissing(string expected) => $"The object has no 'kind' member; expected 'kind' with one of: {expected}.";

    public static string DiscriminatorUnknown(string value, string expected) =>
        $"'{Echo(value)}' is not a known kind; expected one of: {expected}.";

    public static string DocumentTooLarge(int maxLength) =>
        string.Create(CultureInfo.InvariantCulture, $"The document is larger than {maxLength} bytes; expected at most {maxLength}.");

    public static string EmptyDocument() => "The input holds no JSON value; expected an article object.";

    public static string UnsupportedSchemaVersion(string value, string supported) =>
        $"Schema version '{Echo(value)}' cannot be read; expected a {supported}.x version.";

    public static string ByteOrderMarkIgnored() =>
        "The input starts with a UTF-8 byte order mark, which JSON text must not have; it was skipped.";

    // ---- CC2xxx -----------------------------------------------------------------------------------------

    /// <summary>A schema error, in the evaluator's words, prefixed with the keyword that failed.</summary>
    /// <param name="keyword">The schema keyword, such as <c>pattern</c>.</param>
    /// <param name="detail">The evaluator's message, which says what was expected.</param>
    public static string SchemaError(string keyword, string detail) =>
        $"The value breaks the article schema's '{keyword}' rule: {EchoLong(detail)}";

    /// <summary>A member the schema requires is missing.</summary>
    /// <param name="name">The missing member.</param>
    public static string SchemaRequiredMissing(string name) =>
        $"The article schema requires the member '{Echo(name)}', which is missing.";

    /// <summary>A member the schema does not define.</summary>
    /// <param name="name">The member.</param>
    public static string SchemaPropertyNotAllowed(string name) =>
        $"The article schema does not allow the member '{Echo(name)}' here; expected only the members the schema defines for this object.";

    // ---- CC3xxx -----------------------------------------------------------------------------------------

    public static string DoseRangeInverted(decimal low, decimal high, string unit) =>
        string.Create(CultureInfo.InvariantCulture, $"The dose range starts at {low} {Echo(unit)} but ends at {high} {Echo(unit)}; expected low to be at most high.");

    public static string NotPositive(string what, decimal value) =>
        string.Create(CultureInfo.InvariantCulture, $"The {what} is {value}; expected a number greater than 0.");

    public static string UnitUnknown(string unit, string? suggestion) => suggestion is null
        ? $"'{Echo(unit)}' is not a known clinical UCUM unit; expected a UCUM code such as mg, ug, mL, [iU], mg/kg or %."
        : $"'{Echo(unit)}' is not a known clinical UCUM unit; UCUM codes are case-sensitive: expected '{suggestion}'.";

    public static string ApprovedWithoutReviewer() =>
        "The article is approved but names no reviewer; expected at least one reviewer with a name.";

    public static string ApprovedWithoutDate() =>
        "The article is approved but has no approval date; expected 'approvedOn'.";

    public static string ApprovedWithPendingNotice() =>
        "The article is approved but still shows a pending-review notice; expected the notice to be removed on approval.";

    public static string PendingNoticeMissing(string status) =>
        $"The article's status is '{status}' but it shows no pending-review notice; expected a 'pending-review' notice until it is approved.";

    public static string DateInFuture(string what, string value, DateOnly today) =>
        string.Create(CultureInfo.InvariantCulture, $"The {what} {Echo(value)} is in the future; expected a date on or before {today:yyyy-MM-dd}.");

    public static string ChangedAfterApproval(DateOnly lastUpdated, DateOnly signedOff) =>
        string.Create(CultureInfo.InvariantCulture, $"The article is approved but changed on {lastUpdated:yyyy-MM-dd}, after its last sign-off on {signedOff:yyyy-MM-dd}; expected a review of the change, or a status other than approved.");

    public static string EmptyPart(string what) =>
        $"The {what} is present but holds nothing; expected content, or leave it out.";

    public static string EmptyStatementText() =>
        "The statement's text is blank; expected the claim as written.";

    public static string DuplicateStatement(string firstPointer) =>
        $"The statement repeats the text of the statement at '{Echo(firstPointer)}'; expected each statement once.";

    public static string OffsetRangeInverted(decimal low, decimal high) =>
        string.Create(CultureInfo.InvariantCulture, $"The timing offset starts at {low} but ends at {high}; expected low to be at most high.");

    public static string TimingMemberWithout(string member, string missing) =>
        $"The timing has '{member}' but no '{missing}'; expected both, or neither.";

    // ---- CC4xxx -----------------------------------------------------------------------------------------

    public static string CitationUnresolved(string referenceId) =>
        $"The citation names reference '{Echo(referenceId)}', which the article does not list; expected the id of an entry in 'references'.";

    public static string ReferenceNotCited(string referenceId) =>
        $"The reference '{Echo(referenceId)}' is never cited; expected at least one citation of it, or remove it.";

    public static string DuplicateReferenceId(string referenceId, string firstPointer) =>
        $"The reference id '{Echo(referenceId)}' is already used by the reference at '{Echo(firstPointer)}'; expected each reference id once.";

    public static string PrecautionUnsupported(int citations) => citations switch
    {
        0 => "The precaution cites nothing, neither itself nor its points; expected safety advice to cite at least one listed reference.",
        1 => "The precaution's only citation names no listed reference; expected safety advice to rest on at least one verifiable source.",
        _ => string.Create(CultureInfo.InvariantCulture, $"None of the precaution's {citations} citations (its own and its points') names a listed reference; expected safety advice to rest on at least one verifiable source."),
    };

    public static string DominantReference(string referenceId, int carried, int cited, decimal threshold) =>
        string.Create(CultureInfo.InvariantCulture, $"The reference '{Echo(referenceId)}' is the only source of {carried} of the article's {cited} cited statements ({Percent((decimal)carried / cited)}); expected no single source to carry {Percent(threshold)} or more of them.");

    public static string NumberWithoutCitation(string figure) =>
        $"The statement states '{Echo(figure)}' but cites nothing; expected a citation for every figure (percentage, dose, time).";

    // ---- CC5001–CC5049: the Markdown importer -------------------------------------------------------------

    public static string MarkdownFrontMatterMissing() =>
        "The Markdown has no YAML front matter; expected the article's metadata between two '---' lines at the top.";

    public static string MarkdownYamlInvalid(string detail) =>
        $"The YAML block is not a valid mapping ({EchoLong(detail)}); expected 'key: value' lines.";

    public static string MarkdownKeyUnknown(string key, string expected) =>
        $"'{Echo(key)}' is not a member of this object; it was kept as an unknown member. Expected one of: {expected}, or x-unknown.";

    public static string MarkdownCitationNumberUnknown(int number) =>
        string.Create(CultureInfo.InvariantCulture, $"The citation [{number}] names no item of the References section; expected the number of a listed reference.");

    public static string MarkdownHeadingOutOfOrder(string heading, string part) =>
        $"The heading '{Echo(heading)}' ({part}) comes after a part that belongs later; expected the canonical order of parts.";

    public static string MarkdownLineUnplaced(string line) =>
        $"The line '{Echo(line)}' could not be placed in the article; expected it under a heading that has room for it.";

    public static string MarkdownTherapyNotRecognized(string bullet) =>
        $"The bullet '{Echo(bullet)}' names no recognised treatment; it was kept in an other section.";

    public static string MarkdownPartRepeated(string part) =>
        $"The part '{part}' has a second heading; its content was added to the first.";

    public static string MarkdownFenceUnclosed(string fence) =>
        $"The block opened with '{fence}' is never closed; expected a closing '{fence}' line.";

    public static string MarkdownReferenceIncomplete(int number) =>
        string.Create(CultureInfo.InvariantCulture, $"Reference {number} lacks its '{{#id}}' or '**kind**'; the id defaults to 'ref-{number}' and the kind to 'other'.");

    public static string MarkdownPrecautionKindMissing() =>
        "The precaution names no kind; it defaults to 'warning'. Expected 'kind:' in the precaution's yaml block.";

    // ---- CC50xx -----------------------------------------------------------------------------------------

    public static string PlainTextLineNotPlaced(string line, string reason) =>
        $"The line '{Echo(line)}' could not be placed: {reason}; expected it to belong to a known part of the page.";

    public static string PlainTextChromeSkipped(string line) =>
        $"The line '{Echo(line)}' is web-page chrome, not article content; it was skipped.";

    public static string PlainTextHeadingUnknown(string heading) =>
        $"The heading '{Echo(heading)}' names none of the article's parts; its section was kept as an other section.";

    public static string PlainTextPartMissing(string part) =>
        $"The page text has no {part}; expected the question, the title and the summary at the top of the page.";

    public static string PlainTextDateUnreadable(string value) =>
        $"'{Echo(value)}' is not a date the importer can read; expected a date such as 'October 9, 2025', '9 October 2025' or '2025-10-09'.";

    public static string PlainTextReferenceIncomplete(string line, string missing) =>
        $"The reference at '{Echo(line)}' has no {missing}; expected a kind line, a title line and a 'container, year' line.";

    // ---- CC51xx -----------------------------------------------------------------------------------------

    public static string DoseTextNotUnderstood(string text) =>
        $"The dose text '{Echo(text)}' could not be read with certainty and was kept as text only; expected phrases such as '500 mg twice daily' or '0.5-1 mg at bedtime'.";

    public static string DoseTitrationNotRead(string part) =>
        $"'{Echo(part)}' is a titration step, which is kept as text only; the structured dosage holds no titration.";

    public static string DosePartNotRead(string part) =>
        $"'{Echo(part)}' cannot be carried by the structured dosage and is kept as text only; the rest was read.";

    public static string DoseFrequencyRangeNotRead(string part) =>
        $"'{Echo(part)}' gives the frequency as a range, which the structured dosage cannot carry; the frequency was left out and is kept as text only.";

    public static string DoseNumberAmbiguous(string number) =>
        $"'{Echo(number)}' could be a decimal comma or a thousands separator; the dose text was kept as text only. Expected a decimal point, such as '2.5', and no thousands separator.";

    public static string DoseConditionNotRead(string part) =>
        $"The condition '{Echo(part)}' is kept as text only; the rest was read.";

    private static string Percent(decimal share) =>
        string.Create(CultureInfo.InvariantCulture, $"{Math.Round(share * 100, 1, MidpointRounding.AwayFromZero):0.#}%");

    private static string EchoLong(string value) => value.Length <= 200 ? value : string.Concat(value.AsSpan(0, 200), "…");

    private static string Echo(string value) => value.Length <= MaxEcho ? value : string.Concat(value.AsSpan(0, MaxEcho), "…");
}
