namespace ClinicalContent.Model;

/// <summary>One drug of a treatment, with the ways it is dosed.</summary>
public sealed record TherapyComponent
{
    /// <summary>The drug (JSON <c>drug</c>), optionally coded in RxNorm.</summary>
    public required CodedConcept Drug { get; init; }

    /// <summary>The dosing instructions for the drug (JSON <c>dosages</c>).</summary>
    public EquatableArray<Dosage> Dosages { get; init; }

    /// <summary>Members a newer schema added that this version does not know; written back unchanged.</summary>
    public UnknownMembers? UnknownMembers { get; init; }
}
