using System.ComponentModel.DataAnnotations;

namespace ClinicalContent.Model;

/// <summary>A dose given as one amount, such as "10 mg" (<c>"kind": "quantity"</c>).</summary>
public sealed record DoseQuantity : Dose
{
    /// <summary>The amount, in <see cref="Dose.Unit"/> (JSON <c>value</c>).</summary>
    [Range(0d, double.MaxValue, MinimumIsExclusive = true)]
    public required decimal Value { get; init; }
}
