using ClinicalContent.Validation;

namespace ClinicalContent.Tests.Validation;

public sealed class ArticleValidatorSampleTests
{
    // The seed's real defects, kept on purpose (docs/decisions/0003-seed-encoding.md): every citation of the
    // unlisted references 5 and 6, and the three precaution groups that rest only on reference 6.
    private static readonly (string Code, string Pointer)[] s_seedDefects =
    [
        (IssueCodes.CitationUnresolved, "/alternatives/options/3/points/0/citations/0/referenceId"),
        (IssueCodes.PrecautionUnsupported, "/precautions/0"),
        (IssueCodes.CitationUnresolved, "/precautions/0/points/0/citations/0/referenceId"),
        (IssueCodes.CitationUnresolved, "/precautions/0/points/1/citations/0/referenceId"),
        (IssueCodes.CitationUnresolved, "/precautions/0/points/2/citations/0/referenceId"),
        (IssueCodes.PrecautionUnsupported, "/precautions/1"),
        (IssueCodes.CitationUnresolved, "/precautions/1/points/0/citations/0/referenceId"),
        (IssueCodes.CitationUnresolved, "/precautions/1/points/1/citations/0/referenceId"),
        (IssueCodes.CitationUnresolved, "/precautions/1/points/2/citations/0/referenceId"),
        (IssueCodes.PrecautionUnsupported, "/precautions/2"),
        (IssueCodes.CitationUnresolved, "/precautions/2/points/0/citations/0/referenceId"),
        (IssueCodes.CitationUnresolved, "/precautions/2/points/1/citations/0/referenceId"),
        (IssueCodes.CitationUnresolved, "/followUp/points/2/citations/1/referenceId"),
    ];

    public static TheoryData<string> OtherSamples
    {
        get
        {
            var data = new TheoryData<string>();
            foreach (var path in Directory.EnumerateFiles(ValidationTestPaths.SampleArticles, "*.json").Order(StringComparer.Ordinal))
            {
                var name = Path.GetFileName(path);
                if (name != "myoclonus.json")
                {
                    data.Add(name);
                }
            }

            return data;
        }
    }

    [Fact]
    public void Validate_Seed_ReportsExactlyItsRealDefects()
    {
        var report = ArticleValidator.Default.Validate(File.ReadAllBytes(ValidationTestPaths.Sample("myoclonus.json")));

        report.CodesAndPointers().Should().Equal(s_seedDefects);
        report.Issues.Should().OnlyContain(i => i.Severity == IssueSeverity.Error && i.Position != null);
        report.Article.Should().NotBeNull();
        report.IsValid.Should().BeFalse();
    }

    [Fact]
    public void Validate_SeedAsModel_ReportsTheSameDefectsWithoutPositions()
    {
        var json = ArticleValidator.Default.Validate(File.ReadAllBytes(ValidationTestPaths.Sample("myoclonus.json")));
        json.Article.Should().NotBeNull();

        var model = ArticleValidator.Default.Validate(json.Article!);

        model.CodesAndPointers().Should().Equal(s_seedDefects);
        model.Issues.Should().OnlyContain(i => i.Position == null);
    }

    [Theory]
    [MemberData(nameof(OtherSamples))]
    public void Validate_OtherSample_IsCleanWithoutWarnings(string name)
    {
        var report = ArticleValidator.Default.Validate(File.ReadAllBytes(ValidationTestPaths.Sample(name)));

        report.Issues.Should().BeEmpty();
        report.IsValid.Should().BeTrue();
    }

    [Fact]
    public void Validate_SeedRuleIssue_HasTheLineAndColumnOfItsValue()
    {
        var path = ValidationTestPaths.Sample("myoclonus.json");
        var lines = File.ReadAllLines(path);
        var line = Array.FindIndex(lines, static l => l.Contains("\"referenceId\": \"ref-5\"", StringComparison.Ordinal));
        var column = lines[line].IndexOf("\"ref-5\"", StringComparison.Ordinal);

        var report = ArticleValidator.Default.Validate(File.ReadAllBytes(path));

        report.Issues[0].Position.Should().Be(new TextPosition(line + 1, column + 1));
    }

    [Fact]
    public void Validate_SeedPrecautionIssue_PointsAtTheStartOfThePrecaution()
    {
        var path = ValidationTestPaths.Sample("myoclonus.json");
        var text = File.ReadAllText(path);
        var precautions = text.IndexOf("\"precautions\"", StringComparison.Ordinal);
        var start = text.IndexOf('{', precautions);
        var line = text.AsSpan(0, start).Count('\n') + 1;
        var column = start - text.LastIndexOf('\n', start);

        var report = ArticleValidator.Default.Validate(text);

        report.Issues.Single(i => i.Pointer == "/precautions/0").Position.Should().Be(new TextPosition(line, column));
    }
}
