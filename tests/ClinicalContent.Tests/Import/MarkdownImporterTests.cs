using ClinicalContent.Import;
using ClinicalContent.Model;
using ClinicalContent.Validation;
using FluentAssertions;
using Xunit;

namespace ClinicalContent.Tests.Import;

public sealed class MarkdownImporterTests
{
    private const string FrontMatter = """
        ---
        schemaVersion: 1.0
        id: myoclonus-treatment
        language: en
        question: What is the treatment for involuntary muscle jerking?
        condition:
          text: Myoclonus
          codings:
            - system: http://snomed.info/sct
              code: "17450006"
        audience: clinician
        review:
          status: draft
        ---

        """;

    private const string HandWritten = FrontMatter + """
        # Myoclonus Treatment

        Treatment depends on the underlying cause [1].

        ## Initial treatment

        - Clonazepam: first-line treatment for most forms of myoclonus [1]
          - Typical dosage: 0.5-1 mg at bedtime [1]
        - Levetiracetam is effective for cortical myoclonus [2]

        ## Safety considerations

        ### Benzodiazepines

        - Sedation and dependence can occur [1]

        ## References

        1. Caviness JN. Myoclonus. Continuum, 2019.
        2. Smith A. Levetiracetam in myoclonus. Neurology, 2020.
        """;

    [Fact]
    public void Import_HandWrittenArticle_RecognisesTherapies()
    {
        var result = MarkdownImporter.Import(HandWritten);

        result.Value.Should().NotBeNull();
        var options = result.Value!.FirstLineTherapy!.Options;
        options.Select(o => o.Name).Should().Contain(n => n.Contains("Clonazepam", StringComparison.OrdinalIgnoreCase));
        options.Should().HaveCountGreaterThanOrEqualTo(2);
        result.Value.Title.Should().Be("Myoclonus Treatment");
        result.Value.Summary.Citations.Should().ContainSingle().Which.ReferenceId.Should().Be(new ReferenceId("ref-1"));
    }

    [Fact]
    public void Import_HandWrittenArticle_ReadsDoseLine()
    {
        var result = MarkdownImporter.Import(HandWritten);

        result.Value.Should().NotBeNull();
        var clonazepam = result.Value!.FirstLineTherapy!.Options.First(o => o.Name.Contains("Clonazepam", StringComparison.OrdinalIgnoreCase));
        clonazepam.Components.SelectMany(c => c.Dosages).Should().Contain(d => d.Dose != null);
    }

    [Fact]
    public void Import_HandWrittenArticle_MapsPartsAndReferences()
    {
        var result = MarkdownImporter.Import(HandWritten);

        result.Value.Should().NotBeNull();
        result.Value!.Precautions.Should().ContainSingle().Which.Title.Should().Be("Benzodiazepines");
        result.Value.References.Should().HaveCount(2);
        result.Issues.Select(i => i.Code).Should().Contain(IssueCodes.MarkdownReferenceIncomplete);
    }

    public static TheoryData<string, string, int> MalformedCases() => new()
    {
        { FrontMatter.Replace("audience: clinician", "audience: [clinician", StringComparison.Ordinal) + "# T\n\nS\n", IssueCodes.MarkdownYamlInvalid, 2 },
        { FrontMatter.Replace("audience: clinician", "audience: clinician\ntittle: x", StringComparison.Ordinal) + "# T\n\nS\n", IssueCodes.MarkdownKeyUnknown, 12 },
        { FrontMatter + "# T\n\nSummary [3]\n\n## References\n\n1. {#a} **guideline** — A\n", IssueCodes.MarkdownCitationNumberUnknown, 17 },
        { FrontMatter + "# T\n\nS\n\n## Precautions\n\n## Diagnosis\n", IssueCodes.MarkdownHeadingOutOfOrder, 21 },
        { FrontMatter + "# T\n\nS\n\n## Precautions\n\nA stray paragraph\n", IssueCodes.MarkdownLineUnplaced, 21 },
        { "# T\n\nS\n", IssueCodes.MarkdownFrontMatterMissing, 1 },
        { FrontMatter + "# T\n\nS\n\n```yaml\ncitations: []\n", IssueCodes.MarkdownFenceUnclosed, 19 },
    };

    [Theory]
    [MemberData(nameof(MalformedCases))]
    public void Import_MalformedInput_ReportsCodeWithLine(string markdown, string code, int line)
    {
        var result = MarkdownImporter.Import(markdown);

        result.Issues.Should().Contain(i => i.Code == code && i.Position != null && i.Position.Value.Line == line);
    }

    [Theory]
    [InlineData("")]
    [InlineData("---\n")]
    [InlineData("---\n: : :\n---\n### x\n```yaml\n[1, 2\n```\n1. [")]
    [InlineData("\0\u0001---\r\n# [1] [@] [9999999999]\n- - - \n  ```\n")]
    public void Import_GarbageInput_DoesNotThrow(string markdown)
    {
        var act = () => MarkdownImporter.Import(markdown);

        act.Should().NotThrow().Which.Issues.Should().NotBeEmpty();
    }
}
