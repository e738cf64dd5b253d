using System.ComponentModel.DataAnnotations;

namespace ClinicalContent.Model;

/// <summary>How a drug is taken: the instruction as written, and its structured reading, after FHIR <c>Dosage</c>.</summary>
/// <remarks><see cref="Text"/> is always kept. The structured members are filled only where the text was read
/// with certainty; text that could not be read stays text-only rather than being guessed.</remarks>
public sealed record Dosage
{
    /// <summary>The instruction as written (JSON <c>text</c>), such as <c>0.5-1 mg at bedtime</c>.</summary>
    [StringLength(int.MaxValue, MinimumLength = 1)]
    public required string Text { get; init; }

    /// <summary>How much is given each time (JSON <c>dose</c>): one quantity or a range.</summary>
    public Dose? Dose { get; init; }

    /// <summary>How the drug is given (JSON <c>route</c>), such as <c>oral</c>; SNOMED CT codes as in FHIR.</summary>
    public CodedConcept? Route { get; init; }

    /// <summary>When the drug is given (JSON <c>timing</c>).</summary>
    public Timing? Timing { get; init; }

    /// <summary>True when the drug is taken only as needed (JSON <c>asNeeded</c>); written only when true.</summary>
    public bool AsNeeded { get; init; }

    /// <summary>What the as-needed dose is taken for (JSON <c>asNeededFor</c>), such as <c>pain</c>.</summary>
    [StringLength(int.MaxValue, MinimumLength = 1)]
    public string? AsNeededFor { get; init; }

    /// <summary>The most that may be given in a period (JSON <c>maximumDose</c>), such as 4 g per day.</summary>
    public MaximumDose? MaximumDose { get; init; }

    /// <summary>Members a newer schema added that this version does not know; written back unchanged.</summary>
    public UnknownMembers? UnknownMembers { get; init; }
}
