using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using ClinicalContent.Schema;
using ClinicalContent.Serialization;

namespace ClinicalContent.Tests.Schema;

/// <summary>
/// The embedded schema on the library's own evaluator: it loads, accepts every sample article, rejects hand-made
/// invalid documents where the strict reader does, and agrees with the reader on every member of every sample.
/// </summary>
public sealed class ArticleSchemaEvaluationTests
{
    // Illustrative, not medical advice. Uses every member the invalid cases below change.
    private const string ValidArticle = """
        {
          "schemaVersion": "1.0",
          "id": "schema-test-article",
          "language": "en-GB",
          "version": "2",
          "question": "What is given at bedtime?",
          "title": "Schema test article",
          "summary": { "text": "A summary.", "citations": [{ "referenceId": "ref-1", "locator": "p. 4" }] },
          "condition": { "text": "Myoclonus", "codings": [{ "system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "G25.3" }] },
          "audience": "clinician",
          "review": { "status": "approved", "reviewers": [{ "name": "A. Reviewer" }], "lastUpdated": "2025-10-09", "approvedOn": "2025-10-09" },
          "firstLineTherapy": {
            "options": [
              {
                "name": "Clonazepam",
                "kind": "drug",
                "components": [
                  {
                    "drug": { "text": "Clonazepam" },
                    "dosages": [
                      {
                        "text": "0.5-1 mg at bedtime, at most 4 mg a day",
                        "dose": { "kind": "range", "unit": "mg", "low": 0.5, "high": 1 },
                        "timing": { "when": ["bedtime"], "frequency": 1, "period": 1, "periodUnit": "d" },
                        "maximumDose": { "amount": { "value": 4, "unit": "mg" }, "period": { "value": 1, "unit": "d" } }
                      },
                      { "text": "10 mg", "dose": { "unit": "mg", "value": 10, "kind": "quantity" } }
                    ]
                  }
                ],
                "efficacy": { "value": 90, "unit": "%" }
              }
            ]
          },
          "references": [
            {
              "id": "ref-1",
              "kind": "review",
              "title": "Myoclonus",
              "issued": "2004-10",
              "doi": "10.1016/S1474-4422(04)00875-1",
              "pmid": "15380156",
              "url": "https://example.org/myoclonus"
            }
          ]
        }
        """;

    private const string Dosage = "/firstLineTherapy/options/0/components/0/dosages/0";
    private const string Timing = Dosage + "/timing";
    private const string Reference = "/references/0";

    public static TheoryData<string> SampleNames()
        => [.. Directory.GetFiles(SchemaTestPaths.SampleArticles, "*.json").Select(static f => Path.GetFileName(f)).Order(StringComparer.Ordinal)];

    // Name, pointer of the value to change, new value as JSON (null: remove the member), where the schema must report
    // it, and whether it is a shape error the strict reader reports too (the rest are constraints: patterns, bounds,
    // non-empty text, unique items, which only the schema layer checks).
    private static readonly InvalidCase[] s_invalidCases =
    [
        new("id not a slug", "/id", "\"Bad Id\"", "/id", Shape: false),
        new("id empty", "/id", "\"\"", "/id", Shape: false),
        new("schema version 2", "/schemaVersion", "\"2.0\"", "/schemaVersion", Shape: true),
        new("schema version missing", "/schemaVersion", null, string.Empty, Shape: true),
        new("question missing", "/question", null, string.Empty, Shape: true),
        new("title empty", "/title", "\"\"", "/title", Shape: false),
        new("language not BCP 47", "/language", "\"english\"", "/language", Shape: false),
        new("unknown member at the root", "/notInTheSchema", "1", "/notInTheSchema", Shape: true),
        new("unknown member in a statement", "/summary/notInTheSchema", "true", "/summary/notInTheSchema", Shape: true),
        new("null member", "/version", "null", "/version", Shape: true),
        new("null list element", "/summary/citations/0", "null", "/summary/citations/0", Shape: true),
        new("null object", "/summary", "null", "/summary", Shape: true),
        new("enum value unknown", "/audience", "\"doctor\"", "/audience", Shape: true),
        new("enum value as number", "/audience", "0", "/audience", Shape: true),
        new("date not yyyy-MM-dd", "/review/lastUpdated", "\"9 Oct 2025\"", "/review/lastUpdated", Shape: true),
        new("partial date with a day only", "/references/0/issued", "\"2004-10-1\"", "/references/0/issued", Shape: true),
        new("dose low of zero", Dosage + "/dose/low", "0", Dosage + "/dose", Shape: false),
        new("dose value negative", "/firstLineTherapy/options/0/components/0/dosages/1/dose/value", "-1", "/firstLineTherapy/options/0/components/0/dosages/1/dose", Shape: false),
        new("dose kind unknown", Dosage + "/dose/kind", "\"ratio\"", Dosage + "/dose", Shape: true),
        new("dose kind missing", Dosage + "/dose/kind", null, Dosage + "/dose", Shape: true),
        new("dose range with a value", Dosage + "/dose/value", "1", Dosage + "/dose", Shape: true),
        new("dose number as string", Dosage + "/dose/high", "\"1\"", Dosage + "/dose", Shape: true),
        new("frequency of zero", Timing + "/frequency", "0", Timing + "/frequency", Shape: false),
        new("frequency not an integer", Timing + "/frequency", "1.5", Timing + "/frequency", Shape: true),
        new("period negative", Timing + "/period", "-1", Timing + "/period", Shape: false),
        new("timing event twice", Timing + "/when", "[\"bedtime\", \"bedtime\"]", Timing + "/when", Shape: false),
        new("maximum dose amount of zero", Dosage + "/maximumDose/amount/value", "0", Dosage + "/maximumDose/amount/value", Shape: false),
        new("efficacy negative", "/firstLineTherapy/options/0/efficacy/value", "-5", "/firstLineTherapy/options/0/efficacy/value", Shape: false),
        new("as-needed not a boolean", Dosage + "/asNeeded", "\"yes\"", Dosage + "/asNeeded", Shape: true),
        new("reference id with a space", Reference + "/id", "\"ref 1\"", Reference + "/id", Shape: false),
        new("citation reference id empty", "/summary/citations/0/referenceId", "\"\"", "/summary/citations/0/referenceId", Shape: false),
        new("doi with a resolver prefix", Reference + "/doi", "\"https://doi.org/10.1016/x\"", Reference + "/doi", Shape: false),
        new("pmid with letters", Reference + "/pmid", "\"PMID15380156\"", Reference + "/pmid", Shape: false),
        new("url not http", Reference + "/url", "\"ftp://example.org/file\"", Reference + "/url", Shape: false),
        new("coding system not a URI", "/condition/codings/0/system", "\"ICD-10-CM\"", "/condition/codings/0/system", Shape: false),
        new("list given as an object", "/references", "{}", "/references", Shape: true),
    ];

    public static TheoryData<string, string, string?, string> InvalidCases()
    {
        var data = new TheoryData<string, string, string?, string>();
        foreach (var c in s_invalidCases)
        {
            data.Add(c.Name, c.Pointer, c.Json, c.Location);
        }

        return data;
    }

    public static TheoryData<string> ShapeCaseNames() => [.. s_invalidCases.Where(static c => c.Shape).Select(static c => c.Name)];

    [Fact]
    public void Compiled_Loads_AndIsOneSharedInstance()
    {
        var schemas = new JsonSchema[8];

        Parallel.For(0, schemas.Length, i => schemas[i] = ArticleSchema.Compiled);

        schemas.Should().OnlyContain(s => ReferenceEquals(s, schemas[0]));
    }

    [Fact]
    public void CommittedFile_LoadsInTheEvaluator()
    {
        var load = () => JsonSchema.Parse(File.ReadAllText(SchemaTestPaths.CommittedSchema));

        load.Should().NotThrow();
    }

    [Theory]
    [MemberData(nameof(SampleNames))]
    public void Sample_Evaluate_IsValid(string sample)
    {
        using var document = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(SchemaTestPaths.SampleArticles, sample)));

        var result = ArticleSchema.Compiled.Evaluate(document.RootElement);

        result.Errors.Select(static e => e.ToString()).Should().BeEmpty();
        result.IsValid.Should().BeTrue();
    }

    [Fact]
    public void ValidArticle_ReaderAndSchema_BothAccept()
    {
        using var document = JsonDocument.Parse(ValidArticle);

        var result = ArticleSchema.Compiled.Evaluate(document.RootElement);
        var read = ClinicalArticleJson.Read(ValidArticle);

        result.Errors.Select(static e => e.ToString()).Should().BeEmpty();
        read.Issues.Select(static i => $"{i.Code} {i.Pointer}").Should().BeEmpty();
    }

    [Theory]
    [MemberData(nameof(InvalidCases))]
    public void InvalidDocument_Evaluate_ReportsErrorAtTheValue(string name, string target, string? json, string expectedLocation)
    {
        var mutated = Mutate(JsonNode.Parse(ValidArticle)!.AsObject(), target, json);
        using var document = JsonDocument.Parse(mutated);

        var result = ArticleSchema.Compiled.Evaluate(document.RootElement);

        result.IsValid.Should().BeFalse(name);
        result.Errors.Select(static e => e.InstanceLocation).Should().Contain(expectedLocation, "{0}: {1}", name, string.Join("; ", result.Errors));
    }

    [Theory]
    [MemberData(nameof(ShapeCaseNames))]
    public void InvalidShape_Read_IsAlsoRejectedByTheStrictReader(string name)
    {
        var c = s_invalidCases.Single(c => c.Name == name);
        var mutated = Mutate(JsonNode.Parse(ValidArticle)!.AsObject(), c.Pointer, c.Json);

        var read = ClinicalArticleJson.Read(mutated);

        read.IsValid.Should().BeFalse("the schema and the reader agree on the shape of an article");
    }

    [Theory]
    [MemberData(nameof(SampleNames))]
    public void SampleMember_RemovedOrNulled_SchemaAgreesWithReader(string sample)
    {
        var original = JsonNode.Parse(File.ReadAllText(Path.Combine(SchemaTestPaths.SampleArticles, sample)))!.AsObject();
        var failures = new List<string>();

        SchemaWalk.Walk(original, SchemaWalk.Committed, string.Empty, visit =>
        {
            if (visit.Instance is not JsonObject obj || visit.Schema["properties"] is null)
            {
                return;
            }

            foreach (var (member, _) in obj)
            {
                var memberPointer = visit.Pointer + "/" + SchemaWalk.Escape(member);
                foreach (var replacement in new[] { null, "null" })
                {
                    var mutated = Mutate(original.DeepClone().AsObject(), memberPointer, replacement);
                    using var document = JsonDocument.Parse(mutated);
                    var schemaValid = ArticleSchema.Compiled.IsValid(document.RootElement);
                    var readerValid = ClinicalArticleJson.Read(mutated).IsValid;
                    if (schemaValid != readerValid)
                    {
                        failures.Add($"{memberPointer} {(replacement is null ? "removed" : "set to null")}: schema valid={schemaValid}, reader valid={readerValid}");
                    }
                }
            }
        });

        failures.Should().BeEmpty();
    }

    /// <summary>Sets (or, for a null <paramref name="json"/>, removes) the value at <paramref name="pointer"/>; returns the document's JSON.</summary>
    private static string Mutate(JsonObject root, string pointer, string? json)
    {
        var tokens = pointer.Split('/').Skip(1).Select(static t => t.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal)).ToArray();
        JsonNode parent = root;
        foreach (var token in tokens[..^1])
        {
            parent = parent is JsonArray array ? array[int.Parse(token, CultureInfo.InvariantCulture)]! : parent[token]!;
        }

        var last = tokens[^1];
        var value = json is null ? null : JsonNode.Parse(json);
        switch (parent)
        {
            case JsonArray list:
                list[int.Parse(last, CultureInfo.InvariantCulture)] = value;
                break;
            case JsonObject obj when json is null:
                obj.Remove(last);
                break;
            case JsonObject obj:
                obj[last] = value;
                break;
        }

        return root.ToJsonString();
    }

    private sealed record InvalidCase(string Name, string Pointer, string? Json, string Location, bool Shape);
}
