namespace ClinicalContent.Validation;

/// <summary>
/// Every issue code the library reports. A code never changes meaning once released; retired codes stay
/// reserved. docs/issue-codes.md lists each with its meaning and an example.
/// </summary>
/// <remarks>Ranges: CC1xxx JSON syntax and shape, CC2xxx schema, CC3xxx clinical content, CC4xxx references and
/// citations, CC5xxx import, CC9xxx command line.</remarks>
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
}
