using ClinicalContent.Model;

namespace ClinicalContent.Validation.Rules;

/// <summary>CC3005: an approved article has an approval date (<c>approvedOn</c>); reported at <c>/review</c>.</summary>
internal sealed class ApprovalDateRule : IArticleRule
{
    public IEnumerable<string> Codes => [IssueCodes.ApprovedWithoutDate];

    public void Check(ClinicalArticle article, ArticleRuleContext context)
    {
        if (article.Review is { Status: ReviewStatus.Approved, ApprovedOn: null })
        {
            context.Report(IssueCodes.ApprovedWithoutDate, IssueSeverity.Error, "/review", IssueMessages.ApprovedWithoutDate());
        }
    }
}
