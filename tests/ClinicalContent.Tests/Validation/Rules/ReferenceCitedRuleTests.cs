using ClinicalContent.Model;
using ClinicalContent.Validation;

namespace ClinicalContent.Tests.Validation.Rules;

public sealed class ReferenceCitedRuleTests
{
    private static readonly Reference s_textbook = new() { Id = new ReferenceId("textbook-c"), Kind = ReferenceKind.Textbook, Title = "Sample textbook" };

    [Fact]
    public void Validate_ReferenceNobodyCites_WarnsAtTheReference()
    {
        var article = ValidationArticles.Article with { References = [.. ValidationArticles.Article.References, s_textbook] };

        var report = ValidationArticles.Validate(article);

        report.Issues.Should().ContainSingle().Which.Should().Match<ValidationIssue>(i =>
            i.Code == IssueCodes.ReferenceNotCited && i.Pointer == "/references/2" && i.Severity == IssueSeverity.Warning);
    }

    [Fact]
    public void Validate_ReferenceCitedOnlyByAPrecautionTitle_CountsAsCited()
    {
        var a = ValidationArticles.Article;
        var precaution = a.Precautions[0] with { Citations = [new Citation { ReferenceId = s_textbook.Id }] };
        var article = a with { Precautions = [precaution], References = [.. a.References, s_textbook] };

        var report = ValidationArticles.Validate(article);

        report.Issues.Should().BeEmpty();
    }
}
