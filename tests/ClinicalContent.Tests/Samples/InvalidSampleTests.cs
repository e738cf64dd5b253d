using System.Text.Json;
using ClinicalContent.Tests.Validation;
using ClinicalContent.Validation;

namespace ClinicalContent.Tests.Samples;

/// <summary>
/// Every samples/invalid/&lt;case&gt;.json must give exactly the codes and pointers of &lt;case&gt;.expected.json, in
/// report order, under default options; and every declared code must have a case or a reason why it cannot have one.
/// </summary>
public sealed class InvalidSampleTests
{
    /// <summary>Codes no samples/invalid case can produce under default options, and why.</summary>
    private static readonly Dictionary<string, string> s_exempt = new(StringComparer.Ordinal)
    {
        // Needs a document over the 16 MiB default limit; covered by a unit test with a small MaxDocumentLength.
        [IssueCodes.DocumentTooLarge] = "size limit",
        // The reader checks every type the schema states (CC1007, CC1009), so the schema's type error is always dropped as a repeat.
        [IssueCodes.SchemaTypeMismatch] = "reader checks types",
        // The reader reports every missing required member (CC1005, CC1012 for 'kind'); the schema's repeat is dropped.
        [IssueCodes.SchemaRequiredMissing] = "reader checks required members",
        // Strict reading reports unknown members as CC1004; CC2003 arises only with tolerant reading (unit-tested).
        [IssueCodes.SchemaPropertyNotAllowed] = "tolerant reading only",
        // Enumerations are checked by the reader (CC1008); the only 'const' (a dose's kind) sits inside 'oneOf', whose summary stands for it.
        [IssueCodes.SchemaValueNotAllowed] = "reader checks enumerations",
        // The only composition ('oneOf' on a dose) fails only for problems the reader (CC1012, CC1013, CC1004) or the rules (CC3002, CC3003) report inside it.
        [IssueCodes.SchemaCompositionFailed] = "covered by inner issues",
        // The article schema uses no keyword that maps here (minProperties, propertyNames, dependentRequired …).
        [IssueCodes.SchemaConstraintFailed] = "no such keyword in the schema",
        // CC9xxx are the command line's codes about its inputs (a missing path, a pattern matching nothing, a defect in
        // the tool); they cannot arise from a JSON file, so no samples/invalid case can show them. The CLI tests cover them.
        [IssueCodes.InputUnreadable] = "command line: unreadable input",
        [IssueCodes.NoInputFound] = "command line: no input found",
        [IssueCodes.InternalError] = "command line: defect in the tool",
        [IssueCodes.OutputUnwritable] = "command line: an output file could not be written",
    };

    public static TheoryData<string> Cases
    {
        get
        {
            var data = new TheoryData<string>();
            foreach (var name in CaseNames())
            {
                data.Add(name);
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Validate_InvalidSample_ReportsExactlyTheExpectedCodesAndPointers(string name)
    {
        var expected = Expected(name);

        var report = ArticleValidator.Default.Validate(File.ReadAllBytes(Path.Combine(ValidationTestPaths.InvalidSamples, name + ".json")));

        report.CodesAndPointers().Should().Equal(expected);
        report.Issues.Should().OnlyContain(static i => i.Position != null);
    }

    [Fact]
    public void InvalidSamples_CoverEveryDeclaredCodeOrExemptIt()
    {
        // CC5xxx (import) codes come from Markdown and plain text, CC6xxx from other formats (CSL-JSON), and CC7xxx from the
        // FHIR export's loss report and FHIR import, not from validating article JSON; they are out of scope here. Every other
        // declared code needs a case or an entry in s_exempt.
        var covered = CaseNames().SelectMany(static n => Expected(n)).Select(static e => e.Code).ToHashSet(StringComparer.Ordinal);

        var uncovered = IssueCodesTests.Declared
            .Select(static d => d.Code)
            .Where(static c => !c.StartsWith("CC5", StringComparison.Ordinal) && !c.StartsWith("CC6", StringComparison.Ordinal) && !c.StartsWith("CC7", StringComparison.Ordinal))
            .Where(c => !covered.Contains(c) && !s_exempt.ContainsKey(c));

        uncovered.Should().BeEmpty("every code that can arise from JSON needs a samples/invalid case");
    }

    [Fact]
    public void InvalidSamples_ExemptNoCodeThatHasACase()
    {
        var covered = CaseNames().SelectMany(static n => Expected(n)).Select(static e => e.Code).ToHashSet(StringComparer.Ordinal);

        s_exempt.Keys.Should().NotIntersectWith(covered);
    }

    [Fact]
    public void InvalidSamples_ExemptOnlyDeclaredCodes()
    {
        var declared = IssueCodesTests.Declared.Select(static d => d.Code);

        s_exempt.Keys.Should().BeSubsetOf(declared);
    }

    [Fact]
    public void InvalidSamples_EachCaseHasItsExpectations()
    {
        var inputs = Directory.EnumerateFiles(ValidationTestPaths.InvalidSamples, "*.json")
            .Select(Path.GetFileName)
            .Where(static f => !f!.EndsWith(".expected.json", StringComparison.Ordinal))
            .Select(static f => Path.GetFileNameWithoutExtension(f!));

        inputs.Should().BeEquivalentTo(CaseNames());
    }

    private static IEnumerable<string> CaseNames()
        => Directory.EnumerateFiles(ValidationTestPaths.InvalidSamples, "*.expected.json")
            .Select(static f => Path.GetFileName(f)[..^".expected.json".Length])
            .Order(StringComparer.Ordinal);

    private static List<(string Code, string Pointer)> Expected(string name)
    {
        using var document = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(ValidationTestPaths.InvalidSamples, name + ".expected.json")));
        return [.. document.RootElement.GetProperty("issues").EnumerateArray()
            .Select(static i => (i.GetProperty("code").GetString()!, i.GetProperty("pointer").GetString()!))];
    }
}
