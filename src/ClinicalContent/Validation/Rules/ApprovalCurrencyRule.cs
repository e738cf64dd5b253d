using ClinicalContent.Model;

namespace ClinicalContent.Validation.Rules;

/// <summary>
/// CC3009 (warning): an approved article has not changed since it was last signed off — its <c>lastUpdated</c> is
/// not after the later of <c>approvedOn</c> and <c>lastReviewed</c>; reported at <c>/review/lastUpdated</c>.
/// </summary>
/// <remarks>
/// The opposite order — approved after the last update — is the normal one and is not reported: approval comes
/// after the content it approves. What deserves a warning is content that changed after its sign-off while the
/// article still claims to be approved. A later review (<c>lastReviewed</c>, FHIR's <c>lastReviewDate</c>) renews the
/// sign-off, as in FHIR, where approval happens once and reviews follow. An approved article without
/// <c>approvedOn</c> is CC3005's concern.
/// </remarks>
internal sealed class ApprovalCurrencyRule : IArticleRule
{
    public IEnumerable<string> Codes => [IssueCodes.ChangedAfterApproval];

    public void Check(ClinicalArticle article, ArticleRuleContext context)
    {
        if (article.Review is not { Status: ReviewStatus.Approved, LastUpdated: { } updated, ApprovedOn: { } approved } review)
        {
            return;
        }

        var signedOff = review.LastReviewed is { } reviewed && reviewed > approved ? reviewed : approved;
        if (updated > signedOff)
        {
            context.Report(IssueCodes.ChangedAfterApproval, IssueSeverity.Warning, "/review/lastUpdated", IssueMessages.ChangedAfterApproval(updated, signedOff));
        }
    }
}
