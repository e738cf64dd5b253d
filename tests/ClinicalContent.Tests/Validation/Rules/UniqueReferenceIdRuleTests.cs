using ClinicalContent.Validation;

namespace ClinicalContent.Tests.Validation.Rules;

public sealed class UniqueReferenceIdRuleTests
{
    [Fact]
    public void Validate_RepeatedReferenceId_ReportsEachLaterOneAtItsId()
    {
        var references = ValidationArticles.Article.References;
        var article = ValidationArticles.Article with { References = [references[0], references[1], references[1] with { Title = "Copy" }, references[0]] };

        var report = ValidationArticles.Validate(article);

        report.CodesAndPointers().Should().Equal(
            (IssueCodes.DuplicateReferenceId, "/references/2/id"),
            (IssueCodes.DuplicateReferenceId, "/references/3/id"));
        report.Issues[0].Message.Should().Contain("/references/1");
    }
}
