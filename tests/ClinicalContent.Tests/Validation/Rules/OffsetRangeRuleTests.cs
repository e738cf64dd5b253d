using ClinicalContent.Model;
using ClinicalContent.Validation;

namespace ClinicalContent.Tests.Validation.Rules;

public sealed class OffsetRangeRuleTests
{
    public static TheoryData<decimal, decimal, bool> Offsets => new()
    {
        { 2m, 1m, true },
        { 1m, 2m, false },
        { 1m, 1m, false },
    };

    [Theory]
    [MemberData(nameof(Offsets))]
    public void Validate_Offset_ReportsOnlyWhenLowExceedsHigh(decimal low, decimal high, bool reported)
    {
        var timing = new Timing
        {
            When = [TimingEvent.Bedtime],
            Offset = new TimeOffset { Low = low, High = high, Unit = TimeUnit.Hour, Relation = OffsetRelation.Before },
        };
        var article = ValidationArticles.WithDosage(ValidationArticles.Dosage with { Timing = timing });

        var report = ValidationArticles.Validate(article);

        string[] expected = reported ? [ValidationArticles.DosagePointer + "/timing/offset"] : [];
        report.Pointers(IssueCodes.OffsetRangeInverted).Should().Equal(expected);
    }
}
