using System.ComponentModel.DataAnnotations;

namespace ClinicalContent.Model;

/// <summary>A group of safety warnings, such as "Risk of dependence and withdrawal", after FHIR <c>ClinicalUseDefinition</c>.</summary>
public sealed record Precaution
{
    /// <summary>What the group warns about (JSON <c>kind</c>).</summary>
    public required PrecautionKind Kind { get; init; }

    /// <summary>The group's heading as written (JSON <c>title</c>).</summary>
    [StringLength(int.MaxValue, MinimumLength = 1)]
    public required string Title { get; init; }

    /// <summary>The drug or treatment the warnings concern (JSON <c>subject</c>).</summary>
    public CodedConcept? Subject { get; init; }

    /// <summary>The warnings, in order (JSON <c>points</c>).</summary>
    public EquatableArray<Statement> Points { get; init; }

    /// <summary>The references that support <see cref="Title"/> itself (JSON <c>citations</c>).</summary>
    public EquatableArray<Citation> Citations { get; init; }

    /// <summary>Members a newer schema added that this version does not know; written back unchanged.</summary>
    public UnknownMembers? UnknownMembers { get; init; }
}
