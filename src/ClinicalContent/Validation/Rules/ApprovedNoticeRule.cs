using ClinicalContent.Model;

namespace ClinicalContent.Validation.Rules;

/// <summary>CC3006: an approved article shows no pending-review notice; each such notice is reported.</summary>
internal sealed class ApprovedNoticeRule : IArticleRule
{
    public IEnumerable<string> Codes => [IssueCodes.ApprovedWithPendingNotice];

    public void Check(ClinicalArticle article, ArticleRuleContext context)
    {
        if (article.Review is not { Status: ReviewStatus.Approved })
        {
            return;
        }

        foreach (var (notice, pointer) in context.Notices)
        {
            if (notice.Kind == ReviewNoticeKind.PendingReview)
            {
                context.Report(IssueCodes.ApprovedWithPendingNotice, IssueSeverity.Error, pointer, IssueMessages.ApprovedWithPendingNotice());
            }
        }
    }
}
