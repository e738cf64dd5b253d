using System.ComponentModel.DataAnnotations;

namespace ClinicalContent.Model;

/// <summary>A pointer from a statement to the <see cref="Reference"/> that supports it.</summary>
/// <remarks>The number a reader sees is derived from first appearance when rendering; it is never stored.</remarks>
public sealed record Citation
{
    /// <summary>The <see cref="Reference.Id"/> of the cited reference (JSON <c>referenceId</c>).</summary>
    [RegularExpression(@"^[A-Za-z0-9][A-Za-z0-9._:-]*$")]
    public required ReferenceId ReferenceId { get; init; }

    /// <summary>Where in the source the support is, such as <c>p. 4</c> or <c>table 2</c> (JSON <c>locator</c>), after CSL's locator.</summary>
    [StringLength(int.MaxValue, MinimumLength = 1)]
    public string? Locator { get; init; }

    /// <summary>Members a newer schema added that this version does not know; written back unchanged.</summary>
    public UnknownMembers? UnknownMembers { get; init; }
}
