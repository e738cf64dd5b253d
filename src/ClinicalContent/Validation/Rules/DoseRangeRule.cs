using ClinicalContent.Model;

namespace ClinicalContent.Validation.Rules;

/// <summary>CC3001: a dose range runs from low to high (<c>low</c> ≤ <c>high</c>); reported at the dose.</summary>
internal sealed class DoseRangeRule : IArticleRule
{
    public IEnumerable<string> Codes => [IssueCodes.DoseRangeInverted];

    public void Check(ClinicalArticle article, ArticleRuleContext context)
    {
        foreach (var (dosage, pointer) in context.Dosages)
        {
            if (dosage.Dose is DoseRange range && range.Low > range.High)
            {
                context.Report(IssueCodes.DoseRangeInverted, IssueSeverity.Error, pointer + "/dose", IssueMessages.DoseRangeInverted(range.Low, range.High, range.Unit));
            }
        }
    }
}
