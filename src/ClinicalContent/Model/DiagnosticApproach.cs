using System.ComponentModel.DataAnnotations;

namespace ClinicalContent.Model;

/// <summary>How to reach the diagnosis before treating: the first of the six parts of an answer.</summary>
/// <remarks><see cref="Points"/> hold the text as written; <see cref="CausesToEvaluate"/> and
/// <see cref="Differentials"/> are its structured reading, after schema.org <c>DDxElement</c>.</remarks>
public sealed record DiagnosticApproach
{
    /// <summary>A sentence that introduces the part (JSON <c>introduction</c>).</summary>
    [StringLength(int.MaxValue, MinimumLength = 1)]
    public string? Introduction { get; init; }

    /// <summary>The statements of the part, in order (JSON <c>points</c>).</summary>
    public EquatableArray<Statement> Points { get; init; }

    /// <summary>Underlying causes the clinician should look for (JSON <c>causesToEvaluate</c>).</summary>
    public EquatableArray<CodedConcept> CausesToEvaluate { get; init; }

    /// <summary>Conditions to distinguish from this one (JSON <c>differentials</c>).</summary>
    public EquatableArray<CodedConcept> Differentials { get; init; }

    /// <summary>Members a newer schema added that this version does not know; written back unchanged.</summary>
    public UnknownMembers? UnknownMembers { get; init; }
}
