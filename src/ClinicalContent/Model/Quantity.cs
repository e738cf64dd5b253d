using System.ComponentModel.DataAnnotations;

namespace ClinicalContent.Model;

/// <summary>An amount with its UCUM unit, after FHIR <c>SimpleQuantity</c>.</summary>
public sealed record Quantity
{
    /// <summary>The amount (JSON <c>value</c>).</summary>
    [Range(0d, double.MaxValue, MinimumIsExclusive = true)]
    public required decimal Value { get; init; }

    /// <summary>The UCUM code of the unit (JSON <c>unit</c>), such as <c>mg</c>.</summary>
    [StringLength(int.MaxValue, MinimumLength = 1)]
    public required string Unit { get; init; }

    /// <summary>Members a newer schema added that this version does not know; written back unchanged.</summary>
    public UnknownMembers? UnknownMembers { get; init; }
}
