using System.Text.Json;

namespace ClinicalContent.Schema;

/// <summary>
/// A JSON Schema (draft 2020-12, or draft-07 where it means the same) compiled for repeated evaluation: load it
/// once, then evaluate any number of JSON instances against it, from any number of threads.
/// </summary>
/// <remarks>
/// <para><b>Fail-closed.</b> Loading refuses, with a <see cref="JsonSchemaLoadException"/>, any schema that the
/// evaluator could not evaluate completely, so that a document is never accepted because part of its schema was
/// skipped. Refused are: unknown keywords (a misspelt <c>requried</c> is an error, not an annotation); keywords of
/// earlier drafts (<c>definitions</c>, <c>dependencies</c>, <c>additionalItems</c>, array-form <c>items</c>);
/// <c>$dynamicRef</c>, <c>$dynamicAnchor</c> and <c>$vocabulary</c>; a <c>$schema</c> other than draft 2020-12 or
/// draft-07; a <c>$ref</c> that does not resolve inside the same document (remote documents are never fetched);
/// regular expressions that cannot be translated faithfully from ECMA-262; and malformed keyword values.</para>
/// <para><b>Draft-07.</b> A document whose root has <c>"$schema": "http://json-schema.org/draft-07/schema#"</c> is
/// loaded when every keyword in it means what it means in draft 2020-12, and is then evaluated exactly as above;
/// <c>definitions</c> holds subschemas for <c>$ref</c>, like <c>$defs</c>. Refused in such a document, naming the
/// keyword and its location: a <c>$ref</c> beside keywords that validate (draft-07 ignores them; annotations and,
/// at the root, <c>$schema</c> and <c>definitions</c> may stand beside it), the array form of <c>items</c>,
/// <c>additionalItems</c>, <c>dependencies</c>, a <c>$id</c> with a fragment, <c>$schema</c> below the root, and
/// keywords draft-07 does not have (<c>$defs</c>, <c>$anchor</c>, <c>prefixItems</c>, <c>unevaluatedProperties</c> …),
/// which a draft-07 evaluator would ignore. <c>format</c> is an annotation, as draft-07 permits.</para>
/// <para><b>Implemented.</b> The core, applicator, validation and unevaluated vocabularies of draft 2020-12:
/// <c>type</c>, <c>enum</c>, <c>const</c>, <c>multipleOf</c>, <c>maximum</c>, <c>exclusiveMaximum</c>,
/// <c>minimum</c>, <c>exclusiveMinimum</c>, <c>maxLength</c>, <c>minLength</c>, <c>pattern</c>, <c>maxItems</c>,
/// <c>minItems</c>, <c>uniqueItems</c>, <c>maxContains</c>, <c>minContains</c>, <c>maxProperties</c>,
/// <c>minProperties</c>, <c>required</c>, <c>dependentRequired</c>, <c>allOf</c>, <c>anyOf</c>, <c>oneOf</c>,
/// <c>not</c>, <c>if</c>/<c>then</c>/<c>else</c>, <c>dependentSchemas</c>, <c>prefixItems</c>, <c>items</c>,
/// <c>contains</c>, <c>properties</c>, <c>patternProperties</c>, <c>additionalProperties</c>,
/// <c>propertyNames</c>, <c>unevaluatedItems</c>, <c>unevaluatedProperties</c>, <c>$ref</c> (JSON Pointer
/// fragments, <c>$anchor</c>s and <c>$id</c>s of the same document), <c>$defs</c>, <c>$id</c>, <c>$anchor</c>.
/// Accepted as annotations and never evaluated: <c>title</c>, <c>description</c>, <c>default</c>,
/// <c>examples</c>, <c>deprecated</c>, <c>readOnly</c>, <c>writeOnly</c>, <c>$comment</c>, <c>format</c>,
/// <c>contentMediaType</c>, <c>contentEncoding</c>, <c>contentSchema</c>.</para>
/// <para><b>Semantics.</b> Numbers are compared exactly from their text (1 equals 1.0; 1.0 is an integer;
/// <c>multipleOf</c> is exact at any magnitude). String lengths count Unicode code points. Patterns use ECMA-262
/// syntax and are matched with a time limit; a match that runs out of time fails. A <c>$ref</c> that comes back to
/// the same schema at the same instance location without consuming any of it fails instead of recursing forever.</para>
/// <para><b>Thread safety.</b> Instances are immutable after loading; <see cref="Evaluate"/> and
/// <see cref="IsValid"/> may run concurrently.</para>
/// </remarks>
public sealed class JsonSchema
{
    private static readonly JsonDocumentOptions s_documentOptions = new() { MaxDepth = 256 };

    private readonly SchemaNode _root;

    private JsonSchema(SchemaNode root) => _root = root;

    /// <summary>Compiles a schema held in a parsed JSON document.</summary>
    /// <param name="schema">The schema: an object or <c>true</c>/<c>false</c>. It is copied, so the document it
    /// comes from may be disposed afterwards.</param>
    /// <returns>The compiled schema.</returns>
    /// <exception cref="ArgumentException"><paramref name="schema"/> is an uninitialised element.</exception>
    /// <exception cref="JsonSchemaLoadException">The schema is malformed or uses something the evaluator does not
    /// implement; see the remarks on <see cref="JsonSchema"/>.</exception>
    public static JsonSchema Load(JsonElement schema)
    {
        if (schema.ValueKind == JsonValueKind.Undefined)
        {
            throw new ArgumentException("The schema element is uninitialised.", nameof(schema));
        }

        return new JsonSchema(SchemaCompiler.Compile(schema.Clone()));
    }

    /// <summary>Parses and compiles a schema from JSON text.</summary>
    /// <param name="json">The schema as JSON.</param>
    /// <returns>The compiled schema.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="JsonSchemaLoadException">The text is not valid JSON (the inner exception says where), or the
    /// schema is malformed or uses something the evaluator does not implement.</exception>
    public static JsonSchema Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        try
        {
            using var document = JsonDocument.Parse(json, s_documentOptions);
            return Load(document.RootElement);
        }
        catch (JsonException exception)
        {
            throw new JsonSchemaLoadException("The schema is not valid JSON: " + exception.Message, exception);
        }
    }

    /// <summary>Parses and compiles a schema from UTF-8 JSON.</summary>
    /// <param name="utf8Json">The schema as UTF-8 encoded JSON; a leading byte order mark is skipped.</param>
    /// <returns>The compiled schema.</returns>
    /// <exception cref="JsonSchemaLoadException">The bytes are not valid JSON (the inner exception says where), or
    /// the schema is malformed or uses something the evaluator does not implement.</exception>
    public static JsonSchema Parse(ReadOnlySpan<byte> utf8Json)
    {
        try
        {
            // A UTF-8 byte order mark says nothing about the schema: skip it rather than fail on it.
            if (utf8Json.StartsWith("\uFEFF"u8))
            {
                utf8Json = utf8Json[3..];
            }

            using var document = JsonDocument.Parse(utf8Json.ToArray(), s_documentOptions);
            return Load(document.RootElement);
        }
        catch (JsonException exception)
        {
            throw new JsonSchemaLoadException("The schema is not valid JSON: " + exception.Message, exception);
        }
    }

    /// <summary>Evaluates an instance and reports every error found.</summary>
    /// <param name="instance">The JSON value to check.</param>
    /// <returns>Whether the instance is valid, with every error and its instance and schema locations.</returns>
    /// <exception cref="ArgumentException"><paramref name="instance"/> is an uninitialised element.</exception>
    public SchemaEvaluationResult Evaluate(JsonElement instance)
    {
        ThrowIfUndefined(instance);
        var context = EvaluationContext.Rent(_root, collectErrors: true);
        var valid = _root.Evaluate(instance, context, null);
        var errors = context.ReportedErrors;
        SchemaEvaluationResult result;
        if (errors.Count == 0)
        {
            // Never report "invalid" without saying why, nor "valid" for a failed evaluation.
            result = valid
                ? SchemaEvaluationResult.Valid
                : new SchemaEvaluationResult(
                [
                    new SchemaError
                    {
                        InstanceLocation = string.Empty,
                        KeywordLocation = string.Empty,
                        SchemaLocation = string.Empty,
                        Keyword = string.Empty,
                        Message = "The value does not satisfy the schema.",
                    },
                ]);
        }
        else
        {
            result = new SchemaEvaluationResult([.. errors]);
        }

        EvaluationContext.Return(context);
        return result;
    }

    /// <summary>Checks an instance, stopping at the first failure; allocates nothing on the way.</summary>
    /// <param name="instance">The JSON value to check.</param>
    /// <returns>True when the instance is valid; the same verdict as <see cref="Evaluate"/>.</returns>
    /// <exception cref="ArgumentException"><paramref name="instance"/> is an uninitialised element.</exception>
    public bool IsValid(JsonElement instance)
    {
        ThrowIfUndefined(instance);
        var context = EvaluationContext.Rent(_root, collectErrors: false);
        var valid = _root.Evaluate(instance, context, null);
        EvaluationContext.Return(context);
        return valid;
    }

    private static void ThrowIfUndefined(JsonElement instance)
    {
        if (instance.ValueKind == JsonValueKind.Undefined)
        {
            throw new ArgumentException("The instance element is uninitialised.", nameof(instance));
        }
    }
}
