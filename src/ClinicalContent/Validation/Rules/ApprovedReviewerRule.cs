using ClinicalContent.Model;

namespace ClinicalContent.Validation.Rules;

/// <summary>CC3004: an approved article names at least one reviewer (a reviewer whose name is not blank).</summary>
internal sealed class ApprovedReviewerRule : IArticleRule
{
    public IEnumerable<string> Codes => [IssueCodes.ApprovedWithoutReviewer];

    public void Check(ClinicalArticle article, ArticleRuleContext context)
    {
        if (article.Review is not { Status: ReviewStatus.Approved } review)
        {
            return;
        }

        foreach (var reviewer in review.Reviewers)
        {
            if (!string.IsNullOrWhiteSpace(reviewer?.Name))
            {
                return;
            }
        }

        var pointer = review.Reviewers.IsEmpty ? "/review" : "/review/reviewers";
        context.Report(IssueCodes.ApprovedWithoutReviewer, IssueSeverity.Error, pointer, IssueMessages.ApprovedWithoutReviewer());
    }
}
