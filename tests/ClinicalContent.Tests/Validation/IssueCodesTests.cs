using System.Reflection;
using System.Text.RegularExpressions;
using ClinicalContent.Validation;

namespace ClinicalContent.Tests.Validation;

public sealed partial class IssueCodesTests
{
    /// <summary>Every code declared in <see cref="IssueCodes"/>, by constant name.</summary>
    internal static IReadOnlyList<(string Name, string Code)> Declared { get; } =
        [.. typeof(IssueCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(static f => f.IsLiteral && f.FieldType == typeof(string))
            .Select(static f => (f.Name, (string)f.GetRawConstantValue()!))];

    [Fact]
    public void IssueCodes_AreUnique()
    {
        var codes = Declared.Select(static d => d.Code);

        codes.Should().OnlyHaveUniqueItems();
    }

    [Fact]
    public void IssueCodes_HaveTheFormCcAndFourDigits()
    {
        var codes = Declared.Select(static d => d.Code);

        codes.Should().OnlyContain(static c => CodePattern().IsMatch(c));
    }

    [Fact]
    public void IssueCodesDoc_ListsExactlyTheDeclaredCodes()
    {
        var rows = File.ReadLines(ValidationTestPaths.IssueCodesDoc)
            .Select(static line => DocRow().Match(line))
            .Where(static m => m.Success)
            .Select(static m => (Code: m.Groups["code"].Value, Name: m.Groups["name"].Value))
            .ToList();

        rows.Select(static r => r.Code).Should().OnlyHaveUniqueItems();
        rows.Should().BeEquivalentTo(Declared.Select(static d => (Code: d.Code, Name: d.Name)));
    }

    [Fact]
    public void Catalog_KnowsEveryDeclaredCode()
    {
        var catalog = IssueCatalog.All;

        catalog.Should().BeEquivalentTo(Declared.Select(static d => d.Code));
    }

    [GeneratedRegex("^CC[0-9]{4}$")]
    private static partial Regex CodePattern();

    // A code row: | CC1234 | `ConstantName` | …
    [GeneratedRegex(@"^\| (?<code>CC[0-9]{4}) \| `(?<name>[A-Za-z0-9]+)` \|")]
    private static partial Regex DocRow();
}
