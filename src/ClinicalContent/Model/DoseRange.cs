namespace ClinicalContent.Model;

/// <summary>A dose given as a range, such as "0.5-1 mg" (<c>"kind": "range"</c>).</summary>
public sealed record DoseRange : Dose
{
    /// <summary>The smallest dose, in <see cref="Dose.Unit"/> (JSON <c>low</c>); never greater than <see cref="High"/>.</summary>
    public required decimal Low { get; init; }

    /// <summary>The largest dose, in <see cref="Dose.Unit"/> (JSON <c>high</c>).</summary>
    public required decimal High { get; init; }
}
