using System.ComponentModel.DataAnnotations;

namespace ClinicalContent.Model;

/// <summary>A situation that changes the advice, such as "Status Myoclonus After Cardiac Arrest".</summary>
public sealed record ClinicalScenario
{
    /// <summary>The scenario's heading (JSON <c>title</c>).</summary>
    [StringLength(int.MaxValue, MinimumLength = 1)]
    public required string Title { get; init; }

    /// <summary>The patients or condition the scenario concerns (JSON <c>population</c>).</summary>
    [StringLength(int.MaxValue, MinimumLength = 1)]
    public string? Population { get; init; }

    /// <summary>The statements of the scenario, in order (JSON <c>points</c>).</summary>
    public EquatableArray<Statement> Points { get; init; }

    /// <summary>Treatments specific to the scenario, as the structured reading of its points (JSON <c>therapies</c>).</summary>
    public EquatableArray<TherapyOption> Therapies { get; init; }

    /// <summary>Members a newer schema added that this version does not know; written back unchanged.</summary>
    public UnknownMembers? UnknownMembers { get; init; }
}
