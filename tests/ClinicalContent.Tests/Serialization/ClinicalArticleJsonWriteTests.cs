using System.Buffers;
using System.Text;
using System.Text.Json;
using ClinicalContent.Model;
using ClinicalContent.Serialization;
using ClinicalContent.Tests.Generators;

namespace ClinicalContent.Tests.Serialization;

public sealed class ClinicalArticleJsonWriteTests
{
    private static readonly ClinicalArticleJsonOptions s_compact = ClinicalArticleJsonOptions.Default with { WriteIndented = false };

    private static ClinicalArticle WithTitle(string title) => ModelSamples.MinimalArticle() with { Title = title };

    private static List<string> MemberNames(JsonElement element) => [.. element.EnumerateObject().Select(static p => p.Name)];

    public static TheoryData<string> NonAsciiText => new() { "é", "≥", "µ", "中", "😀", "Μυόκλονος", "עברית", "👩‍⚕️", "\u2028", "\u007F", "\u00A0" };

    [Theory]
    [MemberData(nameof(NonAsciiText))]
    public void Write_NonAsciiText_WritesItUnescaped(string text)
    {
        var article = WithTitle(text);

        var json = ClinicalArticleJson.Write(article, s_compact);

        json.Should().Contain("\"title\":\"" + text + "\"");
    }

    public static TheoryData<string, string> TextJsonMustEscape => new()
    {
        { "\"", "\\\"" },
        { "\\", "\\\\" },
        { "\n", "\\n" },
        { "\r", "\\r" },
        { "\t", "\\t" },
        { "\b", "\\b" },
        { "\f", "\\f" },
        { "\u0000", "\\u0000" },
        { "\u0001", "\\u0001" },
        { "\u001F", "\\u001f" },
    };

    [Theory]
    [MemberData(nameof(TextJsonMustEscape))]
    public void Write_QuoteBackslashOrControlCharacter_EscapesIt(string text, string escaped)
    {
        var article = WithTitle("a" + text + "b");

        var json = ClinicalArticleJson.Write(article, s_compact);

        json.Should().Contain("\"title\":\"a" + escaped + "b\"");
    }

    [Theory]
    [InlineData("/")]
    [InlineData("<script>")]
    [InlineData("&amp;")]
    [InlineData("'")]
    [InlineData("+")]
    [InlineData("~")]
    public void Write_CharactersOnlyHtmlEncodersEscape_WritesThemAsIs(string text)
    {
        var article = WithTitle(text);

        var json = ClinicalArticleJson.Write(article, s_compact);

        json.Should().Contain("\"title\":\"" + text + "\"");
    }

    [Fact]
    public void Write_UnknownMemberNameWithNonAsciiText_WritesItUnescaped()
    {
        var article = ModelSamples.MinimalArticle() with { UnknownMembers = ModelSamples.Unknown("x-é中😀", "\"µ≥\"") };

        var json = ClinicalArticleJson.Write(article, s_compact);

        json.Should().EndWith(",\"x-é中😀\":\"µ≥\"}");
    }

    [Fact]
    public void Write_FullArticle_PutsRootMembersInDeclarationOrderWithUnknownLast()
    {
        var article = ModelSamples.FullArticle();

        using var document = JsonDocument.Parse(ClinicalArticleJson.Write(article));

        MemberNames(document.RootElement).Should().Equal(
            "schemaVersion", "id", "language", "version", "question", "title", "summary", "condition", "audience", "review",
            "diagnosis", "firstLineTherapy", "alternatives", "specialScenarios", "precautions", "followUp", "otherSections",
            "references", "disclaimer", "x-root");
    }

    [Fact]
    public void Write_FullDosage_PutsMembersInDeclarationOrderWithUnknownLast()
    {
        var article = ModelSamples.FullArticle();

        using var document = JsonDocument.Parse(ClinicalArticleJson.Write(article));

        var dosage = document.RootElement.GetProperty("firstLineTherapy").GetProperty("options")[0]
            .GetProperty("components")[0].GetProperty("dosages")[0];
        MemberNames(dosage).Should().Equal("text", "dose", "route", "timing", "asNeeded", "asNeededFor", "maximumDose", "x-extension");
        MemberNames(dosage.GetProperty("timing")).Should().Equal("when", "frequency", "period", "periodUnit", "offset", "x-extension");
    }

    [Fact]
    public void Write_Doses_PutsKindFirst()
    {
        var article = ModelSamples.FullArticle();

        using var document = JsonDocument.Parse(ClinicalArticleJson.Write(article));

        var dosages = document.RootElement.GetProperty("firstLineTherapy").GetProperty("options")[0]
            .GetProperty("components")[0].GetProperty("dosages");
        MemberNames(dosages[0].GetProperty("dose")).Should().Equal("kind", "unit", "low", "high", "x-extension");
        MemberNames(dosages[1].GetProperty("dose")).Should().Equal("kind", "unit", "value", "x-extension");
    }

    [Fact]
    public void Write_FullReference_PutsMembersInDeclarationOrderWithUnknownLast()
    {
        var article = ModelSamples.FullArticle();

        using var document = JsonDocument.Parse(ClinicalArticleJson.Write(article));

        MemberNames(document.RootElement.GetProperty("references")[0]).Should().Equal(
            "id", "kind", "title", "authors", "container", "publisher", "issued", "volume", "issue", "pages", "doi", "pmid", "url", "x-extension");
    }

    [Fact]
    public void Write_MinimalArticle_LeavesOutAbsentValuesAndEmptyLists()
    {
        var article = ModelSamples.MinimalArticle() with { SpecialScenarios = [], References = [], Precautions = default };

        var json = ClinicalArticleJson.Write(article, s_compact);

        json.Should().Be("""{"schemaVersion":"1.0","id":"minimal","language":"en","question":"Q?","title":"T","summary":{"text":"A point"},"condition":{"text":"Clonazepam"},"audience":"patient","review":{"status":"submitted"}}""");
    }

    [Fact]
    public void Write_EmptyNestedObjects_WritesThemAsEmptyObjects()
    {
        var article = ModelSamples.MinimalArticle() with { Diagnosis = new DiagnosticApproach(), FollowUp = new FollowUpPlan { Points = [] } };

        var json = ClinicalArticleJson.Write(article, s_compact);

        json.Should().EndWith(",\"diagnosis\":{},\"followUp\":{}}");
    }

    [Fact]
    public void Write_AsNeededFalse_LeavesItOut()
    {
        var article = ModelSamples.MinimalArticle() with
        {
            FirstLineTherapy = new TherapySection { Options = [ModelSamples.MinimalTherapyOption() with { Components = [new TherapyComponent { Drug = ModelSamples.MinimalCodedConcept(), Dosages = [new Dosage { Text = "x", AsNeeded = false }] }] }] },
        };

        var json = ClinicalArticleJson.Write(article, s_compact);

        json.Should().NotContain("asNeeded");
    }

    [Fact]
    public void Write_AsNeededTrue_WritesTrue()
    {
        var article = ModelSamples.MinimalArticle() with
        {
            FirstLineTherapy = new TherapySection { Options = [ModelSamples.MinimalTherapyOption() with { Components = [new TherapyComponent { Drug = ModelSamples.MinimalCodedConcept(), Dosages = [new Dosage { Text = "x", AsNeeded = true }] }] }] },
        };

        var json = ClinicalArticleJson.Write(article, s_compact);

        json.Should().Contain("{\"text\":\"x\",\"asNeeded\":true}");
    }

    public static TheoryData<decimal, string> DecimalsAndTheirText => new()
    {
        { 1.50m, "1.50" },
        { 1.250m, "1.250" },
        { 0.5m, "0.5" },
        { -3m, "-3" },
        { 100.000m, "100.000" },
        { 0.0000000001m, "0.0000000001" },
        { 79228162514264337593543950335m, "79228162514264337593543950335" },
        { -79228162514264337593543950335m, "-79228162514264337593543950335" },
        { 0.0000000000000000000000000001m, "0.0000000000000000000000000001" },
    };

    [Theory]
    [MemberData(nameof(DecimalsAndTheirText))]
    public void Write_Decimal_KeepsItsScaleWithoutExponent(decimal value, string text)
    {
        var article = ModelSamples.MinimalArticle() with
        {
            FirstLineTherapy = new TherapySection { Options = [ModelSamples.MinimalTherapyOption() with { Efficacy = new Efficacy { Value = value, Unit = "%" } }] },
        };

        var json = ClinicalArticleJson.Write(article, s_compact);

        json.Should().Contain("\"efficacy\":{\"value\":" + text + ",\"unit\":\"%\"}");
    }

    [Theory]
    [InlineData("1.50")]
    [InlineData("0.500")]
    [InlineData("90")]
    [InlineData("1.0000000000000000000000000000")]
    public void Write_DecimalReadFromJson_WritesTheSameDigits(string number)
    {
        var input = JsonText.With("\"firstLineTherapy\":{\"options\":[{\"name\":\"n\",\"kind\":\"drug\",\"efficacy\":{\"value\":" + number + ",\"unit\":\"%\"}}]}");
        var article = ClinicalArticleJson.Read(input).Value;
        article.Should().NotBeNull();

        var json = ClinicalArticleJson.Write(article!, s_compact);

        json.Should().Be(input);
    }

    [Fact]
    public void Write_Indented_UsesTwoSpacesAndLineFeedsAndEndsWithOneNewline()
    {
        var article = ModelSamples.MinimalArticle();

        var json = ClinicalArticleJson.Write(article);

        json.Should().Be("""
            {
              "schemaVersion": "1.0",
              "id": "minimal",
              "language": "en",
              "question": "Q?",
              "title": "T",
              "summary": {
                "text": "A point"
              },
              "condition": {
                "text": "Clonazepam"
              },
              "audience": "patient",
              "review": {
                "status": "submitted"
              }
            }

            """.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Write_IndentedFullArticle_HasNoCarriageReturnsOrTabsAndEndsWithExactlyOneNewline()
    {
        var article = ModelSamples.FullArticle();

        var json = ClinicalArticleJson.Write(article);

        json.Should().NotContain("\r").And.NotContain("\t").And.EndWith("}\n");
        json.Should().NotEndWith("\n\n");
        json.Split('\n').Where(static l => l.Length > 0).Should().OnlyContain(static l => (l.Length - l.TrimStart(' ').Length) % 2 == 0);
    }

    [Fact]
    public void Write_Compact_WritesOneLineWithoutNewline()
    {
        var article = ModelSamples.FullArticle();

        var json = ClinicalArticleJson.Write(article, s_compact);

        json.Should().NotContain("\n").And.StartWith("{\"schemaVersion\":").And.EndWith("}");
    }

    [Fact]
    public async Task Write_EveryOutputOverload_GivesTheSameBytes()
    {
        var article = ModelSamples.FullArticle();
        var expected = ClinicalArticleJson.WriteToUtf8Bytes(article);
        using var syncStream = new MemoryStream();
        using var asyncStream = new MemoryStream();
        var bufferWriter = new ArrayBufferWriter<byte>();

        ClinicalArticleJson.Write(article, syncStream);
        await ClinicalArticleJson.WriteAsync(article, asyncStream);
        ClinicalArticleJson.Write(article, bufferWriter);
        var text = ClinicalArticleJson.Write(article);

        syncStream.ToArray().Should().Equal(expected);
        asyncStream.ToArray().Should().Equal(expected);
        bufferWriter.WrittenSpan.ToArray().Should().Equal(expected);
        Encoding.UTF8.GetBytes(text).Should().Equal(expected);
    }

    [Fact]
    public async Task Write_EveryOutputOverloadCompact_GivesTheSameBytes()
    {
        var article = ModelSamples.FullArticle();
        var expected = ClinicalArticleJson.WriteToUtf8Bytes(article, s_compact);
        using var syncStream = new MemoryStream();
        using var asyncStream = new MemoryStream();
        var bufferWriter = new ArrayBufferWriter<byte>();

        ClinicalArticleJson.Write(article, syncStream, s_compact);
        await ClinicalArticleJson.WriteAsync(article, asyncStream, s_compact);
        ClinicalArticleJson.Write(article, bufferWriter, s_compact);
        var text = ClinicalArticleJson.Write(article, s_compact);

        syncStream.ToArray().Should().Equal(expected);
        asyncStream.ToArray().Should().Equal(expected);
        bufferWriter.WrittenSpan.ToArray().Should().Equal(expected);
        Encoding.UTF8.GetBytes(text).Should().Equal(expected);
    }

    [Fact]
    public void Write_IntoABufferWriterThatAlreadyHoldsData_Appends()
    {
        var article = ModelSamples.MinimalArticle();
        var bufferWriter = new ArrayBufferWriter<byte>();
        bufferWriter.Write("prefix"u8);

        ClinicalArticleJson.Write(article, bufferWriter);

        bufferWriter.WrittenSpan.ToArray().Should().Equal([.. "prefix"u8.ToArray(), .. ClinicalArticleJson.WriteToUtf8Bytes(article)]);
    }

    public static TheoryData<string> ArticlesWithoutAJsonForm => new()
    {
        "undefined audience",
        "undefined review status",
        "undefined time unit deep inside",
        "undefined timing event in a list",
        "null list element",
        "null statement in nested points",
        "null required string",
        "null required object",
        "default partial date",
    };

    private static ClinicalArticle WithoutJsonForm(string name)
    {
        var article = ModelSamples.FullArticle();
        var option = article.FirstLineTherapy!.Options[0];
        var component = option.Components[0];
        var dosage = component.Dosages[0];
        ClinicalArticle WithDosage(Dosage changed) => article with
        {
            FirstLineTherapy = article.FirstLineTherapy with { Options = [option with { Components = [component with { Dosages = [changed] }] }] },
        };

        return name switch
        {
            "undefined audience" => article with { Audience = (Audience)99 },
            "undefined review status" => article with { Review = article.Review with { Status = (ReviewStatus)(-1) } },
            "undefined time unit deep inside" => WithDosage(dosage with { Timing = dosage.Timing! with { Offset = dosage.Timing.Offset! with { Unit = (TimeUnit)7 } } }),
            "undefined timing event in a list" => WithDosage(dosage with { Timing = dosage.Timing! with { When = [TimingEvent.Bedtime, (TimingEvent)42] } }),
            "null list element" => article with { References = [ModelSamples.MinimalReference(), null!] },
            "null statement in nested points" => article with { Summary = article.Summary with { Points = [ModelSamples.MinimalStatement() with { Points = [null!] }] } },
            "null required string" => article with { References = [ModelSamples.MinimalReference() with { Title = null! }] },
            "null required object" => WithDosage(dosage with { MaximumDose = dosage.MaximumDose! with { Period = null! } }),
            // default(PartialDate) has year 0, which the constructor and the reader both refuse.
            "default partial date" => article with { References = [ModelSamples.MinimalReference() with { Issued = default(PartialDate) }] },
            _ => throw new ArgumentOutOfRangeException(nameof(name), name, null),
        };
    }

    [Theory]
    [MemberData(nameof(ArticlesWithoutAJsonForm))]
    public void Write_ArticleWithAValueThatHasNoJsonForm_ThrowsArgumentException(string name)
    {
        var article = WithoutJsonForm(name);

        var act = () => ClinicalArticleJson.Write(article);

        act.Should().Throw<ArgumentException>();
    }

    [Theory]
    [MemberData(nameof(ArticlesWithoutAJsonForm))]
    public void Write_ArticleWithAValueThatHasNoJsonFormToAStream_WritesNothing(string name)
    {
        var article = WithoutJsonForm(name);
        using var stream = new MemoryStream();

        var act = () => ClinicalArticleJson.Write(article, stream);

        act.Should().Throw<ArgumentException>();
        stream.Length.Should().Be(0);
    }

    [Theory]
    [MemberData(nameof(ArticlesWithoutAJsonForm))]
    public async Task WriteAsync_ArticleWithAValueThatHasNoJsonForm_ThrowsAndWritesNothing(string name)
    {
        var article = WithoutJsonForm(name);
        using var stream = new MemoryStream();

        var act = async () => await ClinicalArticleJson.WriteAsync(article, stream);

        await act.Should().ThrowAsync<ArgumentException>();
        stream.Length.Should().Be(0);
    }

    [Fact]
    public void Read_OfAnArticleWithDefaultIds_ReturnsAnEqualArticle()
    {
        var article = ModelSamples.MinimalArticle() with
        {
            Id = default,
            Summary = new Statement { Text = "s", Citations = [new Citation { ReferenceId = default }] },
        };

        var result = ClinicalArticleJson.Read(ClinicalArticleJson.Write(article));

        result.Issues.Should().BeEmpty();
        result.Value.Should().Be(article);
    }

    [Fact]
    public void Write_AfterAFailedWrite_WritesTheNextArticleCorrectly()
    {
        var bad = WithoutJsonForm("undefined audience");
        var good = ModelSamples.FullArticle();
        var expected = ClinicalArticleJson.WriteToUtf8Bytes(good);
        var failed = () => ClinicalArticleJson.Write(bad);
        failed.Should().Throw<ArgumentException>();

        var actual = ClinicalArticleJson.WriteToUtf8Bytes(good);

        actual.Should().Equal(expected);
    }

    [Fact]
    public void Write_StatementsNestedDeeperThanMaxDepth_ThrowsArgumentException()
    {
        var article = ModelSamples.MinimalArticle() with { Summary = ModelSamples.Nested(40) };

        var act = () => ClinicalArticleJson.Write(article);

        act.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void Write_StatementsNestedDeeperThanALowerMaxDepth_ThrowsArgumentException()
    {
        var article = ModelSamples.MinimalArticle() with { Summary = ModelSamples.Nested(5) };

        var act = () => ClinicalArticleJson.Write(article, ClinicalArticleJsonOptions.Default with { MaxDepth = 8 });

        act.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void Write_SectionPointsWithCitationsNestedBeyondTheDefaultMaxDepth_ThrowsArgumentException()
    {
        // Section points start one level deeper than the summary's, so the depth limit falls between a statement and its citations.
        var article = ModelSamples.MinimalArticle() with { OtherSections = [new ArticleSection { Title = "Deep", Points = [ModelSamples.Nested(40)] }] };

        var act = () => ClinicalArticleJson.Write(article);

        act.Should().Throw<ArgumentException>();
    }

    public static TheoryData<int, int, bool> DepthsAndNestings()
    {
        var data = new TheoryData<int, int, bool>();
        foreach (var maxDepth in new[] { 8, 9, 10, 11, 64 })
        {
            foreach (var nesting in new[] { 0, 2, 3, 4, 30 })
            {
                data.Add(maxDepth, nesting, true);
                data.Add(maxDepth, nesting, false);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(DepthsAndNestings))]
    public void Write_NestedStatementsAtAnyMaxDepth_EitherThrowsArgumentExceptionOrWritesWhatReadsBack(int maxDepth, int nesting, bool withCitations)
    {
        // The writer must never write what the reader refuses, and never fail with anything but ArgumentException.
        var options = ClinicalArticleJsonOptions.Default with { MaxDepth = maxDepth };
        var article = ModelSamples.MinimalArticle() with { Summary = ModelSamples.Nested(nesting, withCitations) };
        string? json = null;

        var act = () => json = ClinicalArticleJson.Write(article, options);

        try
        {
            act();
        }
        catch (Exception exception)
        {
            exception.Should().BeAssignableTo<ArgumentException>();
            return;
        }

        var result = ClinicalArticleJson.Read(json!, options);
        result.Issues.Should().BeEmpty();
        result.Value.Should().Be(article);
    }

    [Fact]
    public void Write_UnknownMemberValueNestedDeeperThanMaxDepth_ThrowsArgumentException()
    {
        var deep = new string('[', 70) + new string(']', 70);
        using var document = JsonDocument.Parse(deep, new JsonDocumentOptions { MaxDepth = 100 });
        var article = ModelSamples.MinimalArticle() with { UnknownMembers = UnknownMembers.Create([new("x-deep", document.RootElement)]) };

        var act = () => ClinicalArticleJson.Write(article);

        act.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void Write_NullArticle_ThrowsArgumentNull()
    {
        var act = () => ClinicalArticleJson.Write(null!);

        act.Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void Write_NullStream_ThrowsArgumentNull()
    {
        var act = () => ClinicalArticleJson.Write(ModelSamples.MinimalArticle(), (Stream)null!);

        act.Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void JsonSerializerSerialize_WithTypeInfo_GivesWhatClinicalArticleJsonReadsBack()
    {
        var article = ModelSamples.FullArticle();

        var json = JsonSerializer.Serialize(article, ClinicalArticleJson.TypeInfo);

        var result = ClinicalArticleJson.Read(json, ClinicalArticleJsonOptions.Tolerant);
        result.Issues.Should().BeEmpty();
        result.Value.Should().Be(article);
    }

    [Fact]
    public void JsonSerializerSerialize_WithTypeInfo_WritesTheSameMembersAsClinicalArticleJson()
    {
        var article = ModelSamples.FullArticle();

        using var serialized = JsonDocument.Parse(JsonSerializer.Serialize(article, ClinicalArticleJson.TypeInfo));
        using var written = JsonDocument.Parse(ClinicalArticleJson.Write(article));

        JsonElement.DeepEquals(serialized.RootElement, written.RootElement).Should().BeTrue();
    }

    [Fact]
    public void JsonSerializerDeserialize_WithTypeInfo_ReadsTheLibrarysOutput()
    {
        var article = ModelSamples.WithoutUnknownMembers(ModelSamples.FullArticle());

        var read = JsonSerializer.Deserialize(ClinicalArticleJson.Write(article), ClinicalArticleJson.TypeInfo);

        read.Should().Be(article);
    }

    public static TheoryData<string> InvalidContent => new()
    {
        JsonText.With("\"x\":1"),
        JsonText.With("\"version\":null"),
        JsonText.Minimal.Replace("\"title\":\"t\",", string.Empty, StringComparison.Ordinal),
        JsonText.Minimal.Replace("\"clinician\"", "\"doctor\"", StringComparison.Ordinal),
        JsonText.Minimal.Replace("\"clinician\"", "1", StringComparison.Ordinal),
        JsonText.With("\"disclaimer\":\"\\ud800\""),
        JsonText.WithDose("""{"unit":"mg","value":1}"""),
        JsonText.WithDose("""{"kind":"ratio","unit":"mg"}"""),
        JsonText.WithDose("""{"kind":"quantity","unit":"mg","value":1e400}"""),
        JsonText.Minimal.Replace("\"1.0\"", "\"2.0\"", StringComparison.Ordinal),
        JsonText.With("\"title\":\"again\""),
        "[]",
        "42",
        "{",
        "{\"id\":\"a\",}",
        JsonText.Minimal + "x",
        new string('[', 200) + new string(']', 200),
    };

    [Theory]
    [MemberData(nameof(InvalidContent))]
    public void JsonSerializerDeserialize_WithTypeInfoOnInvalidContent_ThrowsJsonException(string json)
    {
        var act = () => JsonSerializer.Deserialize(json, ClinicalArticleJson.TypeInfo);

        act.Should().ThrowExactly<JsonException>();
    }

    [Fact]
    public void JsonSerializerDeserialize_WithTypeInfoOnInvalidUtf8_ThrowsJsonException()
    {
        var utf8 = Encoding.UTF8.GetBytes(JsonText.With("\"disclaimer\":\"aXb\""));
        utf8[Array.IndexOf(utf8, (byte)'X')] = 0xFF;

        var act = () => JsonSerializer.Deserialize(utf8, ClinicalArticleJson.TypeInfo);

        act.Should().ThrowExactly<JsonException>();
    }

    [Fact]
    public void JsonSerializerDeserialize_WithTypeInfoFromAReaderInsideAnotherDocument_ReadsOneArticle()
    {
        var article = ModelSamples.MinimalArticle();
        var utf8 = Encoding.UTF8.GetBytes("[" + ClinicalArticleJson.Write(article) + "," + ClinicalArticleJson.Write(article, s_compact) + "]");
        var reader = new Utf8JsonReader(utf8);
        reader.Read();
        reader.Read();

        var first = JsonSerializer.Deserialize(ref reader, ClinicalArticleJson.TypeInfo);

        first.Should().Be(article);
        reader.TokenType.Should().Be(JsonTokenType.EndObject);
        reader.Read().Should().BeTrue();
        reader.TokenType.Should().Be(JsonTokenType.StartObject);
    }
}
