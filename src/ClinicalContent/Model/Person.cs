using System.ComponentModel.DataAnnotations;

namespace ClinicalContent.Model;

/// <summary>A named person, such as a reviewer who signed an article off.</summary>
public sealed record Person
{
    /// <summary>The person's name as it should be shown (JSON <c>name</c>).</summary>
    [StringLength(int.MaxValue, MinimumLength = 1)]
    public required string Name { get; init; }

    /// <summary>Qualifications shown after the name (JSON <c>credentials</c>), such as <c>MD, PhD</c>.</summary>
    [StringLength(int.MaxValue, MinimumLength = 1)]
    public string? Credentials { get; init; }

    /// <summary>A persistent identifier (JSON <c>identifier</c>), such as an ORCID iD URI.</summary>
    [StringLength(int.MaxValue, MinimumLength = 1)]
    public string? Identifier { get; init; }

    /// <summary>Members a newer schema added that this version does not know; written back unchanged.</summary>
    public UnknownMembers? UnknownMembers { get; init; }
}
