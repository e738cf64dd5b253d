using System.ComponentModel.DataAnnotations;

namespace ClinicalContent.Model;

/// <summary>A notice shown to readers about the state of an article, such as "content is pending human review".</summary>
public sealed record ReviewNotice
{
    /// <summary>What the notice is about (JSON <c>kind</c>).</summary>
    public required ReviewNoticeKind Kind { get; init; }

    /// <summary>The notice as shown to readers (JSON <c>text</c>).</summary>
    [StringLength(int.MaxValue, MinimumLength = 1)]
    public required string Text { get; init; }

    /// <summary>Members a newer schema added that this version does not know; written back unchanged.</summary>
    public UnknownMembers? UnknownMembers { get; init; }
}
