using ClinicalContent.Model;
using ClinicalContent.Validation;

namespace ClinicalContent.Tests.Validation.Rules;

public sealed class ApprovalDateRuleTests
{
    [Fact]
    public void Validate_ApprovedWithoutApprovalDate_ReportsAtReview()
    {
        var article = ValidationArticles.WithReview(static r => r with { ApprovedOn = null });

        var report = ValidationArticles.Validate(article);

        report.CodesAndPointers().Should().Equal((IssueCodes.ApprovedWithoutDate, "/review"));
    }

    [Fact]
    public void Validate_UnderReviewWithoutApprovalDate_ReportsNothing()
    {
        var article = ValidationArticles.WithReview(static r => r with
        {
            Status = ReviewStatus.UnderReview,
            ApprovedOn = null,
            Notices = [new ReviewNotice { Kind = ReviewNoticeKind.PendingReview, Text = "Pending review" }],
        });

        var report = ValidationArticles.Validate(article);

        report.Issues.Should().BeEmpty();
    }
}
