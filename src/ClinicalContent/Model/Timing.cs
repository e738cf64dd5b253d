using System.ComponentModel.DataAnnotations;

namespace ClinicalContent.Model;

/// <summary>When a dose is given: against daily events, at a frequency per period, or both; after FHIR <c>Timing.repeat</c>.</summary>
/// <remarks>"Twice daily" is <see cref="Frequency"/> 2 per <see cref="Period"/> 1 <see cref="TimeUnit.Day"/>;
/// "every 8 hours" is frequency 1 per period 8 <see cref="TimeUnit.Hour"/>.</remarks>
public sealed record Timing
{
    /// <summary>The daily events the dose is timed against (JSON <c>when</c>), such as bedtime.</summary>
    [UniqueItems]
    public EquatableArray<TimingEvent> When { get; init; }

    /// <summary>How many times per <see cref="Period"/> (JSON <c>frequency</c>).</summary>
    [Range(1, int.MaxValue)]
    public int? Frequency { get; init; }

    /// <summary>The length of the repeat period, in <see cref="PeriodUnit"/> (JSON <c>period</c>).</summary>
    [Range(0d, double.MaxValue)]
    public decimal? Period { get; init; }

    /// <summary>The unit of <see cref="Period"/> (JSON <c>periodUnit</c>).</summary>
    public TimeUnit? PeriodUnit { get; init; }

    /// <summary>How long before or after the events the dose is given (JSON <c>offset</c>).</summary>
    public TimeOffset? Offset { get; init; }

    /// <summary>Members a newer schema added that this version does not know; written back unchanged.</summary>
    public UnknownMembers? UnknownMembers { get; init; }
}
