namespace ClinicalContent.Model;

/// <summary>The most of a drug that may be given in a period, such as "4 g per day", after FHIR <c>maxDosePerPeriod</c>.</summary>
public sealed record MaximumDose
{
    /// <summary>The largest total amount (JSON <c>amount</c>).</summary>
    public required Quantity Amount { get; init; }

    /// <summary>The period the amount applies to (JSON <c>period</c>).</summary>
    public required Duration Period { get; init; }

    /// <summary>Members a newer schema added that this version does not know; written back unchanged.</summary>
    public UnknownMembers? UnknownMembers { get; init; }
}
