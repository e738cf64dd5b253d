using ClinicalContent.Validation;

namespace ClinicalContent.Tests.Validation;

public sealed class IssueMessagesTests
{
    private static readonly string s_longValue = new('x', 1000);

    public static TheoryData<string> MessagesThatEchoAValue => new()
    {
        nameof(IssueMessages.DuplicateMember),
        nameof(IssueMessages.UnknownMember),
        nameof(IssueMessages.InvalidEnumValue),
        nameof(IssueMessages.InvalidDate),
        nameof(IssueMessages.DiscriminatorUnknown),
        nameof(IssueMessages.UnsupportedSchemaVersion),
    };

    private static string Message(string name) => name switch
    {
        nameof(IssueMessages.DuplicateMember) => IssueMessages.DuplicateMember(s_longValue),
        nameof(IssueMessages.UnknownMember) => IssueMessages.UnknownMember(s_longValue, "'a'"),
        nameof(IssueMessages.InvalidEnumValue) => IssueMessages.InvalidEnumValue(s_longValue, "'a'"),
        nameof(IssueMessages.InvalidDate) => IssueMessages.InvalidDate(s_longValue, "yyyy"),
        nameof(IssueMessages.DiscriminatorUnknown) => IssueMessages.DiscriminatorUnknown(s_longValue, "'a'"),
        nameof(IssueMessages.UnsupportedSchemaVersion) => IssueMessages.UnsupportedSchemaVersion(s_longValue, "1"),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, null),
    };

    [Theory]
    [MemberData(nameof(MessagesThatEchoAValue))]
    public void Message_EchoingALongValue_ShortensItWithAnEllipsis(string name)
    {
        var message = Message(name);

        message.Should().Contain(new string('x', 60) + "…");
        message.Should().NotContain(new string('x', 61));
    }

    [Fact]
    public void Message_EchoingAShortValue_KeepsItWhole()
    {
        var message = IssueMessages.InvalidEnumValue(new string('y', 60), "'a'");

        message.Should().Contain("'" + new string('y', 60) + "'");
    }
}
