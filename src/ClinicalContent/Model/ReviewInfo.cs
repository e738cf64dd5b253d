using System.ComponentModel.DataAnnotations;

namespace ClinicalContent.Model;

/// <summary>The editorial state of an article: its review status, who reviewed it and when, after FHIR metadata resources.</summary>
/// <remarks>Status and notices must agree: an article that is not <see cref="ReviewStatus.Approved"/> shows a
/// <see cref="ReviewNoticeKind.PendingReview"/> notice, and an approved one does not.</remarks>
public sealed record ReviewInfo
{
    /// <summary>Where the article stands in review (JSON <c>status</c>).</summary>
    public required ReviewStatus Status { get; init; }

    /// <summary>The people who reviewed the article (JSON <c>reviewers</c>); approval needs at least one.</summary>
    public EquatableArray<Person> Reviewers { get; init; }

    /// <summary>The body responsible for review (JSON <c>board</c>), such as <c>Medical Advisory Board</c>.</summary>
    [StringLength(int.MaxValue, MinimumLength = 1)]
    public string? Board { get; init; }

    /// <summary>When the content last changed (JSON <c>lastUpdated</c>, <c>yyyy-MM-dd</c>).</summary>
    public DateOnly? LastUpdated { get; init; }

    /// <summary>When a reviewer last checked the content (JSON <c>lastReviewed</c>, <c>yyyy-MM-dd</c>), after schema.org <c>lastReviewed</c>.</summary>
    public DateOnly? LastReviewed { get; init; }

    /// <summary>When the article was approved (JSON <c>approvedOn</c>, <c>yyyy-MM-dd</c>), after FHIR <c>approvalDate</c>.</summary>
    public DateOnly? ApprovedOn { get; init; }

    /// <summary>Notices shown to readers about the article's state (JSON <c>notices</c>).</summary>
    public EquatableArray<ReviewNotice> Notices { get; init; }

    /// <summary>Members a newer schema added that this version does not know; written back unchanged.</summary>
    public UnknownMembers? UnknownMembers { get; init; }
}
