using System.Buffers;
using System.Text;
using System.Text.Json;
using ClinicalContent.Interop.Csl;
using ClinicalContent.Model;

namespace ClinicalContent.Tests.Interop.Csl;

public sealed class CslJsonExportTests
{
    private static readonly CslJsonOptions s_compact = CslJsonOptions.Default with { WriteIndented = false };

    private static readonly Reference s_caviness = new()
    {
        Id = new ReferenceId("caviness-2004"),
        Kind = ReferenceKind.Research,
        Title = "Myoclonus: current concepts and recent advances",
        Authors = [new Author { Family = "Caviness", Given = "J. N." }, new Author { Family = "Brown", Given = "P." }],
        Container = "The Lancet Neurology",
        Publisher = "Elsevier",
        Issued = new PartialDate(2004, 10),
        Volume = "3",
        Issue = "10",
        Pages = "598-607",
        Doi = "10.1016/S1474-4422(04)00875-1",
        Pmid = "15380156",
        Url = "https://example.org/caviness",
    };

    public static TheoryData<ReferenceKind, bool, string, string?, string> KindMappings => new()
    {
        { ReferenceKind.Guideline, true, "article-journal", "Clinical practice guideline", "guideline" },
        { ReferenceKind.Guideline, false, "report", "Clinical practice guideline", "guideline" },
        { ReferenceKind.SystematicReview, true, "article-journal", "Systematic review", "systematic-review" },
        { ReferenceKind.Research, true, "article-journal", null, "research" },
        { ReferenceKind.Review, true, "article-journal", "Review", "review" },
        { ReferenceKind.DrugLabel, false, "document", "Prescribing information", "drug-label" },
        { ReferenceKind.Textbook, false, "book", null, "textbook" },
        { ReferenceKind.Textbook, true, "chapter", null, "textbook" },
        { ReferenceKind.Website, true, "webpage", null, "website" },
        { ReferenceKind.Other, false, "document", null, "other" },
    };

    private static readonly Dictionary<string, Reference> s_unwritable = new(StringComparer.Ordinal)
    {
        ["default issued date"] = s_caviness with { Issued = default(PartialDate) },
        ["null title"] = s_caviness with { Title = null! },
        ["undefined kind"] = s_caviness with { Kind = (ReferenceKind)42 },
        ["null author"] = s_caviness with { Authors = [null!] },
    };

    public static TheoryData<string> Unwritable => [.. s_unwritable.Keys];

    [Fact]
    public void Export_ReferenceWithEveryMember_WritesEachToItsCslVariable()
    {
        var json = CslJson.Export([s_caviness], s_compact);

        json.Should().Be(
            """
            [{"id":"caviness-2004","type":"article-journal","title":"Myoclonus: current concepts and recent advances",
            "author":[{"family":"Caviness","given":"J. N."},{"family":"Brown","given":"P."}],"container-title":"The Lancet Neurology",
            "publisher":"Elsevier","issued":{"date-parts":[[2004,10]]},"volume":"3","issue":"10","page":"598-607",
            "DOI":"10.1016/S1474-4422(04)00875-1","PMID":"15380156","URL":"https://example.org/caviness",
            "custom":{"clinicalContent":{"kind":"research"}}}]
            """.Replace("\n", string.Empty, StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(KindMappings))]
    public void Export_Kind_MapsOntoCslTypeAndGenreAndKeepsTheExactKind(ReferenceKind kind, bool hasContainer, string type, string? genre, string wireName)
    {
        var reference = new Reference { Id = new ReferenceId("r"), Kind = kind, Title = "T", Container = hasContainer ? "Journal" : null };

        using var item = Item(reference);

        item.RootElement.GetProperty("type").GetString().Should().Be(type);
        (item.RootElement.TryGetProperty("genre", out var written) ? written.GetString() : null).Should().Be(genre);
        item.RootElement.GetProperty("custom").GetProperty("clinicalContent").GetProperty("kind").GetString().Should().Be(wireName);
    }

    [Theory]
    [InlineData(2004, null, null, "[2004]")]
    [InlineData(2004, 10, null, "[2004,10]")]
    [InlineData(2004, 10, 17, "[2004,10,17]")]
    public void Export_Issued_WritesOneToThreeDateParts(int year, int? month, int? day, string parts)
    {
        using var item = Item(s_caviness with { Issued = new PartialDate(year, month, day) });

        item.RootElement.GetProperty("issued").GetRawText().Should().Be($$"""{"date-parts":[{{parts}}]}""");
    }

    [Fact]
    public void Export_LiteralAuthor_WritesLiteralName()
    {
        using var item = Item(s_caviness with { Authors = [new Author { Literal = "IRLSSG" }] });

        item.RootElement.GetProperty("author").GetRawText().Should().Be("""[{"literal":"IRLSSG"}]""");
    }

    [Fact]
    public void Export_UnknownCslVariablesFirst_WritesThemAsVariablesAndTheRestIntoCustom()
    {
        var reference = s_caviness with { UnknownMembers = Unknown(("abstract", "\"A\""), ("x-note", "1"), ("ISSN", "\"1474-4422\"")) };

        using var item = Item(reference);

        item.RootElement.GetProperty("abstract").GetString().Should().Be("A");
        item.RootElement.TryGetProperty("ISSN", out _).Should().BeFalse("a variable after a non-variable stays with it, in order");
        item.RootElement.GetProperty("custom").GetProperty("clinicalContent").GetProperty("unknownMembers").GetRawText()
            .Should().Be("""{"x-note":1,"ISSN":"1474-4422"}""");
    }

    [Fact]
    public void Export_LeadingTypeGenreAndCustom_ReplaceTheKindsOwnAndMergeCustom()
    {
        var reference = new Reference
        {
            Id = new ReferenceId("thesis-1"),
            Kind = ReferenceKind.Other,
            Title = "T",
            UnknownMembers = Unknown(("type", "\"thesis\""), ("genre", "\"PhD thesis\""), ("custom", """{"short_id":"xyz"}""")),
        };

        var json = CslJson.Export([reference], s_compact);

        json.Should().Be(
            """[{"id":"thesis-1","type":"thesis","genre":"PhD thesis","title":"T","custom":{"short_id":"xyz","clinicalContent":{"kind":"other"}}}]""");
    }

    [Fact]
    public void Export_AuthorUnknownMembers_WritesNamePartsAndKeepsTheRestInCustom()
    {
        var author = new Author { Family = "Eerden", Given = "M. M.", UnknownMembers = Unknown(("non-dropping-particle", "\"van der\""), ("orcid", "\"0000-0002-1825-0097\"")) };

        using var item = Item(s_caviness with { Authors = [new Author { Literal = "IRLSSG" }, author] });

        item.RootElement.GetProperty("author")[1].GetRawText().Should().Be("""{"family":"Eerden","given":"M. M.","non-dropping-particle":"van der"}""");
        item.RootElement.GetProperty("custom").GetProperty("clinicalContent").GetProperty("authorUnknownMembers").GetRawText()
            .Should().Be("""{"1":{"orcid":"0000-0002-1825-0097"}}""");
    }

    [Fact]
    public void Export_NoReferences_WritesAnEmptyArray()
    {
        var json = CslJson.Export([], s_compact);

        json.Should().Be("[]");
    }

    [Fact]
    public void Export_Indented_UsesTwoSpacesAndEndsWithANewline()
    {
        var json = CslJson.Export([new Reference { Id = new ReferenceId("r"), Kind = ReferenceKind.Other, Title = "T" }]);

        json.Should().Be("[\n  {\n    \"id\": \"r\",\n    \"type\": \"document\",\n    \"title\": \"T\",\n    \"custom\": {\n      \"clinicalContent\": {\n        \"kind\": \"other\"\n      }\n    }\n  }\n]\n");
    }

    [Fact]
    public async Task Export_EveryOutputForm_WritesTheSameBytes()
    {
        var article = CslTestData.Sample("acute-migraine.json");
        var expected = Encoding.UTF8.GetBytes(CslJson.Export(article));
        var buffer = new ArrayBufferWriter<byte>();
        using var stream = new MemoryStream();
        using var asyncStream = new MemoryStream();
        var callerWriter = new ArrayBufferWriter<byte>();

        CslJson.Export(article.References, buffer);
        CslJson.Export(article, stream);
        await CslJson.ExportAsync(article, asyncStream);
        using (var writer = new Utf8JsonWriter(callerWriter, new JsonWriterOptions { Indented = true, NewLine = "\n", Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            CslJson.Write(writer, article);
        }

        CslJson.ExportToUtf8Bytes(article).Should().Equal(expected);
        buffer.WrittenSpan.ToArray().Should().Equal(expected);
        stream.ToArray().Should().Equal(expected);
        asyncStream.ToArray().Should().Equal(expected);
        JsonElement.DeepEquals(Parse(callerWriter.WrittenSpan.ToArray()), Parse(expected)).Should().BeTrue();
    }

    [Theory]
    [MemberData(nameof(Unwritable))]
    public void Export_ReferenceWithoutJsonForm_ThrowsAndWritesNothing(string problem)
    {
        using var stream = new MemoryStream();

        var export = () => CslJson.Export([s_caviness, s_unwritable[problem]], stream);

        export.Should().Throw<ArgumentException>(problem);
        stream.Length.Should().Be(0);
    }

    [Fact]
    public void Export_NullReference_Throws()
    {
        var export = () => CslJson.Export([s_caviness, null!]);

        export.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void Export_NestingBeyondMaxDepth_ThrowsArgumentException()
    {
        var deep = string.Concat(Enumerable.Repeat("[", 10)) + string.Concat(Enumerable.Repeat("]", 10));
        var reference = s_caviness with { UnknownMembers = Unknown(("x-deep", deep)) };

        var export = () => CslJson.Export([reference], CslJsonOptions.Default with { MaxDepth = 8 });

        export.Should().Throw<ArgumentException>().WithMessage("*MaxDepth*");
    }

    private static JsonDocument Item(Reference reference)
    {
        using var array = JsonDocument.Parse(CslJson.Export([reference], s_compact));
        return JsonDocument.Parse(array.RootElement[0].GetRawText());
    }

    private static JsonElement Parse(byte[] utf8)
    {
        using var document = JsonDocument.Parse(utf8);
        return document.RootElement.Clone();
    }

    internal static UnknownMembers Unknown(params (string Name, string Json)[] members)
        => UnknownMembers.Create(members.Select(static m => new KeyValuePair<string, JsonElement>(m.Name, Parse(Encoding.UTF8.GetBytes(m.Json)))));
}
