using ClinicalContent.Model;

namespace ClinicalContent.Validation.Rules;

/// <summary>CC3003: dose, maximum-dose and efficacy units come from the table of clinical UCUM units (<see cref="ClinicalUnits"/>); reported at the unit.</summary>
internal sealed class UnitRule : IArticleRule
{
    public IEnumerable<string> Codes => [IssueCodes.UnitUnknown];

    public void Check(ClinicalArticle article, ArticleRuleContext context)
    {
        foreach (var (option, pointer) in context.TherapyOptions)
        {
            if (option.Efficacy is { } efficacy)
            {
                Check(context, efficacy.Unit, pointer + "/efficacy/unit");
            }
        }

        foreach (var (dosage, pointer) in context.Dosages)
        {
            if (dosage.Dose is { } dose)
            {
                Check(context, dose.Unit, pointer + "/dose/unit");
            }

            if (dosage.MaximumDose?.Amount is { } amount)
            {
                Check(context, amount.Unit, pointer + "/maximumDose/amount/unit");
            }
        }
    }

    private static void Check(ArticleRuleContext context, string? unit, string pointer)
    {
        unit ??= string.Empty;
        if (!ClinicalUnits.IsKnown(unit))
        {
            context.Report(IssueCodes.UnitUnknown, IssueSeverity.Error, pointer, IssueMessages.UnitUnknown(unit, ClinicalUnits.SuggestionFor(unit)));
        }
    }
}
