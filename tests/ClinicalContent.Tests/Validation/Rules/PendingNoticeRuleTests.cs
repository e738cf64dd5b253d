using ClinicalContent.Model;
using ClinicalContent.Validation;

namespace ClinicalContent.Tests.Validation.Rules;

public sealed class PendingNoticeRuleTests
{
    public static TheoryData<ReviewStatus> NotApproved => new()
    {
        ReviewStatus.Draft, ReviewStatus.Submitted, ReviewStatus.UnderReview, ReviewStatus.ChangesRequested, ReviewStatus.Retired,
    };

    [Theory]
    [MemberData(nameof(NotApproved))]
    public void Validate_NotApprovedWithoutPendingNotice_ReportsAtReview(ReviewStatus status)
    {
        var article = ValidationArticles.WithReview(r => r with { Status = status });

        var report = ValidationArticles.Validate(article);

        report.CodesAndPointers().Should().Equal((IssueCodes.PendingNoticeMissing, "/review"));
    }

    [Theory]
    [MemberData(nameof(NotApproved))]
    public void Validate_NotApprovedWithPendingNotice_ReportsNothing(ReviewStatus status)
    {
        var article = ValidationArticles.WithReview(r => r with
        {
            Status = status,
            Notices = [.. r.Notices, new ReviewNotice { Kind = ReviewNoticeKind.PendingReview, Text = "Pending review" }],
        });

        var report = ValidationArticles.Validate(article);

        report.Issues.Should().BeEmpty();
    }
}
