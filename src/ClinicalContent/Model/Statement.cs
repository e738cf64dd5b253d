using System.ComponentModel.DataAnnotations;

namespace ClinicalContent.Model;

/// <summary>One claim of an article, with the references that support it and the points nested under it.</summary>
/// <remarks>A bullet of the source becomes a statement; its sub-bullets become <see cref="Points"/>.</remarks>
public sealed record Statement
{
    /// <summary>The claim as written, without citation numbers (JSON <c>text</c>).</summary>
    [StringLength(int.MaxValue, MinimumLength = 1)]
    public required string Text { get; init; }

    /// <summary>The references that support the claim, in the order the source gave them (JSON <c>citations</c>).</summary>
    public EquatableArray<Citation> Citations { get; init; }

    /// <summary>Statements nested under this one (JSON <c>points</c>).</summary>
    public EquatableArray<Statement> Points { get; init; }

    /// <summary>Members a newer schema added that this version does not know; written back unchanged.</summary>
    public UnknownMembers? UnknownMembers { get; init; }
}
