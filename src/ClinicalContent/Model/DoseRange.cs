using System.ComponentModel.DataAnnotations;

namespace ClinicalContent.Model;

/// <summary>A dose given as a range, such as "0.5-1 mg" (<c>"kind": "range"</c>).</summary>
public sealed record DoseRange : Dose
{
    /// <summary>The smallest dose, in <see cref="Dose.Unit"/> (JSON <c>low</c>); never greater than <see cref="High"/>.</summary>
    [Range(0d, double.MaxValue, MinimumIsExclusive = true)]
    public required decimal Low { get; init; }

    /// <summary>The largest dose, in <see cref="Dose.Unit"/> (JSON <c>high</c>).</summary>
    [Range(0d, double.MaxValue, MinimumIsExclusive = true)]
    public required decimal High { get; init; }
}
