using ClinicalContent.Model;
using ClinicalContent.Validation;

namespace ClinicalContent.Tests.Validation.Rules;

public sealed class DominantReferenceRuleTests
{
    [Fact]
    public void Validate_Seed_DoesNotWarnAtTheDefaultThreshold()
    {
        var report = new ArticleValidator(ValidationArticles.Options).Validate(File.ReadAllBytes(ValidationTestPaths.Sample("myoclonus.json")));

        report.Pointers(IssueCodes.DominantReference).Should().BeEmpty();
    }

    [Fact]
    public void Validate_SeedWithLowerThreshold_WarnsAtItsGuideline()
    {
        // The seed's ref-1 is the only source of 21 of its 38 cited statements (55%).
        var validator = new ArticleValidator(ValidationArticles.Options with { DominantReferenceShare = 0.55m });

        var report = validator.Validate(File.ReadAllBytes(ValidationTestPaths.Sample("myoclonus.json")));

        report.Pointers(IssueCodes.DominantReference).Should().Equal("/references/0");
        report.Issues.Single(i => i.Code == IssueCodes.DominantReference).Message.Should().Contain("21 of the article's 38");
    }

    [Fact]
    public void Validate_OneSourceForNearlyEverything_WarnsAtThatReference()
    {
        var article = WithFollowUpCiting(5, "guideline-a");

        var report = ValidationArticles.Validate(article);

        report.Issues.Should().ContainSingle().Which.Should().Match<ValidationIssue>(i =>
            i.Code == IssueCodes.DominantReference && i.Pointer == "/references/0" && i.Severity == IssueSeverity.Warning);
    }

    [Fact]
    public void Validate_StatementCitingTwoSources_IsNotCarriedByEither()
    {
        var article = WithFollowUpCiting(5, "guideline-a", "review-b");

        var report = ValidationArticles.Validate(article);

        report.Pointers(IssueCodes.DominantReference).Should().BeEmpty();
    }

    [Fact]
    public void Validate_FewerThanFiveCitedStatements_IsNotJudged()
    {
        // Four cited statements, all resting on the one listed reference.
        var a = ValidationArticles.Article;
        var article = a with
        {
            Diagnosis = null,
            Precautions = [a.Precautions[0] with { Points = [ValidationArticles.Cited("Drug A may cause drowsiness", "guideline-a")] }],
            References = [a.References[0]],
        };

        var report = ValidationArticles.Validate(article);

        report.Issues.Should().BeEmpty();
    }

    [Fact]
    public void Options_ShareOutsideZeroToOne_Throws()
    {
        var act = () => new ArticleValidatorOptions { DominantReferenceShare = 0m };

        act.Should().Throw<ArgumentOutOfRangeException>();
    }

    /// <summary>The base article with every statement citing guideline-a, plus follow-up points citing <paramref name="ids"/>.</summary>
    private static ClinicalArticle WithFollowUpCiting(int points, params string[] ids)
    {
        var a = ValidationArticles.Article;
        var precaution = a.Precautions[0] with { Points = [ValidationArticles.Cited("Drug A may cause drowsiness", "guideline-a")] };
        var followUp = Enumerable.Range(1, points).Select(i => ValidationArticles.Cited($"Follow-up point {i}", ids)).ToList();
        followUp.Add(ValidationArticles.Cited("Check the review of the evidence", "review-b"));
        return a with
        {
            Diagnosis = new DiagnosticApproach { Points = [ValidationArticles.Cited("Confirm the diagnosis clinically", "guideline-a")] },
            Precautions = [precaution],
            FollowUp = new FollowUpPlan { Points = [.. followUp] },
        };
    }
}
