using ClinicalContent.Model.Collections;
using ClinicalContent.Serialization;
using ClinicalContent.Tests.Serialization;
using ClinicalContent.Validation;

namespace ClinicalContent.Tests;

public sealed class ClinicalContentExceptionTests
{
    private static ValidationIssue Issue(string code, IssueSeverity severity) =>
        new() { Code = code, Severity = severity, Message = "m", Pointer = "/p" };

    [Fact]
    public void Constructor_WithIssues_CarriesThemAll()
    {
        EquatableArray<ValidationIssue> issues = [Issue(IssueCodes.ByteOrderMarkIgnored, IssueSeverity.Warning), Issue(IssueCodes.UnknownMember, IssueSeverity.Error)];

        var exception = new ClinicalContentException(issues);

        exception.Issues.Should().Equal(issues);
    }

    [Fact]
    public void Message_WithIssues_NamesTheFirstErrorsCodeAndTheErrorCount()
    {
        EquatableArray<ValidationIssue> issues =
        [
            Issue(IssueCodes.ByteOrderMarkIgnored, IssueSeverity.Warning),
            Issue(IssueCodes.NullNotAllowed, IssueSeverity.Error),
            Issue(IssueCodes.UnknownMember, IssueSeverity.Error),
        ];

        var message = new ClinicalContentException(issues).Message;

        message.Should().Contain(IssueCodes.NullNotAllowed).And.Contain("2").And.NotContain(IssueCodes.ByteOrderMarkIgnored).And.NotContain(IssueCodes.UnknownMember);
    }

    [Fact]
    public void Message_OfAHugeInvalidDocument_StaysShort()
    {
        var json = JsonText.With("\"audience\":\"" + new string('z', 100_000) + "\"");

        var act = () => ClinicalArticleJson.ReadOrThrow(json);

        act.Should().Throw<ClinicalContentException>().Which.Message.Length.Should().BeLessThan(600);
    }

    [Fact]
    public void Constructor_WithoutArguments_HasAMessageAndNoIssues()
    {
        var exception = new ClinicalContentException();

        exception.Message.Should().NotBeNullOrWhiteSpace();
        exception.Issues.Should().BeEmpty();
    }

    [Fact]
    public void Constructor_WithMessageAndInnerException_KeepsBoth()
    {
        var inner = new IOException("disk");

        var exception = new ClinicalContentException("outer", inner);

        exception.Message.Should().Be("outer");
        exception.InnerException.Should().BeSameAs(inner);
        exception.Issues.Should().BeEmpty();
    }

    [Fact]
    public void Constructor_WithMessage_KeepsIt()
    {
        var exception = new ClinicalContentException("outer");

        exception.Message.Should().Be("outer");
    }
}
