using ClinicalContent.Model;
using ClinicalContent.Serialization;
using ClinicalContent.Tests.Generators;
using ClinicalContent.Validation;

namespace ClinicalContent.Tests.Serialization;

public sealed class ReadResultTests
{
    public static TheoryData<bool, IssueSeverity[], bool, bool> Cases => new()
    {
        { true, [], true, false },
        { true, [IssueSeverity.Warning, IssueSeverity.Information], true, false },
        { true, [IssueSeverity.Warning, IssueSeverity.Error], false, true },
        { false, [IssueSeverity.Error], false, true },
        { false, [], false, false },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void IsValidAndHasErrors_FollowTheValueAndTheErrors(bool hasValue, IssueSeverity[] severities, bool isValid, bool hasErrors)
    {
        var result = new ReadResult<ClinicalArticle>
        {
            Value = hasValue ? ModelSamples.MinimalArticle() : null,
            Issues = [.. severities.Select(static s => new ValidationIssue { Code = "CC1001", Severity = s, Message = "m", Pointer = "" })],
        };

        var flags = (result.IsValid, result.HasErrors);

        flags.Should().Be((isValid, hasErrors));
    }
}
