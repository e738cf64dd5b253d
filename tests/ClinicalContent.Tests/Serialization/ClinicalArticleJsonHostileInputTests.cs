using System.Text;
using ClinicalContent.Model;
using ClinicalContent.Serialization;
using ClinicalContent.Validation;
using static ClinicalContent.Tests.Serialization.JsonText;

namespace ClinicalContent.Tests.Serialization;

/// <summary>One test per hostile input: exact codes, pointers and positions, and never an exception.</summary>
public sealed class ClinicalArticleJsonHostileInputTests
{
    private static ReadResult<ClinicalArticle> ReadWithoutThrowing(string json, ClinicalArticleJsonOptions? options = null)
    {
        ReadResult<ClinicalArticle>? result = null;

        var read = () => result = ClinicalArticleJson.Read(json, options);

        read.Should().NotThrow();
        result!.ShouldBeConsistent();
        return result!;
    }

    private static ReadResult<ClinicalArticle> ReadWithoutThrowing(byte[] utf8, ClinicalArticleJsonOptions? options = null)
    {
        ReadResult<ClinicalArticle>? result = null;

        var read = () => result = ClinicalArticleJson.Read(utf8, options);

        read.Should().NotThrow();
        result!.ShouldBeConsistent();
        return result!;
    }

    private static void ShouldReportExactly(ReadResult<ClinicalArticle> result, params (string Code, string Pointer, TextPosition Position)[] expected)
        => result.Issues.Select(static i => (i.Code, i.Pointer, i.Position)).Should().Equal(
            expected.Select(static e => (e.Code, e.Pointer, (TextPosition?)e.Position)));

    private static byte[] Utf8WithByte(string json, char marker, byte replacement)
    {
        var bytes = Encoding.UTF8.GetBytes(json);
        bytes[Array.IndexOf(bytes, (byte)marker)] = replacement;
        return bytes;
    }

    [Fact]
    public void Read_MinimalArticle_HasNoIssues()
    {
        var result = ReadWithoutThrowing(Minimal);

        result.Issues.Should().BeEmpty();
        result.IsValid.Should().BeTrue();
    }

    [Fact]
    public void Read_MissingComma_ReportsSyntaxErrorAtTheNextMember()
    {
        const string Json = """{"schemaVersion":"1.0" "id":"a"}""";

        var result = ReadWithoutThrowing(Json);

        ShouldReportExactly(result, (IssueCodes.JsonSyntaxError, "", PositionOf(Json, "\"id\"")));
        result.Value.Should().BeNull();
    }

    [Fact]
    public void Read_TrailingComma_ReportsSyntaxErrorAtTheClosingBrace()
    {
        var json = Minimal[..^1] + ",}";

        var result = ReadWithoutThrowing(json);

        ShouldReportExactly(result, (IssueCodes.JsonSyntaxError, "", new TextPosition(1, json.Length)));
    }

    [Fact]
    public void Read_SingleQuotedNames_ReportsSyntaxError()
    {
        const string Json = "{'id':'a'}";

        var result = ReadWithoutThrowing(Json);

        ShouldReportExactly(result, (IssueCodes.JsonSyntaxError, "", new TextPosition(1, 2)));
    }

    [Fact]
    public void Read_BlockComment_ReportsSyntaxError()
    {
        const string Json = """{/* comment */"id":"a"}""";

        var result = ReadWithoutThrowing(Json);

        ShouldReportExactly(result, (IssueCodes.JsonSyntaxError, "", new TextPosition(1, 2)));
    }

    [Fact]
    public void Read_LineCommentOnItsOwnLine_ReportsSyntaxErrorOnThatLine()
    {
        var json = "{\n// comment\n" + Minimal[1..];

        var result = ReadWithoutThrowing(json);

        ShouldReportExactly(result, (IssueCodes.JsonSyntaxError, "", new TextPosition(2, 1)));
    }

    [Fact]
    public void Read_DuplicateMember_ReportsTheSecondOccurrenceAndKeepsTheLastValue()
    {
        var json = With("\"title\":\"B\"");

        var result = ReadWithoutThrowing(json);

        ShouldReportExactly(result, (IssueCodes.DuplicateMember, "/title", PositionOf(json, "\"title\"", 1)));
        result.Value.Should().NotBeNull();
        result.Value!.Title.Should().Be("B");
    }

    [Fact]
    public void Read_DuplicateMemberSpelledWithAnEscape_IsStillADuplicate()
    {
        var json = With("\"titl\\u0065\":\"B\"");

        var result = ReadWithoutThrowing(json);

        ShouldReportExactly(result, (IssueCodes.DuplicateMember, "/title", PositionOf(json, "\"titl\\u0065\"")));
    }

    [Fact]
    public void Read_DuplicateUnknownMemberInStrictMode_ReportsUnknownThenDuplicate()
    {
        var json = With("\"x\":1,\"x\":2");

        var result = ReadWithoutThrowing(json);

        ShouldReportExactly(
            result,
            (IssueCodes.UnknownMember, "/x", PositionOf(json, "\"x\"")),
            (IssueCodes.DuplicateMember, "/x", PositionOf(json, "\"x\"", 1)));
    }

    [Fact]
    public void Read_DuplicateUnknownMember_KeepsOneMemberWithTheLastValue()
    {
        var json = With("\"x\":1,\"x\":2");

        var result = ReadWithoutThrowing(json, ClinicalArticleJsonOptions.Tolerant);

        ShouldReportExactly(result, (IssueCodes.DuplicateMember, "/x", PositionOf(json, "\"x\"", 1)));
        result.Value.Should().NotBeNull();
        result.Value!.UnknownMembers.Should().NotBeNull();
        result.Value.UnknownMembers!.Count.Should().Be(1);
        result.Value.UnknownMembers.TryGetValue("x", out var value).Should().BeTrue();
        value.GetInt32().Should().Be(2);
    }

    [Fact]
    public void Read_DoseWithoutKind_ReportsMissingDiscriminatorAtTheDose()
    {
        var json = WithDose("""{"unit":"mg","low":1,"high":2}""");

        var result = ReadWithoutThrowing(json);

        ShouldReportExactly(result, (IssueCodes.DiscriminatorMissing, DosePointer, PositionOf(json, "{\"unit\"")));
        result.Value.Should().NotBeNull();
        result.Value!.FirstLineTherapy!.Options[0].Components[0].Dosages[0].Dose.Should().BeNull();
    }

    [Fact]
    public void Read_DoseWithUnknownKind_ReportsUnknownDiscriminatorAtKind()
    {
        var json = WithDose("""{"kind":"ratio","unit":"mg"}""");

        var result = ReadWithoutThrowing(json);

        ShouldReportExactly(result, (IssueCodes.DiscriminatorUnknown, DosePointer + "/kind", PositionOf(json, "\"ratio\"")));
    }

    [Fact]
    public void Read_DoseWithKindLast_ReadsTheDoseWithoutIssues()
    {
        var json = WithDose("""{"unit":"mg","low":0.5,"high":1,"kind":"range"}""");

        var result = ReadWithoutThrowing(json);

        result.Issues.Should().BeEmpty();
        result.Value!.FirstLineTherapy!.Options[0].Components[0].Dosages[0].Dose
            .Should().Be(new DoseRange { Unit = "mg", Low = 0.5m, High = 1m });
    }

    [Fact]
    public void Read_QuantityWithKindInTheMiddle_ReadsTheDoseWithoutIssues()
    {
        var json = WithDose("""{"unit":"mg","kind":"quantity","value":10}""");

        var result = ReadWithoutThrowing(json);

        result.Issues.Should().BeEmpty();
        result.Value!.FirstLineTherapy!.Options[0].Components[0].Dosages[0].Dose
            .Should().Be(new DoseQuantity { Unit = "mg", Value = 10m });
    }

    [Fact]
    public void Read_DoseKindSpelledWithEscapes_ReadsTheDose()
    {
        var json = WithDose("""{"\u006bind":"\u0072ange","unit":"mg","low":1,"high":2}""");

        var result = ReadWithoutThrowing(json);

        result.Issues.Should().BeEmpty();
        result.Value!.FirstLineTherapy!.Options[0].Components[0].Dosages[0].Dose
            .Should().Be(new DoseRange { Unit = "mg", Low = 1m, High = 2m });
    }

    [Fact]
    public void Read_DoseWithKindTwice_ReportsTheDuplicate()
    {
        var json = WithDose("""{"kind":"range","unit":"mg","low":1,"high":2,"kind":"range"}""");

        var result = ReadWithoutThrowing(json);

        ShouldReportExactly(result, (IssueCodes.DuplicateMember, DosePointer + "/kind", PositionOf(json, "\"kind\"", 2)));
    }

    [Fact]
    public void Read_DoseKindOfWrongType_ReportsWrongTypeAtKind()
    {
        var json = WithDose("""{"kind":1,"unit":"mg","value":1}""");

        var result = ReadWithoutThrowing(json);

        ShouldReportExactly(result, (IssueCodes.WrongType, DosePointer + "/kind", PositionOf(json, "1,\"unit\"")));
    }

    [Fact]
    public void Read_DoseOfTheOtherKindsShape_ReportsTheMissingMembers()
    {
        var json = WithDose("""{"kind":"range","unit":"mg","value":1}""");

        var result = ReadWithoutThrowing(json);

        result.Issues.Select(static i => (i.Code, i.Pointer)).Should().Equal(
            (IssueCodes.UnknownMember, DosePointer + "/value"),
            (IssueCodes.RequiredMemberMissing, DosePointer + "/low"),
            (IssueCodes.RequiredMemberMissing, DosePointer + "/high"));
    }

    [Fact]
    public void Read_NullOptionalMember_ReportsNullAndStillBuildsTheArticle()
    {
        var json = With("\"version\":null");

        var result = ReadWithoutThrowing(json);

        ShouldReportExactly(result, (IssueCodes.NullNotAllowed, "/version", PositionOf(json, "null")));
        result.Value.Should().NotBeNull();
        result.Value!.Version.Should().BeNull();
    }

    [Fact]
    public void Read_NullRequiredMember_ReportsNullAndBuildsNoArticle()
    {
        var json = Minimal.Replace("\"title\":\"t\"", "\"title\":null", StringComparison.Ordinal);

        var result = ReadWithoutThrowing(json);

        ShouldReportExactly(result, (IssueCodes.NullNotAllowed, "/title", PositionOf(json, "null")));
        result.Value.Should().BeNull();
    }

    [Fact]
    public void Read_NullObjectMember_ReportsNull()
    {
        var json = With("\"diagnosis\":null");

        var result = ReadWithoutThrowing(json);

        ShouldReportExactly(result, (IssueCodes.NullNotAllowed, "/diagnosis", PositionOf(json, "null")));
    }

    [Fact]
    public void Read_NullListElement_ReportsNullAtTheElementAndDropsIt()
    {
        var json = With("""
            "references":[{"id":"r","kind":"other","title":"t"},null]
            """);

        var result = ReadWithoutThrowing(json);

        ShouldReportExactly(result, (IssueCodes.NullNotAllowed, "/references/1", PositionOf(json, "null")));
        result.Value!.References.Count.Should().Be(1);
    }

    [Fact]
    public void Read_NullInANestedList_ReportsNullAtTheElement()
    {
        var json = Minimal.Replace("{\"text\":\"s\"}", "{\"text\":\"s\",\"citations\":[null]}", StringComparison.Ordinal);

        var result = ReadWithoutThrowing(json);

        ShouldReportExactly(result, (IssueCodes.NullNotAllowed, "/summary/citations/0", PositionOf(json, "null")));
    }

    [Fact]
    public void Read_NullInAnEnumList_ReportsNullAtTheElement()
    {
        var json = WithDosage("""{"text":"x","timing":{"when":["bedtime",null]}}""");

        var result = ReadWithoutThrowing(json);

        ShouldReportExactly(result, (IssueCodes.NullNotAllowed, DosagePointer + "/timing/when/1", PositionOf(json, "null")));
    }

    [Fact]
    public void Read_NumberBeyondAnyDouble_ReportsNumberOutOfRange()
    {
        var json = WithDose("""{"kind":"quantity","unit":"mg","value":1e400}""");

        var result = ReadWithoutThrowing(json);

        ShouldReportExactly(result, (IssueCodes.NumberOutOfRange, DosePointer + "/value", PositionOf(json, "1e400")));
    }

    [Fact]
    public void Read_IntegerWithFortyDigits_ReportsNumberOutOfRange()
    {
        var json = WithDose("""{"kind":"quantity","unit":"mg","value":1234567890123456789012345678901234567890}""");

        var result = ReadWithoutThrowing(json);

        ShouldReportExactly(result, (IssueCodes.NumberOutOfRange, DosePointer + "/value", PositionOf(json, "1234567890")));
    }

    [Fact]
    public void Read_DecimalWithFortySignificantDigits_ReportsNumberOutOfRangeRatherThanRounding()
    {
        // decimal holds 28-29 significant digits; docs/issue-codes.md: CC1009 covers numbers "beyond the decimal range or precision".
        var json = WithDose("""{"kind":"quantity","unit":"mg","value":0.1234567890123456789012345678901234567890}""");

        var result = ReadWithoutThrowing(json);

        ShouldReportExactly(result, (IssueCodes.NumberOutOfRange, DosePointer + "/value", PositionOf(json, "0.1234")));
    }

    [Fact]
    public void Read_NonIntegerFrequency_ReportsNumberOutOfRange()
    {
        var json = WithDosage("""{"text":"x","timing":{"frequency":1.5}}""");

        var result = ReadWithoutThrowing(json);

        ShouldReportExactly(result, (IssueCodes.NumberOutOfRange, DosagePointer + "/timing/frequency", PositionOf(json, "1.5")));
    }

    [Fact]
    public void Read_FrequencyBeyondInt32_ReportsNumberOutOfRange()
    {
        var json = WithDosage("""{"text":"x","timing":{"frequency":2147483648}}""");

        var result = ReadWithoutThrowing(json);

        ShouldReportExactly(result, (IssueCodes.NumberOutOfRange, DosagePointer + "/timing/frequency", PositionOf(json, "2147483648")));
    }

    [Fact]
    public void Read_InvalidUtf8InAStringValue_ReportsInvalidTextAtTheValue()
    {
        var json = With("\"disclaimer\":\"aXb\"");
        var utf8 = Utf8WithByte(json, 'X', 0xFF);

        var result = ReadWithoutThrowing(utf8);

        ShouldReportExactly(result, (IssueCodes.InvalidText, "/disclaimer", PositionOf(json, "\"aXb\"")));
        result.Value.Should().NotBeNull();
        result.Value!.Disclaimer.Should().BeNull();
    }

    [Fact]
    public void Read_InvalidUtf8InAPropertyName_ReportsInvalidTextAtTheObject()
    {
        var json = With("\"aXb\":1");
        var utf8 = Utf8WithByte(json, 'X', 0xFF);

        var result = ReadWithoutThrowing(utf8);

        ShouldReportExactly(result, (IssueCodes.InvalidText, "", PositionOf(json, "\"aXb\"")));
    }

    [Fact]
    public void Read_TruncatedMultiByteSequence_ReportsInvalidText()
    {
        var json = With("\"disclaimer\":\"aXb\"");
        var utf8 = Utf8WithByte(json, 'X', 0xC3);

        var result = ReadWithoutThrowing(utf8);

        ShouldReportExactly(result, (IssueCodes.InvalidText, "/disclaimer", PositionOf(json, "\"aXb\"")));
    }

    [Fact]
    public void Read_EncodedSurrogateInUtf8_ReportsInvalidText()
    {
        // ED A0 80 is U+D800 encoded as if it were a scalar value: not valid UTF-8.
        var utf8 = Encoding.UTF8.GetBytes(With("\"disclaimer\":\"a"))
            .Concat(new byte[] { 0xED, 0xA0, 0x80 })
            .Concat("\"}"u8.ToArray())
            .ToArray();

        var result = ReadWithoutThrowing(utf8);

        result.Issues.Select(static i => (i.Code, i.Pointer)).Should().Equal((IssueCodes.InvalidText, "/disclaimer"));
    }

    [Fact]
    public void Read_LoneSurrogateEscapeInAValue_ReportsInvalidTextAtTheValue()
    {
        var json = With("\"disclaimer\":\"\\ud800\"");

        var result = ReadWithoutThrowing(json);

        ShouldReportExactly(result, (IssueCodes.InvalidText, "/disclaimer", PositionOf(json, "\"\\ud800\"")));
    }

    [Fact]
    public void Read_LoneLowSurrogateEscapeInAValue_ReportsInvalidText()
    {
        var json = With("\"disclaimer\":\"a\\udc00b\"");

        var result = ReadWithoutThrowing(json);

        ShouldReportExactly(result, (IssueCodes.InvalidText, "/disclaimer", PositionOf(json, "\"a\\udc00b\"")));
    }

    [Fact]
    public void Read_LoneSurrogateEscapeInAName_ReportsInvalidTextAtTheObject()
    {
        var json = With("\"\\ud800\":1");

        var result = ReadWithoutThrowing(json);

        ShouldReportExactly(result, (IssueCodes.InvalidText, "", PositionOf(json, "\"\\ud800\"")));
    }

    [Fact]
    public void Read_LoneSurrogateEscapeInAnEnumValue_ReportsInvalidText()
    {
        var json = Minimal.Replace("\"clinician\"", "\"\\ud800\"", StringComparison.Ordinal);

        var result = ReadWithoutThrowing(json);

        ShouldReportExactly(result, (IssueCodes.InvalidText, "/audience", PositionOf(json, "\"\\ud800\"")));
    }

    [Fact]
    public void Read_StringWithAnUnpairedSurrogateChar_ReportsInvalidTextInsteadOfReplacingIt()
    {
        var json = With("\"disclaimer\":\"a\ud800b\"");

        var result = ReadWithoutThrowing(json);

        result.Issues.Select(static i => (i.Code, i.Position)).Should().Equal((IssueCodes.InvalidText, (TextPosition?)PositionOf(json, "\ud800")));
        result.Value.Should().BeNull();
    }

    [Fact]
    public void Read_ArraysNestedTenThousandDeep_ReportsDepthExceededAtTheFirstTooDeepBracket()
    {
        var json = new string('[', 10_000) + new string(']', 10_000);

        var result = ReadWithoutThrowing(json);

        ShouldReportExactly(
            result,
            (IssueCodes.WrongType, "", new TextPosition(1, 1)),
            (IssueCodes.MaxDepthExceeded, "", new TextPosition(1, ClinicalArticleJsonOptions.DefaultMaxDepth + 1)));
        result.Value.Should().BeNull();
    }

    [Fact]
    public void Read_ObjectsNestedTenThousandDeep_ReportsDepthExceededAtTheFirstTooDeepBrace()
    {
        var json = string.Concat(Enumerable.Repeat("{\"a\":", 10_000)) + "1" + new string('}', 10_000);

        var result = ReadWithoutThrowing(json);

        ShouldReportExactly(
            result,
            (IssueCodes.UnknownMember, "/a", new TextPosition(1, 2)),
            (IssueCodes.MaxDepthExceeded, "/a", new TextPosition(1, (5 * ClinicalArticleJsonOptions.DefaultMaxDepth) + 1)));
        result.Value.Should().BeNull();
    }

    [Fact]
    public void Read_StatementsNestedBeyondMaxDepth_ReportsDepthExceededAtTheDeepestReachablePoints()
    {
        var json = With("""
            "diagnosis":{"points":[{"text":"x","points":[{"text":"x","points":[{"text":"x","points":[{"text":"x"}]}]}]}]}
            """);
        var options = ClinicalArticleJsonOptions.Default with { MaxDepth = 8 };

        var result = ReadWithoutThrowing(json, options);

        ShouldReportExactly(
            result,
            (IssueCodes.MaxDepthExceeded, "/diagnosis/points/0/points/0/points/0/points", PositionOf(json, "[{\"text\":\"x\"}]")));
    }

    [Fact]
    public void Read_SameDocumentWithDefaultMaxDepth_HasNoIssues()
    {
        var json = With("""
            "diagnosis":{"points":[{"text":"x","points":[{"text":"x","points":[{"text":"x","points":[{"text":"x"}]}]}]}]}
            """);

        var result = ReadWithoutThrowing(json);

        result.Issues.Should().BeEmpty();
    }

    [Fact]
    public void Read_EmptyInput_ReportsEmptyDocument()
    {
        var result = ReadWithoutThrowing([]);

        ShouldReportExactly(result, (IssueCodes.EmptyDocument, "", new TextPosition(1, 1)));
        result.Value.Should().BeNull();
    }

    [Fact]
    public void Read_WhitespaceOnly_ReportsEmptyDocument()
    {
        var result = ReadWithoutThrowing(" \r\n\t \n");

        ShouldReportExactly(result, (IssueCodes.EmptyDocument, "", new TextPosition(1, 1)));
    }

    [Fact]
    public void Read_ByteOrderMark_WarnsAndStillReadsTheArticle()
    {
        byte[] utf8 = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Minimal)];

        var result = ReadWithoutThrowing(utf8);

        ShouldReportExactly(result, (IssueCodes.ByteOrderMarkIgnored, "", new TextPosition(1, 1)));
        result.Issues[0].Severity.Should().Be(IssueSeverity.Warning);
        result.IsValid.Should().BeTrue();
        result.Value.Should().Be(ClinicalArticleJson.Read(Minimal).Value);
    }

    [Fact]
    public void Read_ByteOrderMarkOnly_WarnsAndReportsEmptyDocument()
    {
        var result = ReadWithoutThrowing([0xEF, 0xBB, 0xBF]);

        result.Issues.Select(static i => i.Code).Should().Equal(IssueCodes.ByteOrderMarkIgnored, IssueCodes.EmptyDocument);
    }

    [Fact]
    public void Read_TrailingContentAfterTheArticle_ReportsSyntaxErrorWhereItStarts()
    {
        var json = Minimal + " x";

        var result = ReadWithoutThrowing(json);

        ShouldReportExactly(result, (IssueCodes.JsonSyntaxError, "", new TextPosition(1, json.Length)));
    }

    [Fact]
    public void Read_SecondDocumentAfterTheArticle_ReportsSyntaxError()
    {
        var json = Minimal + "\n" + Minimal;

        var result = ReadWithoutThrowing(json);

        ShouldReportExactly(result, (IssueCodes.JsonSyntaxError, "", new TextPosition(2, 1)));
    }

    [Fact]
    public void Read_TrailingWhitespaceAfterTheArticle_IsAccepted()
    {
        var result = ReadWithoutThrowing(Minimal + "\r\n\n  ");

        result.Issues.Should().BeEmpty();
    }

    public static TheoryData<string, string> WrongRoots => new()
    {
        { "[]", IssueCodes.WrongType },
        { "\"article\"", IssueCodes.WrongType },
        { "42", IssueCodes.WrongType },
        { "true", IssueCodes.WrongType },
        { "null", IssueCodes.NullNotAllowed },
    };

    [Theory]
    [MemberData(nameof(WrongRoots))]
    public void Read_RootThatIsNotAnObject_ReportsTheRootAndBuildsNoArticle(string json, string code)
    {
        var result = ReadWithoutThrowing(json);

        ShouldReportExactly(result, (code, "", new TextPosition(1, 1)));
        result.Value.Should().BeNull();
    }

    public static TheoryData<string, string, string, string> WrongMemberTypes => new()
    {
        { "\"title\":\"t\"", "\"title\":42", "/title", "42" },
        { "\"summary\":{\"text\":\"s\"}", "\"summary\":\"s\"", "/summary", "\"s\"" },
        { "\"condition\":{\"text\":\"c\"}", "\"condition\":[]", "/condition", "[]" },
        { "\"review\":{\"status\":\"draft\"}", "\"review\":{\"status\":true}", "/review/status", "true" },
        { "\"summary\":{\"text\":\"s\"}", "\"summary\":{\"text\":\"s\",\"points\":{}}", "/summary/points", "{}" },
        { "\"summary\":{\"text\":\"s\"}", "\"summary\":{\"text\":{\"en\":\"s\"}}", "/summary/text", "{\"en\"" },
        { "\"id\":\"a\"", "\"id\":7", "/id", "7" },
    };

    [Theory]
    [MemberData(nameof(WrongMemberTypes))]
    public void Read_MemberOfWrongType_ReportsWrongTypeAtTheValue(string original, string replacement, string at, string valueStart)
    {
        var json = Minimal.Replace(original, replacement, StringComparison.Ordinal);

        var result = ReadWithoutThrowing(json);

        var valueIndex = json.IndexOf(replacement, StringComparison.Ordinal) + replacement.IndexOf(valueStart, StringComparison.Ordinal);
        ShouldReportExactly(result, (IssueCodes.WrongType, at, new TextPosition(1, valueIndex + 1)));
    }

    [Fact]
    public void Read_BooleanGivenAsString_ReportsWrongType()
    {
        var json = WithDosage("""{"text":"x","asNeeded":"yes"}""");

        var result = ReadWithoutThrowing(json);

        ShouldReportExactly(result, (IssueCodes.WrongType, DosagePointer + "/asNeeded", PositionOf(json, "\"yes\"")));
    }

    [Fact]
    public void Read_EnumGivenAsNumber_ReportsWrongType()
    {
        var json = Minimal.Replace("\"clinician\"", "0", StringComparison.Ordinal);

        var result = ReadWithoutThrowing(json);

        ShouldReportExactly(result, (IssueCodes.WrongType, "/audience", PositionOf(json, "0,\"review\"")));
        result.Value.Should().BeNull();
    }

    public static TheoryData<string> InvalidAudiences => new() { "doctor", "Clinician", "CLINICIAN", "general_public", "generalPublic", "", " clinician" };

    [Theory]
    [MemberData(nameof(InvalidAudiences))]
    public void Read_EnumValueThatIsNotAWireName_ReportsInvalidEnumValue(string value)
    {
        var json = Minimal.Replace("\"clinician\"", "\"" + value + "\"", StringComparison.Ordinal);

        var result = ReadWithoutThrowing(json);

        ShouldReportExactly(result, (IssueCodes.InvalidEnumValue, "/audience", PositionOf(json, "\"" + value + "\",\"review\"")));
    }

    [Fact]
    public void Read_InvalidTimeUnit_ReportsInvalidEnumValue()
    {
        var json = WithDosage("""{"text":"x","timing":{"period":8,"periodUnit":"hours"}}""");

        var result = ReadWithoutThrowing(json);

        ShouldReportExactly(result, (IssueCodes.InvalidEnumValue, DosagePointer + "/timing/periodUnit", PositionOf(json, "\"hours\"")));
    }

    public static TheoryData<string> InvalidDates => new() { "2025-02-30", "2025-1-5", "2025-13-01", "2025-10-09T00:00:00Z", "09/10/2025", "2025-10-9", "", "2023-02-29" };

    [Theory]
    [MemberData(nameof(InvalidDates))]
    public void Read_InvalidCalendarDate_ReportsInvalidDate(string date)
    {
        var json = WithReviewMember("\"lastUpdated\":\"" + date + "\"");

        var result = ReadWithoutThrowing(json);

        ShouldReportExactly(result, (IssueCodes.InvalidDate, "/review/lastUpdated", PositionOf(json, "\"" + date + "\"}")));
        result.Value!.Review.LastUpdated.Should().BeNull();
    }

    [Fact]
    public void Read_LeapDay_ReadsTheDate()
    {
        var json = WithReviewMember("\"approvedOn\":\"2024-02-29\"");

        var result = ReadWithoutThrowing(json);

        result.Issues.Should().BeEmpty();
        result.Value!.Review.ApprovedOn.Should().Be(new DateOnly(2024, 2, 29));
    }

    public static TheoryData<string> InvalidPartialDates => new() { "2025-13", "0000", "25", "2025-02-30", "2025-1", "2025-1-05", "2025/10", "20O4", "2004-00", "2004-10-00", "-2004" };

    [Theory]
    [MemberData(nameof(InvalidPartialDates))]
    public void Read_InvalidPartialDate_ReportsInvalidDate(string date)
    {
        var json = WithReference("\"issued\":\"" + date + "\"");

        var result = ReadWithoutThrowing(json);

        ShouldReportExactly(result, (IssueCodes.InvalidDate, "/references/0/issued", PositionOf(json, "\"" + date + "\"")));
    }

    public static TheoryData<string, int, int?, int?> ValidPartialDates => new()
    {
        { "2004", 2004, null, null },
        { "2004-10", 2004, 10, null },
        { "2004-10-17", 2004, 10, 17 },
        { "2024-02-29", 2024, 2, 29 },
    };

    [Theory]
    [MemberData(nameof(ValidPartialDates))]
    public void Read_ValidPartialDate_ReadsEachPart(string date, int year, int? month, int? day)
    {
        var json = WithReference("\"issued\":\"" + date + "\"");

        var result = ReadWithoutThrowing(json);

        result.Issues.Should().BeEmpty();
        result.Value!.References[0].Issued.Should().Be(new PartialDate(year, month, day));
    }

    public static TheoryData<string> UnsupportedSchemaVersions => new() { "2.0", "1", "1.", "1.x", "10.0", "0.9", "", "v1.0", "1.0.1" };

    [Theory]
    [MemberData(nameof(UnsupportedSchemaVersions))]
    public void Read_UnsupportedSchemaVersion_ReportsItAndKeepsTheText(string version)
    {
        var json = Minimal.Replace("\"1.0\"", "\"" + version + "\"", StringComparison.Ordinal);

        var result = ReadWithoutThrowing(json);

        ShouldReportExactly(result, (IssueCodes.UnsupportedSchemaVersion, "/schemaVersion", new TextPosition(1, 18)));
        result.Value!.SchemaVersion.Should().Be(version);
    }

    [Theory]
    [InlineData("1.0")]
    [InlineData("1.7")]
    [InlineData("1.12")]
    public void Read_ReadableMinorSchemaVersion_HasNoIssuesAndKeepsTheVersion(string version)
    {
        var json = Minimal.Replace("\"1.0\"", "\"" + version + "\"", StringComparison.Ordinal);

        var result = ReadWithoutThrowing(json);

        result.Issues.Should().BeEmpty();
        result.Value!.SchemaVersion.Should().Be(version);
    }

    [Fact]
    public void Read_MissingRequiredMembers_ReportsEachAtItsOwnPointer()
    {
        const string Json = """{"schemaVersion":"1.0","id":"a","language":"en","question":"q","summary":{},"condition":{"text":"c"},"audience":"clinician","review":{"status":"draft"}}""";

        var result = ReadWithoutThrowing(Json);

        ShouldReportExactly(
            result,
            (IssueCodes.RequiredMemberMissing, "/summary/text", PositionOf(Json, "{}")),
            (IssueCodes.RequiredMemberMissing, "/title", new TextPosition(1, 1)));
        result.Value.Should().BeNull();
    }

    [Fact]
    public void Read_UnknownMemberInStrictMode_ReportsItAndKeepsIt()
    {
        var json = With("\"x-new\":{\"a\":1}");

        var result = ReadWithoutThrowing(json);

        ShouldReportExactly(result, (IssueCodes.UnknownMember, "/x-new", PositionOf(json, "\"x-new\"")));
        result.Value!.UnknownMembers!.TryGetValue("x-new", out _).Should().BeTrue();
    }

    [Fact]
    public void Read_UnknownMemberWithPointerCharactersInItsName_EscapesThePointer()
    {
        var json = With("\"a~b/c\":1");

        var result = ReadWithoutThrowing(json);

        ShouldReportExactly(result, (IssueCodes.UnknownMember, "/a~0b~1c", PositionOf(json, "\"a~b/c\"")));
    }

    [Fact]
    public void Read_UnknownMemberInTolerantMode_KeepsItSilently()
    {
        var json = With("\"x-new\":{\"a\":1}");

        var result = ReadWithoutThrowing(json, ClinicalArticleJsonOptions.Tolerant);

        result.Issues.Should().BeEmpty();
        result.Value!.UnknownMembers!.TryGetValue("x-new", out _).Should().BeTrue();
    }

    [Fact]
    public void Read_DocumentOverMaxDocumentLength_ReportsDocumentTooLarge()
    {
        var options = ClinicalArticleJsonOptions.Default with { MaxDocumentLength = Minimal.Length - 1 };

        var result = ReadWithoutThrowing(Minimal, options);

        ShouldReportExactly(result, (IssueCodes.DocumentTooLarge, "", new TextPosition(1, 1)));
        result.Value.Should().BeNull();
    }

    [Fact]
    public void Read_DocumentExactlyMaxDocumentLength_IsRead()
    {
        var options = ClinicalArticleJsonOptions.Default with { MaxDocumentLength = Minimal.Length };

        var result = ReadWithoutThrowing(Minimal, options);

        result.Issues.Should().BeEmpty();
    }

    [Fact]
    public void Read_StreamOverMaxDocumentLength_ReportsDocumentTooLarge()
    {
        var options = ClinicalArticleJsonOptions.Default with { MaxDocumentLength = 100 };
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(Minimal + new string(' ', 100_000)));

        var result = ClinicalArticleJson.Read(stream, options);

        ShouldReportExactly(result, (IssueCodes.DocumentTooLarge, "", new TextPosition(1, 1)));
    }

    [Fact]
    public async Task ReadAsync_StreamOverMaxDocumentLength_ReportsDocumentTooLarge()
    {
        var options = ClinicalArticleJsonOptions.Default with { MaxDocumentLength = 100 };
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(Minimal + new string(' ', 100_000)));

        var result = await ClinicalArticleJson.ReadAsync(stream, options);

        ShouldReportExactly(result, (IssueCodes.DocumentTooLarge, "", new TextPosition(1, 1)));
    }

    [Fact]
    public void Read_ErrorAfterNonAsciiText_ReportsColumnInUtf16CodeUnits()
    {
        // "é" is 2 UTF-8 bytes and 1 UTF-16 unit; "😀" is 4 UTF-8 bytes and 2 UTF-16 units.
        const string Json = """{"title":"é😀" "x":1}""";

        var result = ReadWithoutThrowing(Json);

        ShouldReportExactly(result, (IssueCodes.JsonSyntaxError, "", new TextPosition(1, 16)));
    }

    [Fact]
    public void Read_IssueAfterNonAsciiTextOnALaterLine_ReportsLineAndUtf16Column()
    {
        var json = "{\n  \"disclaimer\": \"é😀中\", \"x-µ\": 1,\n" + Minimal[1..];

        var result = ReadWithoutThrowing(json);

        ShouldReportExactly(result, (IssueCodes.UnknownMember, "/x-µ", new TextPosition(2, 25)));
    }

    [Fact]
    public void Read_CrLfLineEnds_CountsLinesAtLineFeeds()
    {
        var json = "{\r\n\"x\":1,\r\n" + Minimal[1..];

        var result = ReadWithoutThrowing(json);

        ShouldReportExactly(result, (IssueCodes.UnknownMember, "/x", new TextPosition(2, 1)));
    }

    [Fact]
    public void Read_ManyProblems_ReportsThemAllInDocumentOrder()
    {
        var json = With("""
            "version":null,"x":1,"references":[{"id":"r","kind":"paper","title":"t","issued":"2004-13"}],"disclaimer":42
            """);

        var result = ReadWithoutThrowing(json);

        result.Issues.Select(static i => (i.Code, i.Pointer)).Should().Equal(
            (IssueCodes.NullNotAllowed, "/version"),
            (IssueCodes.UnknownMember, "/x"),
            (IssueCodes.InvalidEnumValue, "/references/0/kind"),
            (IssueCodes.InvalidDate, "/references/0/issued"),
            (IssueCodes.WrongType, "/disclaimer"));
    }

    [Fact]
    public void ReadOrThrow_InvalidContent_ThrowsWithTheIssuesReadReturns()
    {
        var json = With("\"version\":null,\"x\":1");

        var act = () => ClinicalArticleJson.ReadOrThrow(json);

        act.Should().Throw<ClinicalContentException>()
            .Which.Issues.Should().Equal(ClinicalArticleJson.Read(json).Issues);
    }

    [Fact]
    public void ReadOrThrow_BytesWithInvalidContent_ThrowsWithTheIssuesReadReturns()
    {
        var utf8 = Encoding.UTF8.GetBytes(With("\"audience\":\"doctor\""));

        var act = () => ClinicalArticleJson.ReadOrThrow(utf8);

        act.Should().Throw<ClinicalContentException>()
            .Which.Issues.Should().Equal(ClinicalArticleJson.Read(utf8).Issues);
    }

    [Fact]
    public void ReadOrThrow_StreamWithMalformedJson_ThrowsWithTheIssuesReadReturns()
    {
        var utf8 = "{\"id\":"u8.ToArray();
        using var stream = new MemoryStream(utf8);

        var act = () => ClinicalArticleJson.ReadOrThrow(stream);

        act.Should().Throw<ClinicalContentException>()
            .Which.Issues.Should().Equal(ClinicalArticleJson.Read(utf8).Issues);
    }

    [Fact]
    public async Task ReadOrThrowAsync_InvalidContent_ThrowsWithTheIssuesReadReturns()
    {
        var utf8 = Encoding.UTF8.GetBytes(With("\"x\":1"));
        using var stream = new MemoryStream(utf8);

        var act = async () => await ClinicalArticleJson.ReadOrThrowAsync(stream);

        (await act.Should().ThrowAsync<ClinicalContentException>())
            .Which.Issues.Should().Equal(ClinicalArticleJson.Read(utf8).Issues);
    }

    [Fact]
    public void ReadOrThrow_OnlyWarnings_ReturnsTheArticle()
    {
        byte[] utf8 = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Minimal)];

        var article = ClinicalArticleJson.ReadOrThrow(utf8);

        article.Should().Be(ClinicalArticleJson.Read(Minimal).Value);
    }

    public static TheoryData<string> InputsForEveryEntryPoint => new()
    {
        Minimal,
        With("\"version\":null,\"x\":1"),
        With("\"references\":[null,{\"id\":\"r\"}]"),
        "{\"id\":",
        "",
        "[]",
        "\uFEFF" + Minimal,
        new string('[', 500),
        WithDose("""{"unit":"mg","low":1,"high":2}"""),
    };

    [Theory]
    [MemberData(nameof(InputsForEveryEntryPoint))]
    public async Task Read_StringBytesStreamAndAsync_GiveIdenticalResults(string json)
    {
        var utf8 = Encoding.UTF8.GetBytes(json);
        using var syncStream = new MemoryStream(utf8);
        using var asyncStream = new MemoryStream(utf8);

        var fromString = ClinicalArticleJson.Read(json);
        var fromBytes = ClinicalArticleJson.Read(utf8);
        var fromStream = ClinicalArticleJson.Read(syncStream);
        var fromAsync = await ClinicalArticleJson.ReadAsync(asyncStream);

        fromBytes.Should().Be(fromString);
        fromStream.Should().Be(fromString);
        fromAsync.Should().Be(fromString);
    }

    [Fact]
    public async Task ReadAsync_CancelledToken_ThrowsOperationCanceled()
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(Minimal));
        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();

        var act = async () => await ClinicalArticleJson.ReadAsync(stream, cancellationToken: cancellation.Token);

        await act.Should().ThrowAsync<OperationCanceledException>();
    }

    [Fact]
    public async Task ReadOrThrowAsync_CancelledToken_ThrowsOperationCanceled()
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(Minimal));
        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();

        var act = async () => await ClinicalArticleJson.ReadOrThrowAsync(stream, cancellationToken: cancellation.Token);

        await act.Should().ThrowAsync<OperationCanceledException>();
    }

    [Fact]
    public void Read_NullString_ThrowsArgumentNull()
    {
        var act = () => ClinicalArticleJson.Read((string)null!);

        act.Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void Read_NullStream_ThrowsArgumentNull()
    {
        var act = () => ClinicalArticleJson.Read((Stream)null!);

        act.Should().Throw<ArgumentNullException>();
    }
}
