using System.ComponentModel.DataAnnotations;

namespace ClinicalContent.Model;

/// <summary>A range of time before or after an event, such as "1-2 hours before bedtime".</summary>
/// <remarks>FHIR R4 timing carries only a single offset in minutes; exporters report the range as a loss.</remarks>
public sealed record TimeOffset
{
    /// <summary>The nearest end of the range, in <see cref="Unit"/> (JSON <c>low</c>).</summary>
    [Range(0d, double.MaxValue)]
    public required decimal Low { get; init; }

    /// <summary>The farthest end of the range, in <see cref="Unit"/> (JSON <c>high</c>); equal to <see cref="Low"/> for an exact offset.</summary>
    [Range(0d, double.MaxValue)]
    public required decimal High { get; init; }

    /// <summary>The unit of time of both ends (JSON <c>unit</c>).</summary>
    public required TimeUnit Unit { get; init; }

    /// <summary>Whether the range falls before or after the event (JSON <c>relation</c>).</summary>
    public required OffsetRelation Relation { get; init; }

    /// <summary>Members a newer schema added that this version does not know; written back unchanged.</summary>
    public UnknownMembers? UnknownMembers { get; init; }
}
