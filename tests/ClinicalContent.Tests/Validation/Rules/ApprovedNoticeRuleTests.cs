using ClinicalContent.Model;
using ClinicalContent.Validation;

namespace ClinicalContent.Tests.Validation.Rules;

public sealed class ApprovedNoticeRuleTests
{
    [Fact]
    public void Validate_ApprovedWithPendingNotice_ReportsAtEachPendingNotice()
    {
        var pending = new ReviewNotice { Kind = ReviewNoticeKind.PendingReview, Text = "Pending review" };
        var article = ValidationArticles.WithReview(r => r with { Notices = [pending, .. r.Notices, pending] });

        var report = ValidationArticles.Validate(article);

        report.Pointers(IssueCodes.ApprovedWithPendingNotice).Should().Equal("/review/notices/0", "/review/notices/2");
    }

    [Fact]
    public void Validate_ApprovedWithOtherNotices_ReportsNothing()
    {
        var article = ValidationArticles.WithReview(r => r with { Notices = [.. r.Notices, new ReviewNotice { Kind = ReviewNoticeKind.Other, Text = "Updated for 2025" }] });

        var report = ValidationArticles.Validate(article);

        report.Issues.Should().BeEmpty();
    }
}
