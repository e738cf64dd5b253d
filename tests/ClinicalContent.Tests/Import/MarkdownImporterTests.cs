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

    [Fact]
    public void Import_BlankText_ReportsFrontMatterMissingAtLineOne()
    {
        var result = MarkdownImporter.Import("\n\n");

        result.Issues.Should().Contain(i => i.Code == IssueCodes.MarkdownFrontMatterMissing && i.Position == new TextPosition(1, 1));
    }

    [Fact]
    public void Import_ScenarioHeadingWithCitations_KeepsThemAndReportsHeadingLine()
    {
        var markdown = FrontMatter + "# T\n\nS [1]\n\n## Special scenarios\n\n### Pregnancy [1: p. 4]\n\n- Avoid valproate [1]\n\n"
            + "## References\n\n1. {#ref-a} **guideline** — A\n";

        var result = MarkdownImporter.Import(markdown);

        result.Issues.Should().ContainSingle(i => i.Code == IssueCodes.MarkdownKeyUnknown)
            .Which.Position.Should().Be(new TextPosition(21, 1));
        result.Value.Should().NotBeNull();
        var scenario = result.Value!.SpecialScenarios.Should().ContainSingle().Subject;
        scenario.Title.Should().Be("Pregnancy");
        scenario.UnknownMembers.Should().NotBeNull();
        scenario.UnknownMembers!.TryGetValue("citations", out var citations).Should().BeTrue();
        citations.GetRawText().Should().Be("""[{"referenceId":"ref-a","locator":"p. 4"}]""");
    }

    [Fact]
    public void Import_TildeFenceRightAfterParagraphLine_ReadsItAsBlock()
    {
        var markdown = FrontMatter + "# T\n\nS\n\n## Diagnosis\n\nRule out secondary causes\n~~~yaml\ndifferentials: [{\"text\": \"Tic\"}]\n~~~\n";

        var result = MarkdownImporter.Import(markdown);

        result.Issues.Should().BeEmpty();
        result.Value.Should().NotBeNull();
        result.Value!.Diagnosis!.Introduction.Should().Be("Rule out secondary causes");
        result.Value.Diagnosis.Differentials.Should().ContainSingle().Which.Text.Should().Be("Tic");
    }

    [Fact]
    public void Import_CitationOnBulletContinuationLine_ReadsItIntoTheBullet()
    {
        var markdown = FrontMatter + "# T\n\nS [1]\n\n## Follow-up\n\n- Check ferritin [1]\n  in every patient [2: table 3]\n\n"
            + "## References\n\n1. {#ref-a} **guideline** — A\n2. {#ref-b} **review** — B\n";

        var result = MarkdownImporter.Import(markdown);

        result.Issues.Should().BeEmpty();
        result.Value.Should().NotBeNull();
        var point = result.Value!.FollowUp!.Points.Should().ContainSingle().Subject;
        point.Text.Should().Be("Check ferritin in every patient");
        point.Citations.Should().Equal(
            new Citation { ReferenceId = new ReferenceId("ref-a") },
            new Citation { ReferenceId = new ReferenceId("ref-b"), Locator = "table 3" });
    }

    [Fact]
    public void Import_BulletedReferenceTakingAnExplicitItemsNumber_ReportsClashAtLaterItem()
    {
        var markdown = FrontMatter + "# T\n\nS [2]\n\n## References\n\n2. {#ref-b} **review** — B\n- {#ref-a} **guideline** — A\n";

        var result = MarkdownImporter.Import(markdown);

        var clash = result.Issues.Should().ContainSingle(i => i.Code == IssueCodes.MarkdownReferenceNumberRepeated).Subject;
        clash.Severity.Should().Be(IssueSeverity.Error);
        clash.Position.Should().Be(new TextPosition(22, 1));
        clash.Pointer.Should().Be("/references/1");
        result.Value.Should().NotBeNull();
        result.Value!.Summary.Citations.Should().ContainSingle().Which.ReferenceId.Should().Be(new ReferenceId("ref-b"));
    }

    [Fact]
    public void Import_TherapyBulletsBeforeLevel3Options_KeepsDocumentOrder()
    {
        var markdown = FrontMatter + "# T\n\nS\n\n## First-line therapy\n\n- Clonazepam: first-line for most forms\n\n"
            + "### Levetiracetam\n\nFor cortical myoclonus\n\n```yaml\nkind: \"drug\"\n```\n";

        var result = MarkdownImporter.Import(markdown);

        result.Value.Should().NotBeNull();
        result.Value!.FirstLineTherapy!.Options.Select(o => o.Name).Should().Equal("Clonazepam", "Levetiracetam");
    }

    public static TheoryData<string, TextPosition> NullValueCases() => new()
    {
        { FrontMatter.Replace("audience: clinician", "audience: clinician\nversion:", StringComparison.Ordinal) + "# T\n\nS\n", new TextPosition(12, 1) },
        { FrontMatter + "# T\n\nS [1]\n\n## References\n\n1. {#ref-a} **guideline** — A\n   ```yaml\n   container: \"C\"\n   issued:\n   ```\n", new TextPosition(24, 4) },
    };

    [Theory]
    [MemberData(nameof(NullValueCases))]
    public void Import_NullYamlValue_ReportsNullAtKeyLineAndColumn(string markdown, TextPosition position)
    {
        var result = MarkdownImporter.Import(markdown);

        result.Issues.Should().ContainSingle(i => i.Code == IssueCodes.NullNotAllowed).Which.Position.Should().Be(position);
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
