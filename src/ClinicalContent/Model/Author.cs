using System.ComponentModel.DataAnnotations;

namespace ClinicalContent.Model;

/// <summary>An author of a reference, as a CSL-JSON name: family and given names, or one literal name for an organisation.</summary>
public sealed record Author
{
    /// <summary>The family name (JSON <c>family</c>), such as <c>Caviness</c>.</summary>
    [StringLength(int.MaxValue, MinimumLength = 1)]
    public string? Family { get; init; }

    /// <summary>The given names or initials (JSON <c>given</c>), such as <c>J. N.</c>.</summary>
    [StringLength(int.MaxValue, MinimumLength = 1)]
    public string? Given { get; init; }

    /// <summary>A name that is not split into parts (JSON <c>literal</c>), such as a committee.</summary>
    [StringLength(int.MaxValue, MinimumLength = 1)]
    public string? Literal { get; init; }

    /// <summary>Members a newer schema added that this version does not know; written back unchanged.</summary>
    public UnknownMembers? UnknownMembers { get; init; }
}
