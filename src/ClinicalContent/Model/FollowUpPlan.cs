using System.ComponentModel.DataAnnotations;

namespace ClinicalContent.Model;

/// <summary>What happens after treatment starts: monitoring, reassessment, when to re-evaluate.</summary>
public sealed record FollowUpPlan
{
    /// <summary>A sentence that introduces the part (JSON <c>introduction</c>).</summary>
    [StringLength(int.MaxValue, MinimumLength = 1)]
    public string? Introduction { get; init; }

    /// <summary>The statements of the part, in order (JSON <c>points</c>).</summary>
    public EquatableArray<Statement> Points { get; init; }

    /// <summary>Members a newer schema added that this version does not know; written back unchanged.</summary>
    public UnknownMembers? UnknownMembers { get; init; }
}
