using System.Text;
using System.Text.Json;
using ClinicalContent.Interop.Csl;
using ClinicalContent.Model;
using ClinicalContent.Validation;

namespace ClinicalContent.Tests.Interop.Csl;

public sealed class CslJsonImportTests
{
    private static readonly CslJsonOptions s_compact = CslJsonOptions.Default with { WriteIndented = false };

    /// <summary>An item as Zotero exports it: numbers as strings in dates, variables the model has no member for.</summary>
    private const string ZoteroItem = """
        [
          {
            "id": "http://zotero.org/users/1/items/ABCD2345",
            "type": "article-journal",
            "title": "Myoclonus: current concepts and recent advances",
            "container-title": "The Lancet Neurology",
            "page": "598-607",
            "volume": "3",
            "issue": "10",
            "source": "PubMed",
            "abstract": "Myoclonus is a sudden, brief, involuntary jerk.",
            "DOI": "10.1016/S1474-4422(04)00875-1",
            "ISSN": "1474-4422",
            "journalAbbreviation": "Lancet Neurol",
            "language": "eng",
            "PMID": "15380156",
            "author": [
              { "family": "Caviness", "given": "John N." },
              { "family": "Eerden", "given": "M. M.", "non-dropping-particle": "van der" }
            ],
            "accessed": { "date-parts": [["2024", 5, 1]] },
            "issued": { "date-parts": [["2004", "10"]] }
          }
        ]
        """;

    /// <summary>An item as reference managers that number their items export it.</summary>
    private const string NumberedItem = """
        [{ "id": 12, "type": "report", "genre": "Clinical Practice Guideline", "title": "Community-acquired pneumonia",
           "author": [{ "literal": "American Thoracic Society" }], "issued": { "raw": "2019-10-01" }, "volume": 200, "page": 45 }]
        """;

    public static TheoryData<string, string?, ReferenceKind> Classifications => new()
    {
        { "article-journal", null, ReferenceKind.Research },
        { "article", null, ReferenceKind.Research },
        { "article-journal", "Review article", ReferenceKind.Review },
        { "article-journal", "Systematic review and meta-analysis", ReferenceKind.SystematicReview },
        { "article-journal", "Meta-analysis", ReferenceKind.SystematicReview },
        { "report", "Guideline", ReferenceKind.Guideline },
        { "article-journal", "Practice guideline", ReferenceKind.Guideline },
        { "document", "Prescribing information", ReferenceKind.DrugLabel },
        { "pamphlet", "Package insert", ReferenceKind.DrugLabel },
        { "book", null, ReferenceKind.Textbook },
        { "chapter", null, ReferenceKind.Textbook },
        { "webpage", null, ReferenceKind.Website },
        { "post-weblog", null, ReferenceKind.Website },
        { "report", null, ReferenceKind.Other },
        { "thesis", null, ReferenceKind.Other },
        { "document", null, ReferenceKind.Other },
    };

    /// <summary>Bad input, the one issue it gives (code and pointer), and whether a reference is still built.</summary>
    public static TheoryData<string, string, string, bool> BadInputs => new()
    {
        { """{ "id": "a" }""", IssueCodes.CslWrongType, "", false },
        { """[1]""", IssueCodes.CslWrongType, "/0", false },
        { """[{ "type": "book", "title": "T" }]""", IssueCodes.CslRequiredVariableMissing, "/0/id", false },
        { """[{ "id": "a", "title": "T" }]""", IssueCodes.CslRequiredVariableMissing, "/0/type", false },
        { """[{ "id": "a", "type": "book" }]""", IssueCodes.CslRequiredVariableMissing, "/0/title", false },
        { """[{ "id": true, "type": "book", "title": "T" }]""", IssueCodes.CslWrongType, "/0/id", false },
        { """[{ "id": "a", "type": ["book"], "title": "T" }]""", IssueCodes.CslWrongType, "/0/type", false },
        { """[{ "id": "a", "type": "book", "title": null }]""", IssueCodes.CslWrongType, "/0/title", false },
        { """[{ "id": "a", "type": "book", "title": "T", "volume": true }]""", IssueCodes.CslWrongType, "/0/volume", true },
        { """[{ "id": "a", "type": "book", "title": "T", "DOI": 10 }]""", IssueCodes.CslWrongType, "/0/DOI", true },
        { """[{ "id": "a", "type": "book", "title": "T", "author": "Doe, J." }]""", IssueCodes.CslWrongType, "/0/author", true },
        { """[{ "id": "a", "type": "book", "title": "T", "author": ["Doe, J."] }]""", IssueCodes.CslWrongType, "/0/author/0", true },
        { """[{ "id": "a", "type": "book", "title": "T", "author": [{ "family": 1 }] }]""", IssueCodes.CslWrongType, "/0/author/0/family", true },
        { """[{ "id": "a", "type": "book", "title": "T", "custom": [] }]""", IssueCodes.CslWrongType, "/0/custom", true },
        { """[{ "id": "a", "type": "book", "title": "T", "issued": "2004" }]""", IssueCodes.CslWrongType, "/0/issued", true },
        { """[{ "id": "a", "type": "book", "title": "T", "issued": { "date-parts": [[2004, 13]] } }]""", IssueCodes.CslDateInvalid, "/0/issued/date-parts/0/1", true },
        { """[{ "id": "a", "type": "book", "title": "T", "issued": { "date-parts": [[2023, 2, 29]] } }]""", IssueCodes.CslDateInvalid, "/0/issued/date-parts/0/2", true },
        { """[{ "id": "a", "type": "book", "title": "T", "issued": { "date-parts": [["20x4"]] } }]""", IssueCodes.CslDateInvalid, "/0/issued/date-parts/0/0", true },
        { """[{ "id": "a", "type": "book", "title": "T", "issued": { "date-parts": [[2004.5]] } }]""", IssueCodes.CslDateInvalid, "/0/issued/date-parts/0/0", true },
        { """[{ "id": "a", "type": "book", "title": "T", "issued": { "date-parts": [] } }]""", IssueCodes.CslDateInvalid, "/0/issued/date-parts", true },
        { """[{ "id": "a", "type": "book", "title": "T", "issued": { "date-parts": [[2004, 1, 2, 3]] } }]""", IssueCodes.CslDateInvalid, "/0/issued/date-parts/0", true },
        { """[{ "id": "a", "type": "book", "title": "T", "issued": { "year": 2004 } }]""", IssueCodes.CslDateInvalid, "/0/issued/year", true },
        { """[{ "id": "a", "type": "book", "title": "T", "issued": { "raw": 2004 } }]""", IssueCodes.CslDateInvalid, "/0/issued/raw", true },
        { """[{ "id": "a", "type": "book", "title": "T", "issued": { } }]""", IssueCodes.CslDateInvalid, "/0/issued", true },
        { """[{ "id": "a", "type": "book", "title": "T", "issued": { "date-parts": [[2003], [2004]] } }]""", IssueCodes.CslDateNotCarried, "/0/issued", true },
        { """[{ "id": "a", "type": "book", "title": "T", "issued": { "literal": "Spring 2004" } }]""", IssueCodes.CslDateNotCarried, "/0/issued", true },
        { """[{ "id": "a", "type": "book", "title": "T", "issued": { "date-parts": [[2004]], "season": 1 } }]""", IssueCodes.CslDateNotCarried, "/0/issued", true },
        { """[{ "id": "a", "type": "book", "title": "T", "issued": { "date-parts": [[2004]], "circa": true } }]""", IssueCodes.CslDateNotCarried, "/0/issued", true },
        { """[{ "id": "a", "type": "book", "title": "T", "issued": { "raw": "October 2004" } }]""", IssueCodes.CslDateNotCarried, "/0/issued", true },
        { """[{ "id": "a", "type": "book", "title": "T", "issued": { "date-parts": [[-44]] } }]""", IssueCodes.CslDateNotCarried, "/0/issued", true },
        { """[{ "id": "a", "type": "journal-article", "title": "T" }]""", IssueCodes.CslTypeUnknown, "/0/type", true },
        { """[{ "id": "a", "type": "book", "title": "T", "custom": { "clinicalContent": { "kind": "preprint" } } }]""", IssueCodes.CslCustomUnreadable, "/0/custom/clinicalContent", true },
        { """[{ "id": "a", "type": "book", "title": "T", "custom": { "clinicalContent": "research" } }]""", IssueCodes.CslCustomUnreadable, "/0/custom/clinicalContent", true },
        { """[{ "id": "a", "type": "book", "title": "T", "custom": { "clinicalContent": { "kind": "research", "note": 1 } } }]""", IssueCodes.CslCustomUnreadable, "/0/custom/clinicalContent", true },
        { """[{ "id": "a", "type": "book", "title": "T", "custom": { "clinicalContent": { "kind": "research", "authorUnknownMembers": { "0": {} } } } }]""", IssueCodes.CslCustomUnreadable, "/0/custom/clinicalContent", true },
        { """[{ "id": "a", "type": "book", "title": "T", "note": "x", "custom": { "clinicalContent": { "kind": "research", "unknownMembers": { "note": "y" } } } }]""", IssueCodes.CslCustomUnreadable, "/0/custom/clinicalContent", true },
        { """[{ "id": "a", "id": "b", "type": "book", "title": "T" }]""", IssueCodes.DuplicateMember, "/0/id", true },
        { """[{ "id": "a", "type": "book", "title": "\ud800" }]""", IssueCodes.InvalidText, "/0/title", false },
        { """[{ "id": "a", "type": "book", "title": "T", }]""", IssueCodes.JsonSyntaxError, "/0", false },
        { """[{ "id": "a" } """, IssueCodes.JsonSyntaxError, "", false },
        { " \n ", IssueCodes.EmptyDocument, "", false },
    };

    /// <summary>The bad inputs that still build a reference, with the member its offending value is kept under. Left
    /// out: an unknown type (tested on its own), a duplicate (its last value is the one kept), and problems inside an
    /// author (a name that is not an object is left out; a name part of the wrong type stays on its author).</summary>
    public static TheoryData<string, string> KeptInputs
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (var row in BadInputs)
            {
                var (json, code, pointer, builds) = ((string)row[0], (string)row[1], (string)row[2], (bool)row[3]);
                if (builds && code is not (IssueCodes.CslTypeUnknown or IssueCodes.DuplicateMember) && !pointer.StartsWith("/0/author/", StringComparison.Ordinal))
                {
                    data.Add(json, pointer.Split('/')[2]);
                }
            }

            return data;
        }
    }

    [Fact]
    public void Import_ZoteroItem_MapsEveryVariableAndKeepsTheRestInOrder()
    {
        var result = CslJson.Import(ZoteroItem);

        result.Issues.Should().BeEmpty();
        var reference = result.References.Should().ContainSingle().Which;
        reference.Should().BeEquivalentTo(new
        {
            Id = new ReferenceId("http://zotero.org/users/1/items/ABCD2345"),
            Kind = ReferenceKind.Research,
            Title = "Myoclonus: current concepts and recent advances",
            Container = "The Lancet Neurology",
            Issued = (PartialDate?)new PartialDate(2004, 10),
            Volume = "3",
            Issue = "10",
            Pages = "598-607",
            Doi = "10.1016/S1474-4422(04)00875-1",
            Pmid = "15380156",
        });
        reference.Authors.Select(static a => (a.Family, a.Given)).Should().Equal(("Caviness", "John N."), ("Eerden", "M. M."));
        reference.Authors[1].UnknownMembers!.Select(static m => m.Key).Should().Equal("non-dropping-particle");
        reference.UnknownMembers!.Select(static m => m.Key).Should().Equal("source", "abstract", "ISSN", "journalAbbreviation", "language", "accessed");
    }

    [Fact]
    public void Export_OfImportedZoteroItem_WritesItsVariablesBackAsVariables()
    {
        var references = CslJson.ImportOrThrow(ZoteroItem);

        using var exported = JsonDocument.Parse(CslJson.Export(references, s_compact));

        var item = exported.RootElement[0];
        item.GetProperty("abstract").GetString().Should().StartWith("Myoclonus is");
        item.GetProperty("accessed").GetRawText().Should().Be("""{"date-parts":[["2024",5,1]]}""");
        item.GetProperty("author")[1].GetProperty("non-dropping-particle").GetString().Should().Be("van der");
        item.GetProperty("custom").GetRawText().Should().Be("""{"clinicalContent":{"kind":"research"}}""");
    }

    [Fact]
    public void Import_NumberedItemWithLiteralAuthorAndRawDate_Imports()
    {
        var result = CslJson.Import(NumberedItem);

        result.Issues.Should().BeEmpty();
        var reference = result.References.Should().ContainSingle().Which;
        reference.Id.Should().Be(new ReferenceId("12"));
        reference.Kind.Should().Be(ReferenceKind.Guideline);
        reference.Authors.Should().Equal(new Author { Literal = "American Thoracic Society" });
        reference.Issued.Should().Be(new PartialDate(2019, 10, 1));
        (reference.Volume, reference.Pages).Should().Be(("200", "45"));
        reference.UnknownMembers!.Select(static m => m.Key).Should().Equal(["genre"], "its genre differs from the guideline genre in case, and is kept as written");
    }

    [Theory]
    [MemberData(nameof(Classifications))]
    public void Import_ItemWithoutCustomKind_IsClassifiedFromTypeAndGenre(string type, string? genre, ReferenceKind kind)
    {
        var json = genre is null
            ? $$"""[{ "id": "a", "type": "{{type}}", "title": "T" }]"""
            : $$"""[{ "id": "a", "type": "{{type}}", "genre": "{{genre}}", "title": "T" }]""";

        var references = CslJson.ImportOrThrow(json);

        references.Should().ContainSingle().Which.Kind.Should().Be(kind);
    }

    [Fact]
    public void Import_CustomKind_WinsOverTheType()
    {
        var references = CslJson.ImportOrThrow("""[{ "id": "a", "type": "article-journal", "title": "T", "custom": { "clinicalContent": { "kind": "textbook" } } }]""");

        var reference = references.Should().ContainSingle().Which;
        reference.Kind.Should().Be(ReferenceKind.Textbook);
        reference.UnknownMembers!.Select(static m => m.Key).Should().Equal(["type"], "a type other than the kind's own is kept");
    }

    [Theory]
    [MemberData(nameof(BadInputs))]
    public void Import_BadInput_ReportsItWithCodeAndPointer(string json, string code, string location, bool builds)
    {
        var result = CslJson.Import(json);

        result.Issues.Select(static i => (i.Code, i.Pointer)).Should().Equal((code, location));
        result.Issues.Should().OnlyContain(static i => i.Position != null);
        result.References.Should().HaveCount(builds ? 1 : 0);
    }

    [Theory]
    [MemberData(nameof(KeptInputs))]
    public void Import_BadInputThatBuildsAReference_KeepsTheOffendingValue(string json, string member)
    {
        var result = CslJson.Import(json);

        var reference = result.References.Should().ContainSingle().Which;
        reference.UnknownMembers.Should().NotBeNull();
        reference.UnknownMembers!.Select(static m => m.Key).Should().Contain(member);
    }

    [Fact]
    public void Import_UnknownType_KeepsTheTypeAndExportsItAgainOnlyInCustom()
    {
        var reference = CslJson.Import("""[{ "id": "a", "type": "journal-article", "title": "T" }]""").References.Single();

        var again = CslJson.Import(CslJson.Export([reference]));

        reference.Kind.Should().Be(ReferenceKind.Other);
        reference.UnknownMembers!.Select(static m => (m.Key, m.Value.GetString())).Should().Equal(("type", "journal-article"));
        again.Issues.Should().BeEmpty("the exported item has a valid type, and the unknown one is kept in custom");
        again.References.Should().Equal(reference);
    }

    [Fact]
    public void Import_WrongTypeNamePart_KeepsItOnTheAuthor()
    {
        var author = CslJson.Import("""[{ "id": "a", "type": "book", "title": "T", "author": [{ "family": 1, "given": "J." }] }]""").References.Single().Authors.Single();

        author.Family.Should().BeNull();
        author.Given.Should().Be("J.");
        author.UnknownMembers!.Select(static m => m.Key).Should().Equal("family");
    }

    [Fact]
    public void Import_DuplicateMember_KeepsTheLastValue()
    {
        var reference = CslJson.Import("""[{ "id": "a", "id": "b", "type": "book", "title": "T" }]""").References.Single();

        reference.Id.Should().Be(new ReferenceId("b"));
    }

    [Fact]
    public void Import_UnreadableCustom_KeepsItUnchangedAndExportsItAgain()
    {
        const string Json = """[{ "id": "a", "type": "book", "title": "T", "custom": { "short_id": "x", "clinicalContent": { "kind": "preprint" } } }]""";

        var reference = CslJson.Import(Json).References.Single();
        using var exported = JsonDocument.Parse(CslJson.Export([reference], s_compact));

        reference.Kind.Should().Be(ReferenceKind.Textbook);
        reference.UnknownMembers!.Select(static m => m.Key).Should().Equal("custom");
        var custom = exported.RootElement[0].GetProperty("custom").GetProperty("clinicalContent");
        custom.GetProperty("kind").GetString().Should().Be("textbook");
        custom.GetProperty("unknownMembers").GetProperty("custom").GetRawText().Should().Be("""{"short_id":"x","clinicalContent":{"kind":"preprint"}}""");
    }

    [Fact]
    public void Import_IssuesInMultilineInput_CarryLineAndColumn()
    {
        const string Json = "[\n  {\n    \"id\": \"a\",\n    \"type\": \"book\",\n    \"title\": \"T\",\n    \"volume\": true\n  }\n]";

        var issue = CslJson.Import(Json).Issues.Should().ContainSingle().Which;

        issue.Position.Should().Be(new TextPosition(6, 15));
    }

    [Fact]
    public void Import_IssuesOfSeveralItems_AreInDocumentOrder()
    {
        const string Json = """[{ "id": "a", "type": "book" }, { "id": "b", "type": "x-book", "title": "T", "volume": true }]""";

        var issues = CslJson.Import(Json).Issues;

        issues.Select(static i => (i.Code, i.Pointer)).Should().Equal(
            (IssueCodes.CslRequiredVariableMissing, "/0/title"),
            (IssueCodes.CslTypeUnknown, "/1/type"),
            (IssueCodes.CslWrongType, "/1/volume"));
    }

    [Fact]
    public void Import_ByteOrderMark_WarnsAndImports()
    {
        var utf8 = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes("""[{ "id": "a", "type": "book", "title": "T" }]""")).ToArray();

        var result = CslJson.Import(utf8);

        result.Issues.Select(static i => (i.Code, i.Severity)).Should().Equal((IssueCodes.ByteOrderMarkIgnored, IssueSeverity.Warning));
        result.References.Should().ContainSingle();
        result.IsValid.Should().BeTrue();
    }

    [Fact]
    public void Import_InvalidUtf8_ReportsInvalidTextAndSkipsOnlyThatItem()
    {
        var utf8 = Encoding.UTF8.GetBytes("""[{ "id": "a", "type": "book", "title": "T?" }, { "id": "b", "type": "book", "title": "U" }]""");
        utf8[Array.IndexOf(utf8, (byte)'?')] = 0xFF;

        var result = CslJson.Import(utf8);

        result.Issues.Select(static i => (i.Code, i.Pointer)).Should().Equal((IssueCodes.InvalidText, "/0/title"));
        result.References.Select(static r => r.Id.Value).Should().Equal("b");
    }

    [Fact]
    public void Import_UnpairedSurrogateInText_ReportsInvalidText()
    {
        var result = CslJson.Import("[{ \"id\": \"a\", \"type\": \"book\", \"title\": \"\uD800\" }]");

        result.Issues.Select(static i => i.Code).Should().Equal(IssueCodes.InvalidText);
        result.References.Should().BeEmpty();
    }

    [Fact]
    public void Import_DocumentOverTheSizeLimit_IsNotRead()
    {
        var options = CslJsonOptions.Default with { MaxDocumentLength = 10 };
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes("""[{ "id": "a", "type": "book", "title": "T" }]"""));

        var fromSpan = CslJson.Import("""[{ "id": "a", "type": "book", "title": "T" }]"""u8, options);
        var fromStream = CslJson.Import(stream, options);

        fromSpan.Issues.Select(static i => i.Code).Should().Equal(IssueCodes.DocumentTooLarge);
        fromStream.Issues.Select(static i => i.Code).Should().Equal(IssueCodes.DocumentTooLarge);
    }

    [Fact]
    public void Import_NestingBeyondMaxDepth_ReportsDepth()
    {
        var json = """[{ "id": "a", "type": "book", "title": "T", "note": """ + new string('[', 10) + new string(']', 10) + "}]";

        var result = CslJson.Import(json, CslJsonOptions.Default with { MaxDepth = 8 });

        result.Issues.Select(static i => i.Code).Should().Equal(IssueCodes.MaxDepthExceeded);
        result.References.Should().BeEmpty();
    }

    [Fact]
    public async Task Import_EveryInputForm_GivesTheSameResult()
    {
        var json = CslJson.Export(CslTestData.Sample("restless-legs-syndrome.json"));
        var expected = CslJson.Import(json);
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(json));
        using var asyncStream = new MemoryStream(Encoding.UTF8.GetBytes(json));

        var fromBytes = CslJson.Import(Encoding.UTF8.GetBytes(json));
        var fromStream = CslJson.Import(stream);
        var fromAsync = await CslJson.ImportAsync(asyncStream);

        expected.References.Should().NotBeEmpty();
        new[] { fromBytes, fromStream, fromAsync }.Should().AllSatisfy(r => r.References.Should().Equal(expected.References));
    }

    [Fact]
    public void ImportOrThrow_Errors_ThrowsWithEveryIssue()
    {
        var import = () => CslJson.ImportOrThrow("""[{ "id": "a", "type": "book" }, 2]""");

        var exception = import.Should().Throw<ClinicalContentException>().Which;
        exception.Issues.Select(static i => i.Code).Should().Equal(IssueCodes.CslRequiredVariableMissing, IssueCodes.CslWrongType);
    }

    [Fact]
    public async Task ImportOrThrowAsync_WarningsOnly_ReturnsTheReferences()
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes("""[{ "id": "a", "type": "x-book", "title": "T" }]"""));

        var references = await CslJson.ImportOrThrowAsync(stream);

        references.Should().ContainSingle().Which.Kind.Should().Be(ReferenceKind.Other);
    }
}
