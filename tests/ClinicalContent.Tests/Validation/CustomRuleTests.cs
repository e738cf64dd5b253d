using ClinicalContent.Model;
using ClinicalContent.Validation;

namespace ClinicalContent.Tests.Validation;

public sealed class CustomRuleTests
{
    private const string ShoutingCode = "XY0001";

    [Fact]
    public void Validate_WithAdditionalRule_ReportsItsIssuesWithPositions()
    {
        var validator = new ArticleValidator(ValidationArticles.Options with { AdditionalRules = [new ShoutingRule()] });
        var json = ValidationArticles.Json.Replace("Drug A may cause drowsiness", "DRUG A MAY CAUSE DROWSINESS", StringComparison.Ordinal);

        var report = validator.Validate(json);

        report.Issues.Should().ContainSingle().Which.Should().Match<ValidationIssue>(i =>
            i.Code == ShoutingCode && i.Pointer == "/precautions/0/points/0" && i.Severity == IssueSeverity.Warning && i.Position != null);
    }

    [Fact]
    public void Validate_WithAdditionalRule_AcceptsOverridesForItsDeclaredCode()
    {
        var validator = new ArticleValidator(ValidationArticles.Options with
        {
            AdditionalRules = [new ShoutingRule()],
            SeverityOverrides = new Dictionary<string, IssueSeverity> { [ShoutingCode] = IssueSeverity.Error },
        });
        var article = ValidationArticles.Article with { Summary = ValidationArticles.Cited("DRUG A IS FIRST-LINE", "guideline-a") };

        var report = validator.Validate(article);

        report.CodesAndPointers().Should().Equal((ShoutingCode, "/summary"));
        report.IsValid.Should().BeFalse();
    }

    [Fact]
    public void Constructor_OverrideForACodeNoRuleDeclares_Throws()
    {
        var options = ValidationArticles.Options with
        {
            SeverityOverrides = new Dictionary<string, IssueSeverity> { [ShoutingCode] = IssueSeverity.Error },
        };

        var act = () => new ArticleValidator(options);

        act.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void Context_Report_RejectsAPointerThatIsNotAJsonPointer()
    {
        var validator = new ArticleValidator(ValidationArticles.Options with { AdditionalRules = [new BadPointerRule()] });

        var act = () => validator.Validate(ValidationArticles.Article);

        act.Should().Throw<ArgumentException>().WithParameterName("pointer");
    }

    [Fact]
    public void Context_Combine_EscapesTildeAndSlash()
    {
        var pointer = ArticleRuleContext.Combine("/otherSections/0", "a/b~c");

        pointer.Should().Be("/otherSections/0/a~1b~0c");
    }

    /// <summary>Warns about statements written in capitals, to show how a user adds a rule.</summary>
    private sealed class ShoutingRule : IArticleRule
    {
        public IEnumerable<string> Codes => [ShoutingCode];

        public void Check(ClinicalArticle article, ArticleRuleContext context)
        {
            foreach (var (statement, pointer) in context.Statements)
            {
                if (statement.Text.Any(char.IsLetter) && !statement.Text.Any(char.IsLower))
                {
                    context.Report(ShoutingCode, IssueSeverity.Warning, pointer, "The statement is written in capitals; expected sentence case.");
                }
            }
        }
    }

    private sealed class BadPointerRule : IArticleRule
    {
        public void Check(ClinicalArticle article, ArticleRuleContext context)
            => context.Report("XY0002", IssueSeverity.Warning, "summary", "Not a pointer.");
    }
}
