using ClinicalContent.Model;
using ClinicalContent.Serialization;

namespace ClinicalContent.Validation.Rules;

/// <summary>
/// CC3007: an article that is not approved shows a pending-review notice, so readers know no human has signed it off.
/// </summary>
/// <remarks>Every status but <see cref="ReviewStatus.Approved"/> needs the notice, <see cref="ReviewStatus.Retired"/>
/// included: only approved articles may drop it (see <see cref="ReviewStatus"/>).</remarks>
internal sealed class PendingNoticeRule : IArticleRule
{
    public IEnumerable<string> Codes => [IssueCodes.PendingNoticeMissing];

    public void Check(ClinicalArticle article, ArticleRuleContext context)
    {
        if (article.Review is not { } review || review.Status == ReviewStatus.Approved)
        {
            return;
        }

        foreach (var notice in review.Notices)
        {
            if (notice?.Kind == ReviewNoticeKind.PendingReview)
            {
                return;
            }
        }

        context.Report(IssueCodes.PendingNoticeMissing, IssueSeverity.Error, "/review", IssueMessages.PendingNoticeMissing(StatusName(review.Status)));
    }

    private static string StatusName(ReviewStatus status)
        => (uint)status < (uint)Wire.ReviewStatus.Count ? Wire.ReviewStatus.Names[(int)status] : status.ToString();
}
