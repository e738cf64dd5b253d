namespace ClinicalContent.Schema;

/// <summary>One way in which a JSON instance fails a <see cref="JsonSchema"/>: where in the instance, which keyword of
/// the schema, and what was expected.</summary>
/// <remarks>All locations are RFC 6901 JSON Pointers; <c>""</c> is the root. The message may change between
/// versions; the locations and <see cref="Keyword"/> do not.</remarks>
public sealed record SchemaError
{
    /// <summary>JSON Pointer to the offending value in the instance, for example <c>/review/status</c>. Errors of
    /// <c>required</c> and <c>dependentRequired</c> point at the object that lacks the member.</summary>
    public required string InstanceLocation { get; init; }

    /// <summary>JSON Pointer of the failing keyword along the evaluation path, which passes through every
    /// <c>$ref</c> followed, for example <c>/properties/review/$ref/properties/status/enum</c>.</summary>
    public required string KeywordLocation { get; init; }

    /// <summary>JSON Pointer of the failing keyword in the schema document, for example
    /// <c>/$defs/ReviewInfo/properties/status/enum</c>.</summary>
    public required string SchemaLocation { get; init; }

    /// <summary>The failing keyword, for example <c>enum</c> or <c>required</c>; <c>false</c> for the root
    /// schema <c>false</c>.</summary>
    public required string Keyword { get; init; }

    /// <summary>What the schema expected, in English; values echoed from the instance are shortened.</summary>
    public required string Message { get; init; }

    /// <summary>Formats the error as <c>instance-location: message (keyword-location)</c>.</summary>
    /// <returns>The error as one line of text.</returns>
    public override string ToString() => $"'{InstanceLocation}': {Message} (at '{KeywordLocation}')";
}
