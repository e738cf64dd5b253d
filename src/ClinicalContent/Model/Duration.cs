using System.ComponentModel.DataAnnotations;

namespace ClinicalContent.Model;

/// <summary>A length of time, such as "1 day", after FHIR <c>Duration</c>.</summary>
public sealed record Duration
{
    /// <summary>How many units (JSON <c>value</c>).</summary>
    [Range(0d, double.MaxValue)]
    public required decimal Value { get; init; }

    /// <summary>The unit of time (JSON <c>unit</c>).</summary>
    public required TimeUnit Unit { get; init; }

    /// <summary>Members a newer schema added that this version does not know; written back unchanged.</summary>
    public UnknownMembers? UnknownMembers { get; init; }
}
