using ClinicalContent.Model;
using ClinicalContent.Validation;

namespace ClinicalContent.Tests.Validation.Rules;

public sealed class UnitRuleTests
{
    private const string At = ValidationArticles.DosagePointer;

    public static TheoryData<string> KnownUnits => new() { "mg", "ug", "g", "mL", "[iU]", "[USP'U]", "meq", "mmol", "mg/kg", "ug/kg", "mg/kg/d", "mg/m2", "%", "{tbl}", "{puff}" };

    public static TheoryData<string> UnknownUnits => new() { "mgs", "ml", "MG", "mcg", "tablets", " mg", "" };

    [Theory]
    [MemberData(nameof(KnownUnits))]
    public void Validate_DoseInKnownUnit_ReportsNothing(string unit)
    {
        var article = ValidationArticles.WithDosage(ValidationArticles.Dosage with { Dose = new DoseQuantity { Value = 1, Unit = unit } });

        var report = ValidationArticles.Validate(article);

        report.Pointers(IssueCodes.UnitUnknown).Should().BeEmpty();
    }

    [Theory]
    [MemberData(nameof(UnknownUnits))]
    public void Validate_DoseInUnknownUnit_ReportsAtUnit(string unit)
    {
        var article = ValidationArticles.WithDosage(ValidationArticles.Dosage with { Dose = new DoseQuantity { Value = 1, Unit = unit } });

        var report = ValidationArticles.Validate(article);

        report.Pointers(IssueCodes.UnitUnknown).Should().Equal(At + "/dose/unit");
    }

    [Fact]
    public void Validate_UnitDifferingOnlyInCase_SuggestsTheUcumCode()
    {
        var article = ValidationArticles.WithDosage(ValidationArticles.Dosage with { Dose = new DoseQuantity { Value = 5, Unit = "ml" } });

        var report = ValidationArticles.Validate(article);

        report.Issues.Should().ContainSingle().Which.Message.Should().Contain("'mL'");
    }

    [Fact]
    public void Validate_MaximumDoseInUnknownUnit_ReportsAtAmountUnit()
    {
        var maximum = new MaximumDose { Amount = new Quantity { Value = 4, Unit = "grams" }, Period = new Duration { Value = 1, Unit = TimeUnit.Day } };
        var article = ValidationArticles.WithDosage(ValidationArticles.Dosage with { MaximumDose = maximum });

        var report = ValidationArticles.Validate(article);

        report.Pointers(IssueCodes.UnitUnknown).Should().Equal(At + "/maximumDose/amount/unit");
    }

    [Fact]
    public void Validate_EfficacyInUnknownUnit_ReportsAtEfficacyUnit()
    {
        var option = ValidationArticles.Article.FirstLineTherapy!.Options[0] with { Efficacy = new Efficacy { Value = 90, Unit = "percent" } };
        var article = ValidationArticles.Article with { FirstLineTherapy = new TherapySection { Options = [option] } };

        var report = ValidationArticles.Validate(article);

        report.Pointers(IssueCodes.UnitUnknown).Should().Equal("/firstLineTherapy/options/0/efficacy/unit");
    }
}
