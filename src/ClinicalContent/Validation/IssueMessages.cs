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

    private static string Echo(string value) => value.Length <= MaxEcho ? value : string.Concat(value.AsSpan(0, MaxEcho), "…");
}
