using System.Globalization;
using ClinicalContent.Model;

namespace ClinicalContent.Validation.Rules;

/// <summary>
/// CC3008: review dates (<c>lastUpdated</c>, <c>lastReviewed</c>, <c>approvedOn</c>) and reference dates
/// (<c>issued</c>) are not after today, in UTC, by <see cref="ArticleValidatorOptions.TimeProvider"/>.
/// </summary>
/// <remarks>A partial date is in the future only when all of it is: <c>2026</c> is not in the future during 2026,
/// <c>2026-12</c> is not during December 2026.</remarks>
internal sealed class FutureDateRule : IArticleRule
{
    public IEnumerable<string> Codes => [IssueCodes.DateInFuture];

    public void Check(ClinicalArticle article, ArticleRuleContext context)
    {
        var today = context.Today;
        if (article.Review is { } review)
        {
            Check(context, review.LastUpdated, "/review/lastUpdated", "last-updated date", today);
            Check(context, review.LastReviewed, "/review/lastReviewed", "last-reviewed date", today);
            Check(context, review.ApprovedOn, "/review/approvedOn", "approval date", today);
        }

        foreach (var (reference, pointer) in context.References)
        {
            if (reference.Issued is { } issued && Earliest(issued) > today)
            {
                context.Report(IssueCodes.DateInFuture, IssueSeverity.Error, pointer + "/issued", IssueMessages.DateInFuture("issue date", issued.ToString(), today));
            }
        }
    }

    private static void Check(ArticleRuleContext context, DateOnly? date, string pointer, string what, DateOnly today)
    {
        if (date is { } value && value > today)
        {
            context.Report(IssueCodes.DateInFuture, IssueSeverity.Error, pointer, IssueMessages.DateInFuture(what, value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), today));
        }
    }

    private static DateOnly Earliest(PartialDate date) => date.Year < 1 ? DateOnly.MinValue : new DateOnly(date.Year, date.Month ?? 1, date.Day ?? 1);
}
