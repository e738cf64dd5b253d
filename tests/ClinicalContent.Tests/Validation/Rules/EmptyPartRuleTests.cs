using ClinicalContent.Model;
using ClinicalContent.Validation;

namespace ClinicalContent.Tests.Validation.Rules;

public sealed class EmptyPartRuleTests
{
    public static TheoryData<string, string> EmptyParts => new()
    {
        { "diagnosis", "/diagnosis" },
        { "first-line", "/firstLineTherapy" },
        { "alternatives", "/alternatives" },
        { "scenario", "/specialScenarios/0" },
        { "precaution", "/precautions/1" },
        { "follow-up", "/followUp" },
        { "section", "/otherSections/0" },
        { "blank-summary", "/summary/text" },
        { "empty-nested-point", "/diagnosis/points/0/points/1/text" },
    };

    public static TheoryData<string> PartsWithContent => new() { "lead-in-only", "scenario-with-therapy", "precaution-title-only", "section-introduction-only" };

    [Theory]
    [MemberData(nameof(EmptyParts))]
    public void Validate_EmptyPart_ReportsAtThePart(string name, string expectedPointer)
    {
        var article = Build(name);

        var report = ValidationArticles.Validate(article);

        report.Pointers(IssueCodes.EmptyPart).Should().Equal(expectedPointer);
    }

    [Theory]
    [MemberData(nameof(PartsWithContent))]
    public void Validate_PartWithSomeContent_ReportsNothing(string name)
    {
        var article = Build(name);

        var report = ValidationArticles.Validate(article);

        report.Pointers(IssueCodes.EmptyPart).Should().BeEmpty();
    }

    private static ClinicalArticle Build(string name)
    {
        var a = ValidationArticles.Article;
        var cited = ValidationArticles.Cited("Applies to everyone", "review-b");
        return name switch
        {
            "diagnosis" => a with { Diagnosis = new DiagnosticApproach { Introduction = " " } },
            "first-line" => a with { FirstLineTherapy = new TherapySection(), Alternatives = a.FirstLineTherapy },
            "alternatives" => a with { Alternatives = new TherapySection() },
            "scenario" => a with { SpecialScenarios = [new ClinicalScenario { Title = "Pregnancy" }] },
            "precaution" => a with { Precautions = [a.Precautions[0], new Precaution { Kind = PrecautionKind.Warning, Title = "", Citations = cited.Citations }] },
            "follow-up" => a with { FollowUp = new FollowUpPlan() },
            "section" => a with { OtherSections = [new ArticleSection { Title = "Notes" }] },
            "blank-summary" => a with { Summary = a.Summary with { Text = "\t" } },
            "empty-nested-point" => a with
            {
                Diagnosis = a.Diagnosis! with { Points = [a.Diagnosis.Points[0] with { Points = [cited, cited with { Text = "" }] }] },
            },
            "lead-in-only" => a with { Alternatives = new TherapySection { Introduction = "Combination therapy may be required" } },
            "scenario-with-therapy" => a with { SpecialScenarios = [new ClinicalScenario { Title = "Pregnancy", Therapies = a.FirstLineTherapy!.Options }] },
            "precaution-title-only" => a with { Precautions = [a.Precautions[0], new Precaution { Kind = PrecautionKind.Warning, Title = "Avoid alcohol", Citations = cited.Citations }] },
            "section-introduction-only" => a with { OtherSections = [new ArticleSection { Title = "Notes", Introduction = "See the guideline." }] },
            _ => throw new ArgumentOutOfRangeException(nameof(name), name, null),
        };
    }
}
