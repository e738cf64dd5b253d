using System.ComponentModel.DataAnnotations;

namespace ClinicalContent.Model;

/// <summary>One code from a terminology, after FHIR <c>Coding</c>.</summary>
public sealed record Coding
{
    /// <summary>The URI of the code system (JSON <c>system</c>), such as <c>http://snomed.info/sct</c>,
    /// <c>http://hl7.org/fhir/sid/icd-10-cm</c> or <c>http://www.nlm.nih.gov/research/umls/rxnorm</c>.</summary>
    [SchemaFormat("uri")]
    [RegularExpression(@"^[A-Za-z][A-Za-z0-9+.-]*:[^ \t\r\n]+$")]
    public required string System { get; init; }

    /// <summary>The code within the system (JSON <c>code</c>), such as <c>G25.3</c>.</summary>
    [StringLength(int.MaxValue, MinimumLength = 1)]
    public required string Code { get; init; }

    /// <summary>The system's display text for the code (JSON <c>display</c>).</summary>
    [StringLength(int.MaxValue, MinimumLength = 1)]
    public string? Display { get; init; }

    /// <summary>Members a newer schema added that this version does not know; written back unchanged.</summary>
    public UnknownMembers? UnknownMembers { get; init; }
}
