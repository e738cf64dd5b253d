using ClinicalContent.Model;
using ClinicalContent.Validation;
using ClinicalContent.Validation.Rules;

namespace ClinicalContent.Tests.Validation.Rules;

public sealed class NumberCitationRuleTests
{
    public static TheoryData<string, string?> Figures => new()
    {
        { "Effective in 90% of cases", "90%" },
        { "Typical dosage: 0.5-1 mg at bedtime", "0.5-1 mg" },
        { "Status myoclonus starting within 48 hours has poor prognosis", "48 hours" },
        { "May be taken 1-2 hours before bedtime", "1-2 hours" },
        { "Give 10 mg/kg every 8 h", "10 mg/kg" },
        { "Up to 4 g per day", "4 g" },
        { "Vitamin D 1000 IU daily", "1000 IU" },
        { "Reassess after 2 weeks", "2 weeks" },
        { "A 24-hour urine collection", "24-hour" },
        { "COVID-19 pneumonia", null },
        { "Type 2 diabetes", null },
        { "Vitamin B12 deficiency", null },
        { "5-HT3 antagonists", null },
        { "ICD-10 code G25.3", null },
        { "CURB-65 score of 2 or more", null },
        { "Within the first week of treatment", null },
    };

    [Theory]
    [MemberData(nameof(Figures))]
    public void FindFigure_Text_FindsPercentagesDosesAndTimesOnly(string text, string? figure)
    {
        var found = NumberCitationRule.FindFigure(text);

        found.Should().Be(figure);
    }

    [Fact]
    public void Validate_UncitedStatementWithFigure_WarnsAtTheStatement()
    {
        var a = ValidationArticles.Article;
        var article = a with { FollowUp = a.FollowUp! with { Points = [.. a.FollowUp.Points, new Statement { Text = "Reassess within 48 hours" }] } };

        var report = ValidationArticles.Validate(article);

        report.Issues.Should().ContainSingle().Which.Should().Match<ValidationIssue>(i =>
            i.Code == IssueCodes.NumberWithoutCitation && i.Pointer == "/followUp/points/1" && i.Severity == IssueSeverity.Warning);
    }

    [Fact]
    public void Validate_UncitedLeadInWithFigureAndCitedPoints_StillWarns()
    {
        // The lead-in states its own figure; its points' citations support the points.
        var a = ValidationArticles.Article;
        var leadIn = new Statement
        {
            Text = "Clonazepam 0.5-1 mg at bedtime",
            Points = [ValidationArticles.Cited("Beneficial effects within the first week", "guideline-a")],
        };
        var article = a with { FollowUp = a.FollowUp! with { Points = [.. a.FollowUp.Points, leadIn] } };

        var report = ValidationArticles.Validate(article);

        report.Pointers(IssueCodes.NumberWithoutCitation).Should().Equal("/followUp/points/1");
    }

    [Fact]
    public void Validate_UncitedLeadInWithoutFigure_ReportsNothing()
    {
        var a = ValidationArticles.Article;
        var leadIn = new Statement
        {
            Text = "Evaluate for potential causes including",
            Points = [ValidationArticles.Cited("Drug reactions", "guideline-a")],
        };
        var article = a with { FollowUp = a.FollowUp! with { Points = [.. a.FollowUp.Points, leadIn] } };

        var report = ValidationArticles.Validate(article);

        report.Issues.Should().BeEmpty();
    }

    [Fact]
    public void Validate_CitedStatementWithFigure_ReportsNothing()
    {
        var article = ValidationArticles.Article;

        var report = ValidationArticles.Validate(article);

        report.Issues.Should().BeEmpty();
    }
}
