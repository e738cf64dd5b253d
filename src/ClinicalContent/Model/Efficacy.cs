using System.ComponentModel.DataAnnotations;

namespace ClinicalContent.Model;

/// <summary>A figure for how well a treatment works, such as "effective in 90% of cases".</summary>
public sealed record Efficacy
{
    /// <summary>The figure (JSON <c>value</c>), such as <c>90</c>.</summary>
    [Range(0d, double.MaxValue)]
    public required decimal Value { get; init; }

    /// <summary>The UCUM unit of <see cref="Value"/> (JSON <c>unit</c>), usually <c>%</c>.</summary>
    [StringLength(int.MaxValue, MinimumLength = 1)]
    public required string Unit { get; init; }

    /// <summary>What was measured (JSON <c>outcome</c>), such as <c>symptom control</c>.</summary>
    [StringLength(int.MaxValue, MinimumLength = 1)]
    public string? Outcome { get; init; }

    /// <summary>The patients the figure applies to (JSON <c>population</c>), such as <c>REM sleep behavior disorder</c>.</summary>
    [StringLength(int.MaxValue, MinimumLength = 1)]
    public string? Population { get; init; }

    /// <summary>Members a newer schema added that this version does not know; written back unchanged.</summary>
    public UnknownMembers? UnknownMembers { get; init; }
}
