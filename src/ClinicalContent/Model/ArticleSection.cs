using System.ComponentModel.DataAnnotations;

namespace ClinicalContent.Model;

/// <summary>A titled section that fits none of the six parts, so that an import never drops content.</summary>
public sealed record ArticleSection
{
    /// <summary>The section's heading (JSON <c>title</c>).</summary>
    [StringLength(int.MaxValue, MinimumLength = 1)]
    public required string Title { get; init; }

    /// <summary>A paragraph that introduces the section (JSON <c>introduction</c>).</summary>
    [StringLength(int.MaxValue, MinimumLength = 1)]
    public string? Introduction { get; init; }

    /// <summary>The statements of the section, in order (JSON <c>points</c>).</summary>
    public EquatableArray<Statement> Points { get; init; }

    /// <summary>Members a newer schema added that this version does not know; written back unchanged.</summary>
    public UnknownMembers? UnknownMembers { get; init; }
}
