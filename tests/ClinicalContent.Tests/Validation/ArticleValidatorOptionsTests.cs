using System.Collections.Immutable;
using ClinicalContent.Model;
using ClinicalContent.Validation;

namespace ClinicalContent.Tests.Validation;

public sealed class ArticleValidatorOptionsTests
{
    private static readonly byte[] s_seed = File.ReadAllBytes(ValidationTestPaths.Sample("myoclonus.json"));

    [Fact]
    public void Default_UsesTheSystemClockStrictJsonAndTheSchema()
    {
        var options = ArticleValidatorOptions.Default;

        options.TimeProvider.Should().BeSameAs(TimeProvider.System);
        options.JsonOptions.UnknownMemberHandling.Should().Be(ClinicalContent.Serialization.UnknownMemberHandling.Error);
        options.ValidateSchema.Should().BeTrue();
        options.DominantReferenceShare.Should().Be(ArticleValidatorOptions.DefaultDominantReferenceShare);
        options.SeverityOverrides.Should().BeEmpty();
        options.SuppressedCodes.Should().BeEmpty();
        options.AdditionalRules.Should().BeEmpty();
    }

    [Fact]
    public void SeverityOverride_ForARuleCode_ChangesOnlyThatCode()
    {
        var validator = new ArticleValidator(ValidationArticles.Options with
        {
            SeverityOverrides = new Dictionary<string, IssueSeverity> { [IssueCodes.CitationUnresolved] = IssueSeverity.Warning },
        });

        var report = validator.Validate(s_seed);

        report.Issues.Where(static i => i.Code == IssueCodes.CitationUnresolved).Should().HaveCount(10).And.OnlyContain(static i => i.Severity == IssueSeverity.Warning);
        report.Issues.Where(static i => i.Code == IssueCodes.PrecautionUnsupported).Should().HaveCount(3).And.OnlyContain(static i => i.Severity == IssueSeverity.Error);
    }

    [Fact]
    public void SeverityOverride_ForAReaderCode_AppliesToThatLayerToo()
    {
        var validator = new ArticleValidator(ValidationArticles.Options with
        {
            SeverityOverrides = new Dictionary<string, IssueSeverity> { [IssueCodes.UnknownMember] = IssueSeverity.Information },
        });
        var json = ValidationArticles.Json.Replace("\"issued\": \"2023\"", "\"issued\": \"2023\", \"note\": 1", StringComparison.Ordinal);

        var report = validator.Validate(json);

        report.Issues.Should().ContainSingle().Which.Severity.Should().Be(IssueSeverity.Information);
        report.IsValid.Should().BeTrue();
    }

    [Fact]
    public void SeverityOverride_PromotingAWarning_MakesTheReportInvalid()
    {
        var article = ValidationArticles.Article with
        {
            References = [.. ValidationArticles.Article.References, new Reference { Id = new ReferenceId("textbook-c"), Kind = ReferenceKind.Textbook, Title = "Unused" }],
        };
        var strict = new ArticleValidator(ValidationArticles.Options with
        {
            SeverityOverrides = ImmutableDictionary<string, IssueSeverity>.Empty.Add(IssueCodes.ReferenceNotCited, IssueSeverity.Error),
        });

        var lenient = ValidationArticles.Validate(article);
        var promoted = strict.Validate(article);

        lenient.IsValid.Should().BeTrue();
        promoted.IsValid.Should().BeFalse();
        promoted.ErrorCount.Should().Be(1);
    }

    [Fact]
    public void SuppressedCode_IsNotReported()
    {
        var validator = new ArticleValidator(ValidationArticles.Options with { SuppressedCodes = [IssueCodes.CitationUnresolved] });

        var report = validator.Validate(s_seed);

        report.Issues.Should().HaveCount(3).And.OnlyContain(static i => i.Code == IssueCodes.PrecautionUnsupported);
    }

    [Fact]
    public void SuppressedReaderCode_DoesNotComeBackFromTheSchema()
    {
        var validator = new ArticleValidator(ValidationArticles.Options with { SuppressedCodes = [IssueCodes.RequiredMemberMissing] });
        var json = ValidationArticles.Json.Replace("\"kind\": \"adverse-effect\",", string.Empty, StringComparison.Ordinal);

        var report = validator.Validate(json);

        report.Issues.Should().BeEmpty();
    }

    public static TheoryData<string> UnknownCodes => new() { "CC9999", "cc4001", "", "CC40011" };

    [Theory]
    [MemberData(nameof(UnknownCodes))]
    public void Constructor_UnknownCodeInOverrides_Throws(string code)
    {
        var options = new ArticleValidatorOptions { SeverityOverrides = new Dictionary<string, IssueSeverity> { [code] = IssueSeverity.Error } };

        var act = () => new ArticleValidator(options);

        act.Should().Throw<ArgumentException>().WithMessage($"*'{code}'*");
    }

    [Theory]
    [MemberData(nameof(UnknownCodes))]
    public void Constructor_UnknownCodeInSuppressions_Throws(string code)
    {
        var options = new ArticleValidatorOptions { SuppressedCodes = [code] };

        var act = () => new ArticleValidator(options);

        act.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void Constructor_UndefinedSeverity_Throws()
    {
        var options = new ArticleValidatorOptions { SeverityOverrides = new Dictionary<string, IssueSeverity> { [IssueCodes.CitationUnresolved] = (IssueSeverity)42 } };

        var act = () => new ArticleValidator(options);

        act.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void Constructor_NullAdditionalRule_Throws()
    {
        var options = new ArticleValidatorOptions { AdditionalRules = [null!] };

        var act = () => new ArticleValidator(options);

        act.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void Options_NullMembers_Throw()
    {
        var acts = new Action[]
        {
            () => _ = new ArticleValidatorOptions { TimeProvider = null! },
            () => _ = new ArticleValidatorOptions { SeverityOverrides = null! },
            () => _ = new ArticleValidatorOptions { SuppressedCodes = null! },
            () => _ = new ArticleValidatorOptions { JsonOptions = null! },
        };

        foreach (var act in acts)
        {
            act.Should().Throw<ArgumentNullException>();
        }
    }

    [Fact]
    public void Overrides_ChangedAfterConstruction_DoNotAffectTheValidator()
    {
        var overrides = new Dictionary<string, IssueSeverity> { [IssueCodes.CitationUnresolved] = IssueSeverity.Warning };
        var validator = new ArticleValidator(new ArticleValidatorOptions { SeverityOverrides = overrides });
        overrides[IssueCodes.CitationUnresolved] = IssueSeverity.Information;

        var report = validator.Validate(s_seed);

        report.Issues.Where(static i => i.Code == IssueCodes.CitationUnresolved).Should().OnlyContain(static i => i.Severity == IssueSeverity.Warning);
    }
}
