using ClinicalContent.Model;
using ClinicalContent.Validation;

namespace ClinicalContent.Tests.Validation.Rules;

public sealed class ApprovalCurrencyRuleTests
{
    public static TheoryData<string, string?, string?, string?, bool> Cases => new()
    {
        // status, lastUpdated, approvedOn, lastReviewed, reported
        { "approved", "2025-04-01", "2025-03-01", null, true },
        { "approved", "2025-04-01", "2025-03-01", "2025-04-02", false },
        { "approved", "2025-04-01", "2025-03-01", "2025-03-15", true },
        { "approved", "2025-03-01", "2025-04-01", null, false },
        { "approved", "2025-03-01", "2025-03-01", null, false },
        { "under-review", "2025-04-01", "2025-03-01", null, false },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Validate_ApprovedArticleChangedAfterSignOff_WarnsAtLastUpdated(string status, string? updated, string? approved, string? reviewed, bool reported)
    {
        var article = ValidationArticles.WithReview(r => r with
        {
            Status = status == "approved" ? ReviewStatus.Approved : ReviewStatus.UnderReview,
            LastUpdated = Date(updated),
            ApprovedOn = Date(approved),
            LastReviewed = Date(reviewed),
            Notices = status == "approved" ? r.Notices : [new ReviewNotice { Kind = ReviewNoticeKind.PendingReview, Text = "Pending review" }],
        });

        var report = ValidationArticles.Validate(article);

        string[] expected = reported ? ["/review/lastUpdated"] : [];
        report.Pointers(IssueCodes.ChangedAfterApproval).Should().Equal(expected);
        report.Issues.Should().NotContain(static i => i.Code == IssueCodes.ChangedAfterApproval && i.Severity != IssueSeverity.Warning);
    }

    private static DateOnly? Date(string? text) => text is null ? null : DateOnly.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
}
