using ArticleService.Intake;
using ArticleService.Tests.Infrastructure;
using ClinicalContent.Model;
using ClinicalContent.Validation;

namespace ArticleService.Tests.Intake;

public sealed class AcceptancePolicyTests
{
    private static readonly ClinicalArticle s_approved = TestArticles.Migraine("policy");

    private static readonly ClinicalArticle s_draft = s_approved with { Review = s_approved.Review with { Status = ReviewStatus.Draft } };

    [Theory]
    [InlineData("1.0", false)]
    [InlineData("1.1", true)]
    [InlineData("1.10", true)]
    [InlineData("2.1", false)]
    [InlineData("0.9", false)]
    [InlineData("1", false)]
    [InlineData("1.x", false)]
    [InlineData("", false)]
    public void IsNewerMinorVersion_is_true_only_for_later_minor_versions_of_the_current_major(string version, bool expected)
    {
        AcceptancePolicy.IsNewerMinorVersion(version).Should().Be(expected);
    }

    [Theory]
    [InlineData(IssueCodes.ReferenceNotCited)]
    [InlineData(IssueCodes.ByteOrderMarkIgnored)]
    public void Warning_never_blocks(string code)
    {
        AcceptancePolicy.Blocks(Issue(code, IssueSeverity.Warning), s_approved).Should().BeFalse();
    }

    [Theory]
    [InlineData(IssueCodes.CitationUnresolved)]
    [InlineData(IssueCodes.DoseRangeInverted)]
    public void Content_error_blocks_an_approved_article_only(string code)
    {
        AcceptancePolicy.Blocks(Issue(code), s_approved).Should().BeTrue();
        AcceptancePolicy.Blocks(Issue(code), s_draft).Should().BeFalse();
    }

    [Theory]
    [InlineData(IssueCodes.JsonSyntaxError)]
    [InlineData(IssueCodes.InvalidEnumValue)]
    [InlineData(IssueCodes.SchemaPatternMismatch)]
    public void Syntax_shape_and_schema_errors_block_whatever_the_review_status(string code)
    {
        AcceptancePolicy.Blocks(Issue(code), s_draft).Should().BeTrue();
    }

    [Fact]
    public void Unknown_member_blocks_in_the_current_schema_version_but_not_in_a_newer_minor_one()
    {
        var newer = s_approved with { SchemaVersion = "1.4" };

        AcceptancePolicy.Blocks(Issue(IssueCodes.UnknownMember), s_approved).Should().BeTrue();
        AcceptancePolicy.Blocks(Issue(IssueCodes.UnknownMember), newer).Should().BeFalse();
    }

    [Fact]
    public void Any_error_blocks_when_no_article_could_be_built()
    {
        AcceptancePolicy.Blocks(Issue(IssueCodes.CitationUnresolved), article: null).Should().BeTrue();
    }

    private static ValidationIssue Issue(string code, IssueSeverity severity = IssueSeverity.Error)
        => new() { Code = code, Severity = severity, Message = "m", Pointer = "/title" };
}
