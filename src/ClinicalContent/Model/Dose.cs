using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;

namespace ClinicalContent.Model;

/// <summary>How much of a drug one administration gives; <c>kind</c> on the wire selects the shape.</summary>
/// <remarks>A closed family: <see cref="DoseQuantity"/> (<c>"kind": "quantity"</c>) or
/// <see cref="DoseRange"/> (<c>"kind": "range"</c>). The <c>kind</c> member may appear anywhere in the object.</remarks>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "kind")]
[JsonDerivedType(typeof(DoseQuantity), "quantity")]
[JsonDerivedType(typeof(DoseRange), "range")]
public abstract record Dose
{
    private protected Dose()
    {
    }

    /// <summary>The UCUM code of the unit (JSON <c>unit</c>), such as <c>mg</c>, <c>ug</c>, <c>mL</c>, <c>[iU]</c> or <c>mg/kg</c>.</summary>
    [StringLength(int.MaxValue, MinimumLength = 1)]
    public required string Unit { get; init; }

    /// <summary>Members a newer schema added that this version does not know; written back unchanged.</summary>
    public UnknownMembers? UnknownMembers { get; init; }
}
