using System.ComponentModel.DataAnnotations;

namespace ClinicalContent.Model;

/// <summary>A part of an answer that lists treatments: first-line therapy or the alternatives.</summary>
public sealed record TherapySection
{
    /// <summary>A sentence that introduces the options (JSON <c>introduction</c>), such as
    /// "Combination therapy may be required in refractory cases".</summary>
    [StringLength(int.MaxValue, MinimumLength = 1)]
    public string? Introduction { get; init; }

    /// <summary>The treatments, in the order the source gave them (JSON <c>options</c>).</summary>
    public EquatableArray<TherapyOption> Options { get; init; }

    /// <summary>Members a newer schema added that this version does not know; written back unchanged.</summary>
    public UnknownMembers? UnknownMembers { get; init; }
}
