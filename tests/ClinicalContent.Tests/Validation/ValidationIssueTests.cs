using ClinicalContent.Validation;

namespace ClinicalContent.Tests.Validation;

public sealed class ValidationIssueTests
{
    [Fact]
    public void ToString_WithPosition_StartsWithLineAndColumnAndNamesCodeAndPointer()
    {
        var issue = new ValidationIssue { Code = IssueCodes.UnknownMember, Severity = IssueSeverity.Error, Message = "m", Pointer = "/a~1b", Position = new TextPosition(3, 7) };

        var text = issue.ToString();

        text.Should().Be("3:7: error CC1004: m (at '/a~1b')");
    }

    [Theory]
    [InlineData(IssueSeverity.Error, "error")]
    [InlineData(IssueSeverity.Warning, "warning")]
    [InlineData(IssueSeverity.Information, "info")]
    public void ToString_WithoutPosition_NamesTheSeverity(IssueSeverity severity, string word)
    {
        var issue = new ValidationIssue { Code = IssueCodes.ByteOrderMarkIgnored, Severity = severity, Message = "m", Pointer = "" };

        var text = issue.ToString();

        text.Should().Be($"{word} CC1017: m (at '')");
    }

    [Fact]
    public void Equals_SameMembers_AreEqual()
    {
        var first = new ValidationIssue { Code = "CC1001", Severity = IssueSeverity.Error, Message = "m", Pointer = "", Position = new TextPosition(1, 2) };

        var second = first with { };

        second.Should().Be(first);
        (second with { Position = null }).Should().NotBe(first);
    }
}
