using ClinicalContent.Model;
using ClinicalContent.Validation;

namespace ClinicalContent.Tests.Validation.Rules;

public sealed class DoseRangeRuleTests
{
    public static TheoryData<decimal, decimal, bool> Ranges => new()
    {
        { 2m, 1m, true },
        { 1.01m, 1m, true },
        { 1m, 1m, false },
        { 0.5m, 1m, false },
    };

    [Theory]
    [MemberData(nameof(Ranges))]
    public void Validate_DoseRange_ReportsOnlyWhenLowExceedsHigh(decimal low, decimal high, bool reported)
    {
        var article = ValidationArticles.WithDosage(ValidationArticles.Dosage with { Dose = new DoseRange { Low = low, High = high, Unit = "mg" } });

        var report = ValidationArticles.Validate(article);

        string[] expected = reported ? [ValidationArticles.DosagePointer + "/dose"] : [];
        report.Pointers(IssueCodes.DoseRangeInverted).Should().Equal(expected);
    }

    [Fact]
    public void Validate_InvertedRange_IsAnError()
    {
        var article = ValidationArticles.WithDosage(ValidationArticles.Dosage with { Dose = new DoseRange { Low = 2, High = 1, Unit = "mg" } });

        var report = ValidationArticles.Validate(article);

        report.Issues.Should().ContainSingle().Which.Severity.Should().Be(IssueSeverity.Error);
    }
}
