using ClinicalContent.Model;
using ClinicalContent.Validation;

namespace ClinicalContent.Tests.Validation.Rules;

public sealed class TimingRuleTests
{
    private const string At = ValidationArticles.DosagePointer;

    public static TheoryData<string, string[]> Cases => new()
    {
        { "unit-without-period", [At + "/timing/periodUnit"] },
        { "period-without-unit", [At + "/timing/period"] },
        { "frequency-without-period", [At + "/timing/frequency"] },
        { "period-zero", [At + "/timing/period"] },
        { "frequency-zero", [At + "/timing/frequency"] },
        { "maximum-period-zero", [At + "/maximumDose/period/value"] },
        { "complete", [] },
        { "events-only", [] },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Validate_Timing_ReportsTheMemberThatIsWrongOrAlone(string name, string[] expected)
    {
        var article = ValidationArticles.WithDosage(Build(name));

        var report = ValidationArticles.Validate(article);

        report.Pointers(IssueCodes.TimingInconsistent).Should().Equal(expected);
    }

    private static Dosage Build(string name)
    {
        var dosage = ValidationArticles.Dosage;
        var daily = new Timing { Frequency = 1, Period = 1, PeriodUnit = TimeUnit.Day };
        return name switch
        {
            "unit-without-period" => dosage with { Timing = new Timing { PeriodUnit = TimeUnit.Day } },
            "period-without-unit" => dosage with { Timing = new Timing { Period = 1 } },
            "frequency-without-period" => dosage with { Timing = new Timing { Frequency = 2 } },
            "period-zero" => dosage with { Timing = daily with { Period = 0 } },
            "frequency-zero" => dosage with { Timing = daily with { Frequency = 0 } },
            "maximum-period-zero" => dosage with
            {
                Timing = daily,
                MaximumDose = new MaximumDose { Amount = new Quantity { Value = 40, Unit = "mg" }, Period = new Duration { Value = 0, Unit = TimeUnit.Day } },
            },
            "complete" => dosage with { Timing = daily },
            "events-only" => dosage with { Timing = new Timing { When = [TimingEvent.Bedtime] } },
            _ => throw new ArgumentOutOfRangeException(nameof(name), name, null),
        };
    }
}
