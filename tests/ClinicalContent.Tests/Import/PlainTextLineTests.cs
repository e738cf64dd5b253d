using ClinicalContent.Import;
using ClinicalContent.Model;
using ClinicalContent.Validation;

namespace ClinicalContent.Tests.Import;

public sealed class PlainTextLineTests
{
    private const string Header = "What is asked?\n\nEducational purpose only • Exercise caution as content is pending human review\n\nA Title\n\nThe summary. 1\n\n";

    public static TheoryData<string, string> Headings => new()
    {
        { "Diagnostic Approach", nameof(HeadingKind.Diagnosis) },
        { "Diagnosis", nameof(HeadingKind.Diagnosis) },
        { "Diagnostic Evaluation", nameof(HeadingKind.Diagnosis) },
        { "Initial Assessment", nameof(HeadingKind.Diagnosis) },
        { "First-Line Pharmacological Treatment", nameof(HeadingKind.FirstLine) },
        { "First-Line Treatment", nameof(HeadingKind.FirstLine) },
        { "First-line Therapy", nameof(HeadingKind.FirstLine) },
        { "Initial Management", nameof(HeadingKind.FirstLine) },
        { "Replacement Therapy", nameof(HeadingKind.FirstLine) },
        { "Alternative Pharmacological Options", nameof(HeadingKind.Alternatives) },
        { "Alternative Treatments", nameof(HeadingKind.Alternatives) },
        { "Second-Line Options", nameof(HeadingKind.Alternatives) },
        { "Refractory Cases", nameof(HeadingKind.Alternatives) },
        { "Special Clinical Scenarios", nameof(HeadingKind.SpecialScenarios) },
        { "Special Populations", nameof(HeadingKind.SpecialScenarios) },
        { "Special Considerations", nameof(HeadingKind.SpecialScenarios) },
        { "Important Precautions", nameof(HeadingKind.Precautions) },
        { "Safety Considerations", nameof(HeadingKind.Precautions) },
        { "Warnings and Precautions", nameof(HeadingKind.Precautions) },
        { "Adverse Effects", nameof(HeadingKind.Precautions) },
        { "Follow-up and Monitoring", nameof(HeadingKind.FollowUp) },
        { "Monitoring", nameof(HeadingKind.FollowUp) },
        { "Follow-Up", nameof(HeadingKind.FollowUp) },
        { "References", nameof(HeadingKind.References) },
        { "Professional Medical Disclaimer", nameof(HeadingKind.Disclaimer) },
        { "Prognosis", nameof(HeadingKind.Unknown) },
        { "Status Myoclonus After Cardiac Arrest", nameof(HeadingKind.Unknown) },
    };

    [Theory]
    [MemberData(nameof(Headings))]
    public void Classify_Heading_RecognisesItsMeaning(string heading, string expected)
    {
        var kind = HeadingClassifier.Classify(heading);

        kind.ToString().Should().Be(expected);
    }

    [Theory]
    [InlineData("October 9, 2025", 2025, 10, 9)]
    [InlineData("Oct 9, 2025", 2025, 10, 9)]
    [InlineData("9 October 2025", 2025, 10, 9)]
    [InlineData("2025-10-09", 2025, 10, 9)]
    [InlineData("Sept 30, 2024", 2024, 9, 30)]
    public void TryReadDate_KnownFormat_ReadsTheDate(string text, int year, int month, int day)
    {
        var read = PlainTextLines.TryReadDate(text, out var date, out var rest);

        read.Should().BeTrue();
        date.Should().Be(new DateOnly(year, month, day));
        rest.Should().BeEmpty();
    }

    [Theory]
    [InlineData("February 30, 2025")]
    [InlineData("Octember 9, 2025")]
    [InlineData("sometime in 2025")]
    public void TryReadDate_NoValidDate_ReturnsFalse(string text)
    {
        var read = PlainTextLines.TryReadDate(text, out _, out _);

        read.Should().BeFalse();
    }

    [Fact]
    public void Import_LastUpdatedGluedToChrome_ReadsTheDateAndSkipsTheChrome()
    {
        var text = "Q?\n\nLast updated: October 9, 2025View editorial policy\n\nA Title\n\nThe summary. 1\n";

        var result = PlainTextImporter.Import(text);

        result.Value!.Review.LastUpdated.Should().Be(new DateOnly(2025, 10, 9));
        result.Issues.Single().Code.Should().Be(IssueCodes.PlainTextChromeSkipped);
        result.Issues.Single().Position!.Value.Line.Should().Be(3);
    }

    [Fact]
    public void Import_UnreadableLastUpdated_WarnsWithTheLine()
    {
        var result = PlainTextImporter.Import("Q?\nLast updated: sometime in 2025\nA Title\nThe summary. 1\n");

        result.Issues.Single().Code.Should().Be(IssueCodes.PlainTextDateUnreadable);
        result.Issues.Single().Position!.Value.Line.Should().Be(2);
    }

    [Theory]
    [InlineData("Adjust dosage based on response 1, 6", "Adjust dosage based on response", new[] { "ref-1", "ref-6" })]
    [InlineData("Reevaluate the diagnosis 2, 3", "Reevaluate the diagnosis", new[] { "ref-2", "ref-3" })]
    [InlineData("Clonazepam is effective in 90% of cases 1", "Clonazepam is effective in 90% of cases", new[] { "ref-1" })]
    [InlineData("A point without citations", "A point without citations", new string[0])]
    public void SplitCitations_TrailingNumbers_BecomeReferenceIds(string line, string expectedText, string[] expectedIds)
    {
        var text = PlainTextLines.SplitCitations(line, out var citations);

        text.Should().Be(expectedText);
        citations.Select(static c => c.ReferenceId.Value).Should().Equal(expectedIds);
    }

    [Fact]
    public void Import_IndentedBullets_NestByIndentation()
    {
        var text = Header + "Follow-Up\n\n  • Top 1\n    • Middle 1\n      • Bottom 1\n\n      • Bottom two 1\n  • Second top 1\n";

        var points = PlainTextImporter.Import(text).Value!.FollowUp!.Points;

        points.Select(static p => p.Text).Should().Equal("Top", "Second top");
        points[0].Points.Single().Points.Select(static p => p.Text).Should().Equal("Bottom", "Bottom two");
    }

    [Fact]
    public void Import_LineThatFitsNowhere_IsReportedWithItsLineNumber()
    {
        var text = Header + "Some stray remark that is long enough to be a sentence, not a heading.\n\nFollow-Up\n\n  • Point 1\n";

        var result = PlainTextImporter.Import(text);

        var issue = result.Issues.Single(static i => i.Code == IssueCodes.PlainTextLineNotPlaced);
        issue.Severity.Should().Be(IssueSeverity.Warning);
        issue.Position.Should().Be(new TextPosition(9, 1));
    }

    [Fact]
    public void Import_BulletNamingNoTreatmentInATherapySection_IsReported()
    {
        var text = Header + "First-Line Treatment\n\n  • Rest and reassurance 1\n";

        var result = PlainTextImporter.Import(text);

        result.Issues.Single(static i => i.Code == IssueCodes.PlainTextLineNotPlaced).Position!.Value.Line.Should().Be(11);
    }

    [Fact]
    public void Import_UnknownHeading_BecomesAnOtherSection()
    {
        var text = Header + "Prognosis\n\nMost patients recover fully.\n\n  • Recurrence is rare 1\n";

        var result = PlainTextImporter.Import(text);

        var section = result.Value!.OtherSections.Single();
        section.Title.Should().Be("Prognosis");
        section.Introduction.Should().Be("Most patients recover fully.");
        section.Points.Single().Text.Should().Be("Recurrence is rare");
        result.Issues.Single().Code.Should().Be(IssueCodes.PlainTextHeadingUnknown);
    }

    [Fact]
    public void Import_EmptyText_ReportsTheMissingQuestionAndBuildsNothing()
    {
        var result = PlainTextImporter.Import("\n\n");

        result.Value.Should().BeNull();
        result.Issues.Single().Code.Should().Be(IssueCodes.PlainTextPartMissing);
    }

    [Theory]
    [InlineData("Monitor for side effects of clonazepam", PrecautionKind.AdverseEffect)]
    [InlineData("Risk of dependence and withdrawal", PrecautionKind.Dependence)]
    [InlineData("Withdrawal reactions", PrecautionKind.Withdrawal)]
    [InlineData("Monitor for suicidal thoughts", PrecautionKind.Suicidality)]
    [InlineData("Colchicine drug interactions", PrecautionKind.Interaction)]
    [InlineData("Contraindications", PrecautionKind.Contraindication)]
    [InlineData("Monitor liver function", PrecautionKind.Monitoring)]
    [InlineData("Overtreatment", PrecautionKind.Warning)]
    public void Import_PrecautionGroup_GetsItsKindByMeaning(string title, PrecautionKind expected)
    {
        var text = Header + "Important Precautions\n\n  • " + title + ":\n    • A point 1\n";

        var precaution = PlainTextImporter.Import(text).Value!.Precautions.Single();

        precaution.Kind.Should().Be(expected);
        precaution.Title.Should().Be(title);
    }
}
