using System.Text.Json;
using ClinicalContent.Schema;

namespace ClinicalContent.Conformance;

/// <summary>Focused tests of the evaluator's own promises: fail-closed loading, error locations, the fast path,
/// termination and thread safety.</summary>
public sealed class EngineTests
{
    private const string ReviewSchema = """
        {
          "$schema": "https://json-schema.org/draft/2020-12/schema",
          "type": "object",
          "properties": {
            "review": { "$ref": "#/$defs/review" },
            "tags": { "type": "array", "items": { "type": "string", "minLength": 2 } }
          },
          "required": ["review"],
          "additionalProperties": false,
          "$defs": {
            "review": {
              "type": "object",
              "properties": { "status": { "enum": ["draft", "approved"] } },
              "required": ["status", "board"]
            }
          }
        }
        """;

    [Fact]
    public void Load_UnknownKeyword_IsRefusedAtItsLocation()
    {
        var load = () => JsonSchema.Parse("""{ "properties": { "name": { "type": "string", "requried": true } } }""");

        var refusal = load.Should().Throw<JsonSchemaLoadException>().Which;
        refusal.SchemaLocation.Should().Be("/properties/name/requried");
        refusal.Keyword.Should().Be("requried");
    }

    [Fact]
    public void Load_RemoteReference_IsRefusedAtItsLocation()
    {
        var load = () => JsonSchema.Parse("""{ "$defs": { "a~b": { "$ref": "https://example.com/other.json#/$defs/x" } } }""");

        var refusal = load.Should().Throw<JsonSchemaLoadException>().Which;
        refusal.SchemaLocation.Should().Be("/$defs/a~0b/$ref");
        refusal.Keyword.Should().Be("$ref");
    }

    [Theory]
    [InlineData("""{ "$dynamicRef": "#meta" }""", "/$dynamicRef", "$dynamicRef")]
    [InlineData("""{ "$schema": "http://json-schema.org/draft-04/schema#" }""", "/$schema", "$schema")]
    [InlineData("""{ "definitions": { "a": {} } }""", "/definitions", "definitions")]
    [InlineData("""{ "items": [ { "type": "string" } ] }""", "/items", "items")]
    [InlineData("""{ "minLength": -1 }""", "/minLength", "minLength")]
    [InlineData("""{ "pattern": "(?i)abc" }""", "/pattern", "pattern")]
    [InlineData("""{ "$ref": "#/$defs/missing" }""", "/$ref", "$ref")]
    [InlineData("""{ "allOf": [ { "$vocabulary": {} } ] }""", "/allOf/0/$vocabulary", "$vocabulary")]
    [InlineData("""{ "type": "string", "type": "number" }""", "/type", "type")]
    public void Load_UnsupportedOrMalformedSchema_IsRefused(string schema, string location, string keyword)
    {
        var load = () => JsonSchema.Parse(schema);

        var refusal = load.Should().Throw<JsonSchemaLoadException>().Which;
        refusal.SchemaLocation.Should().Be(location);
        refusal.Keyword.Should().Be(keyword);
    }

    [Fact]
    public void Parse_MalformedJson_ThrowsLoadExceptionWithCause()
    {
        var load = () => JsonSchema.Parse("""{ "type": """u8);

        load.Should().Throw<JsonSchemaLoadException>().WithInnerException<JsonException>();
    }

    [Fact]
    public void Evaluate_ErrorsInsideReferencesAndItems_ReportInstanceAndKeywordLocations()
    {
        var schema = JsonSchema.Parse(ReviewSchema);
        using var instance = JsonDocument.Parse("""{ "review": { "status": "bogus", "board": "b" }, "tags": ["ok", 3, "x"], "extra": 1 }""");

        var result = schema.Evaluate(instance.RootElement);

        result.IsValid.Should().BeFalse();
        result.Errors.Select(e => (e.InstanceLocation, e.KeywordLocation, e.SchemaLocation, e.Keyword)).Should().BeEquivalentTo(
        [
            ("/review/status", "/properties/review/$ref/properties/status/enum", "/$defs/review/properties/status/enum", "enum"),
            ("/tags/1", "/properties/tags/items/type", "/properties/tags/items/type", "type"),
            ("/tags/2", "/properties/tags/items/minLength", "/properties/tags/items/minLength", "minLength"),
            ("/extra", "/additionalProperties", "/additionalProperties", "additionalProperties"),
        ]);
        result.Errors.Should().OnlyContain(e => e.Message.Length > 0);
    }

    [Fact]
    public void Evaluate_MissingRequiredMembers_ReportsEachAtTheObject()
    {
        var schema = JsonSchema.Parse(ReviewSchema);
        using var instance = JsonDocument.Parse("""{ "review": {} }""");

        var result = schema.Evaluate(instance.RootElement);

        result.Errors.Should().HaveCount(2);
        result.Errors.Should().OnlyContain(e => e.InstanceLocation == "/review" && e.Keyword == "required"
            && e.KeywordLocation == "/properties/review/$ref/required");
        result.Errors.Select(e => e.Message).Should().Contain(m => m.Contains("\"status\"", StringComparison.Ordinal))
            .And.Contain(m => m.Contains("\"board\"", StringComparison.Ordinal));
    }

    [Fact]
    public void Evaluate_FailedAnyOf_ReportsOneSummaryError()
    {
        var schema = JsonSchema.Parse("""{ "anyOf": [ { "type": "string" }, { "type": "integer", "minimum": 10 } ] }""");
        using var instance = JsonDocument.Parse("3");

        var result = schema.Evaluate(instance.RootElement);

        result.Errors.Should().ContainSingle().Which.Should().Match<SchemaError>(e => e.Keyword == "anyOf" && e.KeywordLocation == "/anyOf");
    }

    [Theory]
    [InlineData("""{ "type": "integer" }""", "1.0", true)]
    [InlineData("""{ "type": "integer" }""", "1.5", false)]
    [InlineData("""{ "multipleOf": 0.01 }""", "19.99", true)]
    [InlineData("""{ "multipleOf": 0.01 }""", "19.999", false)]
    [InlineData("""{ "maximum": 1e400 }""", "1e399", true)]
    [InlineData("""{ "const": { "a": [1, 2.0] } }""", """{ "a": [1.0, 2] }""", true)]
    [InlineData("""{ "maxLength": 2 }""", "\"\uD83D\uDE00\uD83D\uDE00\"", true)]
    [InlineData("""{ "pattern": "^\\d+$" }""", "\"\u0663\"", false)]
    [InlineData("""{ "pattern": "^\\p{Letter}+$" }""", "\"\u03C0\"", true)]
    [InlineData("""{ "uniqueItems": true }""", "[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 1.0]", false)]
    public void Evaluate_JsonSemantics_FollowTheSpecification(string schemaJson, string instanceJson, bool valid)
    {
        var schema = JsonSchema.Parse(schemaJson);
        using var instance = JsonDocument.Parse(instanceJson);

        var result = schema.Evaluate(instance.RootElement);

        result.IsValid.Should().Be(valid);
        schema.IsValid(instance.RootElement).Should().Be(valid);
    }

    [Theory]
    [InlineData("""{ "$ref": "#" }""")]
    [InlineData("""{ "$defs": { "a": { "$ref": "#/$defs/b" }, "b": { "allOf": [ { "$ref": "#/$defs/a" } ] } }, "$ref": "#/$defs/a" }""")]
    public void Evaluate_ReferenceCycleAtOneLocation_FailsInsteadOfRecursingForever(string schemaJson)
    {
        var schema = JsonSchema.Parse(schemaJson);
        using var instance = JsonDocument.Parse("{}");

        var result = schema.Evaluate(instance.RootElement);

        result.IsValid.Should().BeFalse();
        result.Errors.Should().ContainSingle().Which.Keyword.Should().Be("$ref");
        schema.IsValid(instance.RootElement).Should().BeFalse();
    }

    [Fact]
    public void Evaluate_RecursiveSchemaOverDeepInstance_Terminates()
    {
        var schema = JsonSchema.Parse("""{ "type": "object", "properties": { "child": { "$ref": "#" } }, "unevaluatedProperties": false }""");
        var json = string.Concat(Enumerable.Repeat("""{"child":""", 60)) + "{}" + new string('}', 60);
        using var instance = JsonDocument.Parse(json);

        schema.Evaluate(instance.RootElement).IsValid.Should().BeTrue();
    }

    [Fact]
    public void Evaluate_FromManyThreads_GivesTheSameResults()
    {
        var schema = JsonSchema.Parse(ReviewSchema);
        using var valid = JsonDocument.Parse("""{ "review": { "status": "draft", "board": "b" }, "tags": ["ab", "cd"] }""");
        using var invalid = JsonDocument.Parse("""{ "review": { "status": "bogus" }, "tags": ["ok", 3, "x"] }""");
        var expected = schema.Evaluate(invalid.RootElement).Errors;
        var mismatches = 0;

        Parallel.For(0, 2000, i =>
        {
            var ok = i % 2 == 0
                ? schema.Evaluate(valid.RootElement).IsValid && schema.IsValid(valid.RootElement)
                : schema.Evaluate(invalid.RootElement).Errors.Equals(expected) && !schema.IsValid(invalid.RootElement);
            if (!ok)
            {
                Interlocked.Increment(ref mismatches);
            }
        });

        mismatches.Should().Be(0);
        expected.Should().HaveCount(4);
    }

    [Fact]
    public void Evaluate_TextThatIsNotValidUnicode_IsCheckedWithoutThrowing()
    {
        // "\uD800" is valid JSON but not valid Unicode; System.Text.Json's string accessors throw on it.
        var schema = JsonSchema.Parse("""
            {
              "properties": { "\uD800x": { "const": "\uD800" } },
              "propertyNames": { "maxLength": 2 },
              "additionalProperties": { "type": "string", "maxLength": 1, "enum": ["a"] }
            }
            """);
        using var valid = JsonDocument.Parse("""{ "\uD800x": "\uD800", "y": "a" }""");
        using var invalid = JsonDocument.Parse("""{ "\uD800x": "b", "y": "\uDC00\uDC00" }""");

        var result = schema.Evaluate(invalid.RootElement);

        schema.Evaluate(valid.RootElement).IsValid.Should().BeTrue();
        schema.IsValid(invalid.RootElement).Should().BeFalse();
        result.Errors.Select(e => (e.InstanceLocation, e.Keyword)).Should().BeEquivalentTo(
            [("/\uD800x", "const"), ("/y", "maxLength"), ("/y", "enum")]);
    }

    [Fact]
    public void Load_SchemaFromDisposedDocument_StillEvaluates()
    {
        JsonSchema schema;
        using (var document = JsonDocument.Parse("""{ "enum": [ { "a": 1 }, "x" ] }"""))
        {
            schema = JsonSchema.Load(document.RootElement);
        }

        using var instance = JsonDocument.Parse("""{ "a": 1.0 }""");

        schema.IsValid(instance.RootElement).Should().BeTrue();
    }
}
