using ClinicalContent.Validation;

namespace ClinicalContent.Tests.Validation;

public sealed class SchemaLayerTests
{
    public static TheoryData<string, string> Keywords => new()
    {
        { "type", IssueCodes.SchemaTypeMismatch },
        { "required", IssueCodes.SchemaRequiredMissing },
        { "additionalProperties", IssueCodes.SchemaPropertyNotAllowed },
        { "unevaluatedProperties", IssueCodes.SchemaPropertyNotAllowed },
        { "enum", IssueCodes.SchemaValueNotAllowed },
        { "const", IssueCodes.SchemaValueNotAllowed },
        { "pattern", IssueCodes.SchemaPatternMismatch },
        { "format", IssueCodes.SchemaPatternMismatch },
        { "minLength", IssueCodes.SchemaStringLength },
        { "maxLength", IssueCodes.SchemaStringLength },
        { "minimum", IssueCodes.SchemaNumberOutOfRange },
        { "exclusiveMaximum", IssueCodes.SchemaNumberOutOfRange },
        { "multipleOf", IssueCodes.SchemaNumberOutOfRange },
        { "minItems", IssueCodes.SchemaArrayConstraint },
        { "uniqueItems", IssueCodes.SchemaArrayConstraint },
        { "maxContains", IssueCodes.SchemaArrayConstraint },
        { "oneOf", IssueCodes.SchemaCompositionFailed },
        { "anyOf", IssueCodes.SchemaCompositionFailed },
        { "not", IssueCodes.SchemaCompositionFailed },
        { "minProperties", IssueCodes.SchemaConstraintFailed },
        { "propertyNames", IssueCodes.SchemaConstraintFailed },
        { "dependentRequired", IssueCodes.SchemaConstraintFailed },
        { "false", IssueCodes.SchemaConstraintFailed },
        { "$ref", IssueCodes.SchemaConstraintFailed },
    };

    [Theory]
    [MemberData(nameof(Keywords))]
    public void CodeFor_Keyword_MapsToItsCc2Code(string keyword, string code)
    {
        var mapped = SchemaLayer.CodeFor(keyword);

        mapped.Should().Be(code);
    }

    [Fact]
    public void Validate_UnknownDoseKind_IsReportedOnceByTheReader()
    {
        var json = ValidationArticles.Json.Replace("\"kind\": \"quantity\"", "\"kind\": \"ratio\"", StringComparison.Ordinal);

        var report = ValidationArticles.Validator.Validate(json);

        report.CodesAndPointers().Should().Equal((IssueCodes.DiscriminatorUnknown, ValidationArticles.DosagePointer + "/dose/kind"));
    }

    [Fact]
    public void Validate_ProblemsOnlyTheSchemaSees_AreAllReported()
    {
        var json = ValidationArticles.Json
            .Replace("\"language\": \"en\"", "\"language\": \"english language\"", StringComparison.Ordinal)
            .Replace("\"timing\": { \"frequency\": 1", "\"timing\": { \"when\": [\"bedtime\", \"bedtime\"], \"frequency\": 1", StringComparison.Ordinal)
            .Replace("\"title\": \"Sample review\"", "\"title\": \"\"", StringComparison.Ordinal);

        var report = ValidationArticles.Validator.Validate(json);

        report.CodesAndPointers().Should().Equal(
            (IssueCodes.SchemaPatternMismatch, "/language"),
            (IssueCodes.SchemaArrayConstraint, ValidationArticles.DosagePointer + "/timing/when"),
            (IssueCodes.SchemaStringLength, "/references/1/title"));
    }

    [Fact]
    public void Validate_InvalidTextAnywhere_SkipsTheSchemaWithoutThrowing()
    {
        var json = ValidationArticles.Json
            .Replace("\"language\": \"en\"", "\"language\": \"english language\"", StringComparison.Ordinal)
            .Replace("\"disclaimer\": \"Illustrative", "\"disclaimer\": \"\\ud800 Illustrative", StringComparison.Ordinal);

        var report = ValidationArticles.Validator.Validate(json);

        report.CodesAndPointers().Should().Equal((IssueCodes.InvalidText, "/disclaimer"));
    }
}
