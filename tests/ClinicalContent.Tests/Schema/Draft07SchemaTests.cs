using System.Text.Json;
using ClinicalContent.Schema;

namespace ClinicalContent.Tests.Schema;

/// <summary>
/// Draft-07 documents: loaded when every keyword means what it means in draft 2020-12 (with <c>definitions</c> as a
/// container of subschemas), refused with the keyword and its location where the meaning differs.
/// </summary>
public sealed class Draft07SchemaTests
{
    private const string Draft07 = "http://json-schema.org/draft-07/schema#";

    private const string PersonSchema = """
        {
          "$schema": "http://json-schema.org/draft-07/schema#",
          "$id": "https://example.com/person.json",
          "type": "object",
          "properties": {
            "name": { "$ref": "#/definitions/name", "description": "annotations may stand beside $ref" },
            "born": { "$ref": "#/definitions/date" },
            "tags": { "type": "array", "items": { "type": "string" }, "contains": { "const": "x" } }
          },
          "required": ["name"],
          "additionalProperties": false,
          "definitions": {
            "name": { "type": "string", "minLength": 1 },
            "date": {
              "type": "object",
              "properties": { "year": { "type": "integer", "exclusiveMinimum": 0 } },
              "if": { "required": ["day"] },
              "then": { "required": ["month"] },
              "definitions": { "unused": { "type": "null" } }
            }
          }
        }
        """;

    public static TheoryData<string, bool> PersonInstances => new()
    {
        { """{ "name": "Ada" }""", true },
        { """{ "name": "Ada", "born": { "year": 1815, "month": 12, "day": 10 }, "tags": ["x", "y"] }""", true },
        { """{ "name": "" }""", false },
        { """{ "name": 5 }""", false },
        { """{ }""", false },
        { """{ "name": "Ada", "extra": 1 }""", false },
        { """{ "name": "Ada", "born": { "year": 0 } }""", false },
        { """{ "name": "Ada", "born": { "year": 1815, "day": 10 } }""", false },
        { """{ "name": "Ada", "tags": ["y"] }""", false },
    };

    /// <summary>Draft-07 documents that use a keyword whose meaning differs, with where and what is refused.</summary>
    public static TheoryData<string, string, string> Refused => new()
    {
        // $ref beside a keyword that validates: draft-07 ignores the sibling, draft 2020-12 applies it.
        { """{ "$schema": "DRAFT", "properties": { "a": { "$ref": "#/definitions/x", "type": "string" } }, "definitions": { "x": {} } }""", "/properties/a/type", "type" },
        { """{ "$schema": "DRAFT", "$id": "https://example.com/a.json", "$ref": "#/definitions/x", "definitions": { "x": {} } }""", "/$id", "$id" },
        { """{ "$schema": "DRAFT", "definitions": { "x": { "$ref": "#/definitions/y", "definitions": { "z": {} } }, "y": {} } }""", "/definitions/x/definitions", "definitions" },
        // Tuple validation and what belongs to it.
        { """{ "$schema": "DRAFT", "items": [ { "type": "string" } ] }""", "/items", "items" },
        { """{ "$schema": "DRAFT", "items": { "type": "string" }, "additionalItems": false }""", "/additionalItems", "additionalItems" },
        { """{ "$schema": "DRAFT", "dependencies": { "a": ["b"] } }""", "/dependencies", "dependencies" },
        { """{ "$schema": "DRAFT", "properties": { "a": { "dependencies": { "b": { "required": ["c"] } } } } }""", "/properties/a/dependencies", "dependencies" },
        // Keywords draft-07 does not have: a draft-07 evaluator ignores them.
        { """{ "$schema": "DRAFT", "$defs": { "x": {} } }""", "/$defs", "$defs" },
        { """{ "$schema": "DRAFT", "unevaluatedProperties": false }""", "/unevaluatedProperties", "unevaluatedProperties" },
        { """{ "$schema": "DRAFT", "prefixItems": [ {} ] }""", "/prefixItems", "prefixItems" },
        { """{ "$schema": "DRAFT", "dependentRequired": { "a": ["b"] } }""", "/dependentRequired", "dependentRequired" },
        { """{ "$schema": "DRAFT", "contains": {}, "minContains": 2 }""", "/minContains", "minContains" },
        { """{ "$schema": "DRAFT", "definitions": { "x": { "$anchor": "x" } } }""", "/definitions/x/$anchor", "$anchor" },
        // Identification that works differently.
        { """{ "$schema": "DRAFT", "definitions": { "x": { "$id": "#x" } } }""", "/definitions/x/$id", "$id" },
        { """{ "$schema": "DRAFT", "definitions": { "x": { "$schema": "DRAFT" } } }""", "/definitions/x/$schema", "$schema" },
        // Fail-closed as ever: unknown keywords.
        { """{ "$schema": "DRAFT", "definitions": { "x": { "requried": ["a"] } } }""", "/definitions/x/requried", "requried" },
    };

    [Theory]
    [MemberData(nameof(PersonInstances))]
    public void Evaluate_Draft07Document_GivesTheDraft202012Verdict(string instance, bool valid)
    {
        var schema = JsonSchema.Parse(PersonSchema);
        using var document = JsonDocument.Parse(instance);

        var result = schema.Evaluate(document.RootElement);

        result.IsValid.Should().Be(valid);
        schema.IsValid(document.RootElement).Should().Be(valid);
    }

    [Fact]
    public void Evaluate_ErrorBehindDefinitionsReference_ReportsInstanceAndSchemaLocations()
    {
        var schema = JsonSchema.Parse(PersonSchema);
        using var document = JsonDocument.Parse("""{ "name": "" }""");

        var result = schema.Evaluate(document.RootElement);

        var error = result.Errors.Should().ContainSingle().Which;
        error.InstanceLocation.Should().Be("/name");
        error.Keyword.Should().Be("minLength");
        error.SchemaLocation.Should().Be("/definitions/name/minLength");
    }

    [Theory]
    [InlineData("http://json-schema.org/draft-07/schema#")]
    [InlineData("http://json-schema.org/draft-07/schema")]
    public void Load_Draft07Declaration_WithOrWithoutEmptyFragment_IsAccepted(string dialect)
    {
        var json = $$"""{ "$schema": "{{dialect}}", "$ref": "#/definitions/a", "definitions": { "a": { "type": "string" } } }""";
        var schema = JsonSchema.Parse(json);
        using var text = JsonDocument.Parse("\"text\"");
        using var number = JsonDocument.Parse("1");

        var verdicts = (schema.IsValid(text.RootElement), schema.IsValid(number.RootElement));

        verdicts.Should().Be((true, false));
    }

    [Theory]
    [MemberData(nameof(Refused))]
    public void Load_Draft07KeywordWithDifferentMeaning_IsRefusedAtItsLocation(string schema, string location, string keyword)
    {
        var load = () => JsonSchema.Parse(schema.Replace("DRAFT", Draft07, StringComparison.Ordinal));

        var refusal = load.Should().Throw<JsonSchemaLoadException>().Which;
        refusal.SchemaLocation.Should().Be(location);
        refusal.Keyword.Should().Be(keyword);
        refusal.Message.Should().Contain($"'{location}'").And.Contain($"'{keyword}'");
    }

    [Theory]
    [InlineData("""{ "definitions": { "a": {} } }""", "/definitions", "definitions")]
    [InlineData("""{ "$schema": "https://json-schema.org/draft/2020-12/schema", "definitions": { "a": {} } }""", "/definitions", "definitions")]
    [InlineData("""{ "$defs": { "a": { "$schema": "http://json-schema.org/draft-07/schema#" } } }""", "/$defs/a/$schema", "$schema")]
    [InlineData("""{ "$schema": "http://json-schema.org/draft-06/schema#" }""", "/$schema", "$schema")]
    public void Load_Draft07KeywordsOutsideADraft07Document_AreStillRefused(string schema, string location, string keyword)
    {
        var load = () => JsonSchema.Parse(schema);

        var refusal = load.Should().Throw<JsonSchemaLoadException>().Which;
        refusal.SchemaLocation.Should().Be(location);
        refusal.Keyword.Should().Be(keyword);
    }

    [Fact]
    public void Load_Draft202012RefWithSiblings_StillAppliesTheSiblings()
    {
        var schema = JsonSchema.Parse("""{ "$ref": "#/$defs/text", "maxLength": 3, "$defs": { "text": { "type": "string" } } }""");
        using var longText = JsonDocument.Parse("\"abcd\"");

        var valid = schema.IsValid(longText.RootElement);

        valid.Should().BeFalse("in draft 2020-12 keywords beside $ref apply");
    }
}
