using System.Reflection;
using ClinicalContent.Model;
using ClinicalContent.Serialization;
using ClinicalContent.Validation;

namespace ClinicalContent.Tests.Serialization;

/// <summary>What must hold for any read result, whatever the input.</summary>
internal static class ReadResultChecks
{
    private static readonly HashSet<string> s_declaredCodes =
    [
        .. typeof(IssueCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(static f => f.IsLiteral)
            .Select(static f => (string)f.GetRawConstantValue()!),
    ];

    /// <summary>
    /// Every issue has a declared code, a pointer and a 1-based position; a missing value comes with an error; a
    /// value read without errors writes back and reads again (tolerantly) unchanged.
    /// </summary>
    public static void ShouldBeConsistent(this ReadResult<ClinicalArticle> result)
    {
        foreach (var issue in result.Issues)
        {
            s_declaredCodes.Should().Contain(issue.Code);
            (issue.Pointer.Length == 0 || issue.Pointer[0] == '/').Should().BeTrue($"'{issue.Pointer}' must be an RFC 6901 pointer");
            issue.Position.Should().NotBeNull();
            issue.Position!.Value.Line.Should().BePositive();
            issue.Position.Value.Column.Should().BePositive();
        }

        if (result.Value is null)
        {
            result.HasErrors.Should().BeTrue("a read that builds no article must say why");
            return;
        }

        if (!result.HasErrors)
        {
            var again = ClinicalArticleJson.Read(ClinicalArticleJson.WriteToUtf8Bytes(result.Value), ClinicalArticleJsonOptions.Tolerant);
            again.Issues.Should().BeEmpty();
            again.Value.Should().Be(result.Value);
        }
    }
}
