using ClinicalContent.Model;
using ClinicalContent.Validation;

namespace ClinicalContent.Tests.Validation.Rules;

public sealed class ApprovedReviewerRuleTests
{
    [Fact]
    public void Validate_ApprovedWithoutReviewers_ReportsAtReview()
    {
        var article = ValidationArticles.WithReview(static r => r with { Reviewers = [] });

        var report = ValidationArticles.Validate(article);

        report.Pointers(IssueCodes.ApprovedWithoutReviewer).Should().Equal("/review");
    }

    [Fact]
    public void Validate_ApprovedWithOnlyBlankReviewerNames_ReportsAtReviewers()
    {
        var article = ValidationArticles.WithReview(static r => r with { Reviewers = [new Person { Name = " " }] });

        var report = ValidationArticles.Validate(article);

        report.Pointers(IssueCodes.ApprovedWithoutReviewer).Should().Equal("/review/reviewers");
    }

    [Fact]
    public void Validate_SubmittedWithoutReviewers_ReportsNothing()
    {
        var article = ValidationArticles.WithReview(static r => r with
        {
            Status = ReviewStatus.Submitted,
            Reviewers = [],
            Notices = [new ReviewNotice { Kind = ReviewNoticeKind.PendingReview, Text = "Pending review" }],
        });

        var report = ValidationArticles.Validate(article);

        report.Issues.Should().BeEmpty();
    }
}
