using System.ComponentModel.DataAnnotations;

namespace ClinicalContent.Model;

/// <summary>A concept named in words and, optionally, by codes, after FHIR <c>CodeableConcept</c>.</summary>
/// <remarks>Whether a code exists in its system is checked behind an interface, not by this type.</remarks>
public sealed record CodedConcept
{
    /// <summary>The concept as people say it (JSON <c>text</c>), such as <c>Myoclonus</c> or <c>Clonazepam</c>.</summary>
    [StringLength(int.MaxValue, MinimumLength = 1)]
    public required string Text { get; init; }

    /// <summary>Codes for the same concept in terminologies such as SNOMED CT, ICD-10-CM or RxNorm (JSON <c>codings</c>).</summary>
    public EquatableArray<Coding> Codings { get; init; }

    /// <summary>Members a newer schema added that this version does not know; written back unchanged.</summary>
    public UnknownMembers? UnknownMembers { get; init; }
}
