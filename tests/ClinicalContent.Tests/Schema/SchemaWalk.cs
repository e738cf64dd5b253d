using System.Text.Json.Nodes;

namespace ClinicalContent.Tests.Schema;

/// <summary>
/// Reads the committed article schema as a JSON tree and pairs every value of a document with the schema that
/// describes it, following <c>$ref</c>s and picking the <c>oneOf</c> shape a <c>kind</c> selects. Only what the
/// article schema uses is supported; anything else fails loudly.
/// </summary>
internal static class SchemaWalk
{
    private static readonly Lazy<JsonObject> s_committed = new(
        static () => JsonNode.Parse(File.ReadAllText(SchemaTestPaths.CommittedSchema))!.AsObject());

    /// <summary>The committed schema; do not modify.</summary>
    public static JsonObject Committed => s_committed.Value;

    public static JsonObject Definitions => Committed["$defs"]!.AsObject();

    /// <summary>Every definition that describes an object with members, the root included (as <c>ClinicalArticle</c>).</summary>
    public static IEnumerable<(string Name, JsonObject Schema)> ObjectDefinitions()
    {
        yield return ("ClinicalArticle", Committed);
        foreach (var (name, node) in Definitions)
        {
            if (node!["properties"] is not null)
            {
                yield return (name, node.AsObject());
            }
        }
    }

    /// <summary>Follows <c>$ref</c>s to the definition they name; returns the schema itself when it has none.</summary>
    public static JsonObject Resolve(JsonObject schema, out string? name)
    {
        name = null;
        while (schema["$ref"]?.GetValue<string>() is { } reference)
        {
            reference.Should().StartWith(ArticleSchemaGenerator.DefinitionsPrefix);
            name = reference[ArticleSchemaGenerator.DefinitionsPrefix.Length..];
            schema = Definitions[name]!.AsObject();
        }

        return schema;
    }

    /// <summary>Visits every value of <paramref name="instance"/> with its JSON Pointer, its schema and the name of the definition it resolved to.</summary>
    public static void Walk(JsonNode? instance, JsonObject schema, string pointer, Action<Visit> visit)
    {
        var resolved = Resolve(schema, out var name);
        if (resolved["oneOf"] is JsonArray shapes && instance is JsonObject family)
        {
            var kind = family["kind"]?.GetValue<string>();
            var match = shapes.Select(static s => s!.AsObject()).SingleOrDefault(s => Resolve(s, out _)["properties"]!["kind"]!["const"]!.GetValue<string>() == kind);
            if (match is null)
            {
                visit(new Visit(instance, pointer, resolved, name, Family: resolved));
                return;
            }

            var familyName = name;
            resolved = Resolve(match, out name);
            visit(new Visit(instance, pointer, resolved, name, Family: Definitions[familyName!]!.AsObject()));
        }
        else
        {
            visit(new Visit(instance, pointer, resolved, name, Family: null));
        }

        switch (instance)
        {
            case JsonObject obj:
                var properties = resolved["properties"]?.AsObject();
                foreach (var (member, value) in obj)
                {
                    if (properties?[member] is JsonObject memberSchema)
                    {
                        Walk(value, memberSchema, pointer + "/" + Escape(member), visit);
                    }
                }

                break;
            case JsonArray array when resolved["items"] is JsonObject items:
                for (var i = 0; i < array.Count; i++)
                {
                    Walk(array[i], items, pointer + "/" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), visit);
                }

                break;
        }
    }

    /// <summary>Every schema node in the document with its JSON Pointer, the root first.</summary>
    public static IEnumerable<(string Pointer, JsonObject Schema)> AllSchemas(JsonObject node, string pointer = "")
    {
        yield return (pointer, node);
        foreach (var (key, value) in node)
        {
            var child = pointer + "/" + Escape(key);
            switch (key)
            {
                case "properties" or "$defs":
                    foreach (var (name, sub) in value!.AsObject())
                    {
                        foreach (var nested in AllSchemas(sub!.AsObject(), child + "/" + Escape(name)))
                        {
                            yield return nested;
                        }
                    }

                    break;
                case "items":
                    foreach (var nested in AllSchemas(value!.AsObject(), child))
                    {
                        yield return nested;
                    }

                    break;
                case "oneOf" or "anyOf" or "allOf":
                    var array = value!.AsArray();
                    for (var i = 0; i < array.Count; i++)
                    {
                        foreach (var nested in AllSchemas(array[i]!.AsObject(), child + "/" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)))
                        {
                            yield return nested;
                        }
                    }

                    break;
            }
        }
    }

    public static string Escape(string name) => name.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);

    /// <summary>One value of a document and the schema that describes it.</summary>
    /// <param name="Instance">The value.</param>
    /// <param name="Pointer">Its JSON Pointer.</param>
    /// <param name="Schema">Its schema, <c>$ref</c>s followed (the selected shape for a polymorphic object).</param>
    /// <param name="Definition">The name of the definition the schema resolved to, or null for an inline schema.</param>
    /// <param name="Family">For a polymorphic object, the definition of its family (the one with <c>oneOf</c>).</param>
    public sealed record Visit(JsonNode? Instance, string Pointer, JsonObject Schema, string? Definition, JsonObject? Family);
}
