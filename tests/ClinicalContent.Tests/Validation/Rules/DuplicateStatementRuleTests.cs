using ClinicalContent.Model;
using ClinicalContent.Validation;
using ClinicalContent.Validation.Rules;

namespace ClinicalContent.Tests.Validation.Rules;

public sealed class DuplicateStatementRuleTests
{
    public static TheoryData<string, string, bool> Texts => new()
    {
        { "Confirm the diagnosis clinically before treating.", "confirm the  diagnosis clinically before treating", true },
        { "Confirm the diagnosis clinically before treating.", " Confirm the diagnosis clinically before treating: ", true },
        { "Confirm the diagnosis clinically before treating.", "Confirm the diagnosis by imaging before treating.", false },
    };

    [Theory]
    [MemberData(nameof(Texts))]
    public void Validate_RepeatedStatement_WarnsAtTheLaterOne(string first, string second, bool reported)
    {
        var a = ValidationArticles.Article;
        var article = a with
        {
            Diagnosis = new DiagnosticApproach { Points = [ValidationArticles.Cited(first, "review-b")] },
            FollowUp = new FollowUpPlan { Points = [ValidationArticles.Cited(second, "guideline-a")] },
        };

        var report = ValidationArticles.Validate(article);

        string[] expected = reported ? ["/followUp/points/0"] : [];
        report.Pointers(IssueCodes.DuplicateStatement).Should().Equal(expected);
        report.Issues.Should().NotContain(static i => i.Code == IssueCodes.DuplicateStatement && i.Severity != IssueSeverity.Warning);
    }

    [Fact]
    public void Validate_ThreeCopies_ReportsEachLaterCopyNamingTheFirst()
    {
        var a = ValidationArticles.Article;
        var point = ValidationArticles.Cited("Reassess the response at follow-up visits", "guideline-a");
        var article = a with { FollowUp = new FollowUpPlan { Points = [point, point with { Points = [point] }] } };

        var report = ValidationArticles.Validate(article);

        report.Pointers(IssueCodes.DuplicateStatement).Should().Equal("/followUp/points/1", "/followUp/points/1/points/0");
        report.Issues.Should().OnlyContain(i => i.Message.Contains("/followUp/points/0", StringComparison.Ordinal));
    }

    [Fact]
    public void Normalize_CaseSpaceAndTrailingPunctuation_AreIgnored()
    {
        var normalized = DuplicateStatementRule.Normalize("  Use the  lowest\teffective dose. ");

        normalized.Should().Be("USE THE LOWEST EFFECTIVE DOSE");
    }
}
