using ClinicalContent.Model;

namespace ClinicalContent.Validation.Rules;

/// <summary>
/// CC3013: a timing is complete and consistent, after FHIR <c>Timing.repeat</c>: <c>period</c> and
/// <c>periodUnit</c> come together, a <c>frequency</c> needs a <c>period</c> ("2 times" means nothing without
/// "per day"), and frequency, period and a maximum dose's period are greater than zero. Reported at the member
/// that is wrong or lacks its companion.
/// </summary>
internal sealed class TimingRule : IArticleRule
{
    public IEnumerable<string> Codes => [IssueCodes.TimingInconsistent];

    public void Check(ClinicalArticle article, ArticleRuleContext context)
    {
        foreach (var (dosage, pointer) in context.Dosages)
        {
            if (dosage.Timing is { } timing)
            {
                var at = pointer + "/timing";
                if (timing.PeriodUnit is not null && timing.Period is null)
                {
                    Report(context, at + "/periodUnit", IssueMessages.TimingMemberWithout("periodUnit", "period"));
                }

                if (timing.Period is { } period)
                {
                    if (timing.PeriodUnit is null)
                    {
                        Report(context, at + "/period", IssueMessages.TimingMemberWithout("period", "periodUnit"));
                    }

                    if (period <= 0)
                    {
                        Report(context, at + "/period", IssueMessages.NotPositive("timing's period", period));
                    }
                }

                if (timing.Frequency is { } frequency)
                {
                    if (timing.Period is null)
                    {
                        Report(context, at + "/frequency", IssueMessages.TimingMemberWithout("frequency", "period"));
                    }

                    if (frequency <= 0)
                    {
                        Report(context, at + "/frequency", IssueMessages.NotPositive("timing's frequency", frequency));
                    }
                }
            }

            if (dosage.MaximumDose?.Period is { } maximumPeriod && maximumPeriod.Value <= 0)
            {
                Report(context, pointer + "/maximumDose/period/value", IssueMessages.NotPositive("maximum dose's period", maximumPeriod.Value));
            }
        }
    }

    private static void Report(ArticleRuleContext context, string pointer, string message)
        => context.Report(IssueCodes.TimingInconsistent, IssueSeverity.Error, pointer, message);
}
