using ClinicalContent.Model;
using ClinicalContent.Validation;

namespace ClinicalContent.Tests.Validation.Rules;

public sealed class DosePositiveRuleTests
{
    private const string At = ValidationArticles.DosagePointer;

    public static TheoryData<string, string[]> Cases => new()
    {
        { "quantity-zero", [At + "/dose/value"] },
        { "quantity-negative", [At + "/dose/value"] },
        { "range-low-zero", [At + "/dose/low"] },
        { "range-both-negative", [At + "/dose/low", At + "/dose/high"] },
        { "maximum-zero", [At + "/maximumDose/amount/value"] },
        { "all-positive", [] },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Validate_DoseAmounts_ReportsEachAmountNotAboveZero(string name, string[] expected)
    {
        var article = ValidationArticles.WithDosage(Build(name));

        var report = ValidationArticles.Validate(article);

        report.Pointers(IssueCodes.DoseNotPositive).Should().Equal(expected);
    }

    private static Dosage Build(string name)
    {
        var dosage = ValidationArticles.Dosage;
        return name switch
        {
            "quantity-zero" => dosage with { Dose = new DoseQuantity { Value = 0, Unit = "mg" } },
            "quantity-negative" => dosage with { Dose = new DoseQuantity { Value = -5, Unit = "mg" } },
            "range-low-zero" => dosage with { Dose = new DoseRange { Low = 0, High = 1, Unit = "mg" } },
            "range-both-negative" => dosage with { Dose = new DoseRange { Low = -2, High = -1, Unit = "mg" } },
            "maximum-zero" => dosage with { MaximumDose = new MaximumDose { Amount = new Quantity { Value = 0, Unit = "mg" }, Period = new Duration { Value = 1, Unit = TimeUnit.Day } } },
            "all-positive" => dosage with { MaximumDose = new MaximumDose { Amount = new Quantity { Value = 40, Unit = "mg" }, Period = new Duration { Value = 1, Unit = TimeUnit.Day } } },
            _ => throw new ArgumentOutOfRangeException(nameof(name), name, null),
        };
    }
}
