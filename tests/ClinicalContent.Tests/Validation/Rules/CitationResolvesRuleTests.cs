using ClinicalContent.Model;
using ClinicalContent.Validation;

namespace ClinicalContent.Tests.Validation.Rules;

public sealed class CitationResolvesRuleTests
{
    [Fact]
    public void Validate_DanglingCitations_ReportsEveryOccurrenceAtItsReferenceId()
    {
        var a = ValidationArticles.Article;
        var option = a.FirstLineTherapy!.Options[0] with
        {
            Points = [a.FirstLineTherapy.Options[0].Points[0] with { Points = [ValidationArticles.Cited("Take with food", "guideline-a", "ref-9")] }],
            Citations = [new Citation { ReferenceId = new ReferenceId("ref-9") }],
        };
        var precaution = a.Precautions[0] with { Citations = [new Citation { ReferenceId = new ReferenceId("label-z") }] };
        var article = a with { FirstLineTherapy = new TherapySection { Options = [option] }, Precautions = [precaution] };

        var report = ValidationArticles.Validate(article);

        report.Pointers(IssueCodes.CitationUnresolved).Should().Equal(
            "/firstLineTherapy/options/0/points/0/points/0/citations/1/referenceId",
            "/firstLineTherapy/options/0/citations/0/referenceId",
            "/precautions/0/citations/0/referenceId");
        report.Issues.Where(i => i.Code == IssueCodes.CitationUnresolved).Should().OnlyContain(i => i.Severity == IssueSeverity.Error);
    }

    [Fact]
    public void Validate_CitationsMatchIdsExactly_CaseMatters()
    {
        var article = ValidationArticles.Article with { Summary = ValidationArticles.Cited("Drug A is first-line.", "Guideline-A", "guideline-a") };

        var report = ValidationArticles.Validate(article);

        report.Pointers(IssueCodes.CitationUnresolved).Should().Equal("/summary/citations/0/referenceId");
    }
}
