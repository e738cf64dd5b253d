using ClinicalContent.Model;

namespace ClinicalContent.Validation.Rules;

/// <summary>CC3002: a dose, each end of a dose range, and a maximum-dose amount are greater than zero; reported at the number.</summary>
internal sealed class DosePositiveRule : IArticleRule
{
    public IEnumerable<string> Codes => [IssueCodes.DoseNotPositive];

    public void Check(ClinicalArticle article, ArticleRuleContext context)
    {
        foreach (var (dosage, pointer) in context.Dosages)
        {
            switch (dosage.Dose)
            {
                case DoseQuantity quantity when quantity.Value <= 0:
                    Report(context, pointer + "/dose/value", "dose", quantity.Value);
                    break;
                case DoseRange range:
                    if (range.Low <= 0)
                    {
                        Report(context, pointer + "/dose/low", "low end of the dose range", range.Low);
                    }

                    if (range.High <= 0)
                    {
                        Report(context, pointer + "/dose/high", "high end of the dose range", range.High);
                    }

                    break;
            }

            if (dosage.MaximumDose?.Amount is { } amount && amount.Value <= 0)
            {
                Report(context, pointer + "/maximumDose/amount/value", "maximum dose", amount.Value);
            }
        }
    }

    private static void Report(ArticleRuleContext context, string pointer, string what, decimal value)
        => context.Report(IssueCodes.DoseNotPositive, IssueSeverity.Error, pointer, IssueMessages.NotPositive(what, value));
}
