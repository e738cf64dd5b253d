using System.Collections.Immutable;
using System.Text;
using ClinicalContent.Model;
using ClinicalContent.Serialization;
using ClinicalContent.Validation;

namespace ClinicalContent.Tests.Validation;

public sealed class ArticleValidatorTests
{
    private static readonly byte[] s_seed = File.ReadAllBytes(ValidationTestPaths.Sample("myoclonus.json"));

    [Fact]
    public void Validate_BaseArticle_IsClean()
    {
        var report = ValidationArticles.Validator.Validate(ValidationArticles.Json);

        report.Issues.Should().BeEmpty();
        report.IsValid.Should().BeTrue();
        report.Article.Should().Be(ValidationArticles.Article);
    }

    [Fact]
    public async Task Validate_SpanStringStreamAndAsync_GiveEqualReports()
    {
        var bytes = s_seed;

        var fromSpan = ArticleValidator.Default.Validate(bytes);
        var fromString = ArticleValidator.Default.Validate(Encoding.UTF8.GetString(bytes));
        var fromStream = ArticleValidator.Default.Validate(new MemoryStream(bytes));
        var fromAsync = await ArticleValidator.Default.ValidateAsync(new MemoryStream(bytes));

        fromString.Should().Be(fromSpan);
        fromStream.Should().Be(fromSpan);
        fromAsync.Should().Be(fromSpan);
    }

    [Fact]
    public void Validate_Issues_AreInDocumentOrder()
    {
        var json = ValidationArticles.Json
            .Replace("\"id\": \"sample-condition-treatment\"", "\"id\": \"Sample\"", StringComparison.Ordinal)
            .Replace("\"referenceId\": \"guideline-a\" }]\n  },", "\"referenceId\": \"guideline-x\" }]\n  },", StringComparison.Ordinal)
            .Replace("\"issued\": \"2023\"", "\"issued\": \"2023\", \"note\": 1", StringComparison.Ordinal);

        var report = ValidationArticles.Validator.Validate(json);

        report.CodesAndPointers().Should().Equal(
            (IssueCodes.SchemaPatternMismatch, "/id"),
            (IssueCodes.CitationUnresolved, "/summary/citations/0/referenceId"),
            (IssueCodes.UnknownMember, "/references/1/note"));
        report.Issues.Select(static i => i.Position!.Value).Should().BeInAscendingOrder(Comparer<TextPosition>.Create(static (x, y) => (x.Line, x.Column).CompareTo((y.Line, y.Column))));
    }

    [Fact]
    public void Validate_JsonAndModelOfTheSameArticle_ReportTheSameRuleIssues()
    {
        var article = ValidationArticles.Article with
        {
            Summary = ValidationArticles.Cited("Drug A works in 90% of cases", "guideline-x"),
            References = [.. ValidationArticles.Article.References, ValidationArticles.Article.References[1] with { Title = "Again" }],
        };
        var json = ClinicalArticleJson.Write(article);

        var fromJson = ValidationArticles.Validator.Validate(json);
        var fromModel = ValidationArticles.Validator.Validate(article);

        fromModel.Issues.Should().NotBeEmpty();
        fromJson.Issues.Select(static i => i with { Position = null }).Should().Equal(fromModel.Issues);
        fromJson.Article.Should().Be(article);
    }

    [Fact]
    public void Validate_Model_HasNoPositions()
    {
        var article = ValidationArticles.Article with { References = [] };

        var report = ValidationArticles.Validate(article);

        report.Issues.Should().NotBeEmpty().And.OnlyContain(static i => i.Position == null);
    }

    [Fact]
    public void Validate_ReaderLeftAnElementOut_RuleIssuesKeepTheInputsIndexes()
    {
        var json = ValidationArticles.Json.Replace(
            "\"citations\": [{ \"referenceId\": \"guideline-a\" }]\n  },",
            "\"citations\": [{ \"locator\": \"p. 4\" }, { \"referenceId\": \"guideline-x\" }, { \"referenceId\": \"guideline-a\" }]\n  },",
            StringComparison.Ordinal);

        var report = ValidationArticles.Validator.Validate(json);

        report.CodesAndPointers().Should().Equal(
            (IssueCodes.RequiredMemberMissing, "/summary/citations/0/referenceId"),
            (IssueCodes.CitationUnresolved, "/summary/citations/1/referenceId"));
        report.Article!.Summary.Citations.Should().HaveCount(2);
    }

    [Fact]
    public void Validate_MissingRequiredMember_IsReportedOnceByTheReader()
    {
        var json = ValidationArticles.Json.Replace("\"kind\": \"adverse-effect\",", string.Empty, StringComparison.Ordinal);

        var report = ValidationArticles.Validator.Validate(json);

        report.CodesAndPointers().Should().Equal((IssueCodes.RequiredMemberMissing, "/precautions/0/kind"));
    }

    [Fact]
    public void Validate_NonPositiveDose_IsReportedOnceByTheRule()
    {
        var json = ValidationArticles.Json.Replace("\"value\": 10", "\"value\": -1", StringComparison.Ordinal);

        var report = ValidationArticles.Validator.Validate(json);

        report.CodesAndPointers().Should().Equal((IssueCodes.DoseNotPositive, ValidationArticles.DosagePointer + "/dose/value"));
    }

    [Fact]
    public void Validate_SyntaxError_RunsNoOtherLayer()
    {
        var json = ValidationArticles.Json.Replace("\"audience\": \"clinician\",", "\"audience\": \"clinician\"", StringComparison.Ordinal);

        var report = ValidationArticles.Validator.Validate(json);

        report.Issues.Should().ContainSingle().Which.Code.Should().Be(IssueCodes.JsonSyntaxError);
        report.Article.Should().BeNull();
        report.IsValid.Should().BeFalse();
    }

    [Fact]
    public void Validate_TolerantReading_ReportsUnknownMembersThroughTheSchema()
    {
        var json = ValidationArticles.Json.Replace("\"issued\": \"2023\"", "\"issued\": \"2023\", \"note\": 1", StringComparison.Ordinal);
        var validator = new ArticleValidator(ValidationArticles.Options with { JsonOptions = ClinicalArticleJsonOptions.Tolerant });

        var report = validator.Validate(json);

        report.CodesAndPointers().Should().Equal((IssueCodes.SchemaPropertyNotAllowed, "/references/1/note"));
    }

    [Fact]
    public void Validate_SchemaTurnedOff_ReportsNoSchemaIssue()
    {
        var json = ValidationArticles.Json.Replace("\"id\": \"sample-condition-treatment\"", "\"id\": \"Sample\"", StringComparison.Ordinal);
        var validator = new ArticleValidator(ValidationArticles.Options with { ValidateSchema = false });

        var report = validator.Validate(json);

        report.Issues.Should().BeEmpty();
    }

    [Fact]
    public void Validate_DocumentOverTheSizeLimit_ReportsItAlone()
    {
        var validator = new ArticleValidator(ValidationArticles.Options with { JsonOptions = new ClinicalArticleJsonOptions { MaxDocumentLength = 100 } });

        var report = validator.Validate(new MemoryStream(Encoding.UTF8.GetBytes(ValidationArticles.Json)));

        report.CodesAndPointers().Should().Equal((IssueCodes.DocumentTooLarge, string.Empty));
    }

    [Fact]
    public void Validate_ByteOrderMark_KeepsPositionsOfTheTextAfterIt()
    {
        var json = ValidationArticles.Json.Replace("\"guideline-a\" }]\n  },", "\"guideline-x\" }]\n  },", StringComparison.Ordinal);
        var withBom = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes(json)).ToArray();

        var plain = ValidationArticles.Validator.Validate(json);
        var bom = ValidationArticles.Validator.Validate(withBom);

        bom.CodesAndPointers().Should().Equal((IssueCodes.ByteOrderMarkIgnored, string.Empty), (IssueCodes.CitationUnresolved, "/summary/citations/0/referenceId"));
        bom.Issues[1].Position.Should().Be(plain.Issues[0].Position);
    }

    [Fact]
    public void Validate_ManyThreadsAtOnce_GiveTheSameReport()
    {
        var expected = ArticleValidator.Default.Validate(s_seed);

        var reports = new ValidationReport[32];
        Parallel.For(0, reports.Length, i => reports[i] = ArticleValidator.Default.Validate(s_seed));

        reports.Should().AllBeEquivalentTo(expected, o => o.ComparingByValue<ValidationReport>());
    }

    [Fact]
    public void Validate_ModelNestedFarDeeperThanJsonAllows_ReportsWithoutThrowing()
    {
        var point = ValidationArticles.Cited("Nested 0", "guideline-a");
        for (var i = 1; i < 2000; i++)
        {
            point = ValidationArticles.Cited(FormattableString.Invariant($"Nested {i}"), "guideline-x") with { Points = [point] };
        }

        var article = ValidationArticles.Article with { OtherSections = [new ArticleSection { Title = "Deep", Points = [point] }] };

        var report = ValidationArticles.Validate(article);

        report.Pointers(IssueCodes.CitationUnresolved).Should().HaveCount(1999);
        report.Pointers(IssueCodes.CitationUnresolved)[0].Should().Be("/otherSections/0/points/0/citations/0/referenceId");
    }

    [Fact]
    public void Validate_NullArticle_Throws()
    {
        var act = () => ArticleValidator.Default.Validate((ClinicalArticle)null!);

        act.Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void Report_CountsAndLookups_ReflectTheIssues()
    {
        var report = ArticleValidator.Default.Validate(s_seed);

        report.ErrorCount.Should().Be(13);
        report.WarningCount.Should().Be(0);
        report.HasIssue(IssueCodes.PrecautionUnsupported).Should().BeTrue();
        report.HasIssue(IssueCodes.ReferenceNotCited).Should().BeFalse();
    }

    [Fact]
    public void Report_WithoutArticle_IsNotValidEvenWithoutErrors()
    {
        var validator = new ArticleValidator(new ArticleValidatorOptions { SuppressedCodes = [IssueCodes.EmptyDocument] });

        var report = validator.Validate(" ");

        report.Issues.Should().BeEmpty();
        report.IsValid.Should().BeFalse();
    }
}
