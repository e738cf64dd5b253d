using ClinicalContent.Model;

namespace ClinicalContent.Validation.Rules;

/// <summary>CC3012: a timing offset runs from low to high (<c>low</c> ≤ <c>high</c>); reported at the offset.</summary>
internal sealed class OffsetRangeRule : IArticleRule
{
    public IEnumerable<string> Codes => [IssueCodes.OffsetRangeInverted];

    public void Check(ClinicalArticle article, ArticleRuleContext context)
    {
        foreach (var (dosage, pointer) in context.Dosages)
        {
            if (dosage.Timing?.Offset is { } offset && offset.Low > offset.High)
            {
                context.Report(IssueCodes.OffsetRangeInverted, IssueSeverity.Error, pointer + "/timing/offset", IssueMessages.OffsetRangeInverted(offset.Low, offset.High));
            }
        }
    }
}
