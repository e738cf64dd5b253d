using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Schema;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using ClinicalContent.Internal;
using ClinicalContent.Model;

namespace ClinicalContent.Tests.Schema;

/// <summary>
/// Generates <c>schemas/clinical-article-1.0.schema.json</c> from the model: System.Text.Json's
/// <see cref="JsonSchemaExporter"/> gives the shape (members, order, required sets, enum wire names, the
/// <see cref="Dose"/> family); the attributes on model properties give the constraints; the XML docs give the
/// descriptions. The result is rebuilt into one <c>$defs</c> entry per model type, keys in a fixed order.
/// </summary>
/// <remarks>
/// Lives in the test project because it uses reflection, which the AOT-safe library must not. The drift test
/// regenerates the schema and compares it with the committed file.
/// </remarks>
internal static partial class ArticleSchemaGenerator
{
    public const string MetaSchema = "https://json-schema.org/draft/2020-12/schema";
    public const string SchemaId = "urn:clinicalcontent:schema:clinical-article:1.0";
    public const string SchemaTitle = "Clinical article, schema version 1.0";
    public const string DefinitionsPrefix = "#/$defs/";

    /// <summary>The pattern of a calendar date, <c>yyyy-MM-dd</c>, as the reader accepts it.</summary>
    public const string DatePattern = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$";

    /// <summary>The pattern of a <see cref="PartialDate"/>: <c>yyyy</c>, <c>yyyy-MM</c> or <c>yyyy-MM-dd</c>.</summary>
    public const string PartialDatePattern = "^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$";

    private const string ModelNamespace = "ClinicalContent.Model";

    // Key order of a type's definition (and of the root), and of a member's schema. A key outside these lists
    // makes generation fail, so that nothing the exporter adds goes out unreviewed.
    private static readonly string[] s_definitionKeys =
        ["$schema", "$id", "title", "description", "type", "enum", "properties", "required", "additionalProperties", "oneOf", "$defs"];

    private static readonly string[] s_memberKeys =
        ["$ref", "type", "description", "const", "enum", "format", "pattern", "minLength", "maxLength",
         "minimum", "exclusiveMinimum", "maximum", "exclusiveMaximum", "items", "minItems", "uniqueItems"];

    /// <summary>The schema as committed: 2-space indentation, LF line ends, a final newline, non-ASCII as is.</summary>
    public static string Generate()
    {
        var schema = GenerateNode();
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions
        {
            Indented = true,
            IndentCharacter = ' ',
            IndentSize = 2,
            NewLine = "\n",
            Encoder = MinimalJsonEncoder.Instance,
        }))
        {
            schema.WriteTo(writer);
        }

        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    /// <summary>The schema as a JSON tree, keys in their final order.</summary>
    public static JsonObject GenerateNode()
    {
        var generation = new Generation();
        var exported = JsonSchemaExporter.GetJsonSchemaAsNode(
            CreateSerializerOptions(),
            typeof(ClinicalArticle),
            new JsonSchemaExporterOptions { TreatNullObliviousAsNonNullable = true, TransformSchemaNode = generation.Transform });

        var root = new JsonObject
        {
            ["$schema"] = MetaSchema,
            ["$id"] = SchemaId,
            ["title"] = SchemaTitle,
        };
        foreach (var (key, value) in generation.Definition(typeof(ClinicalArticle), exported.AsObject()))
        {
            root[key] = value?.DeepClone();
        }

        var definitions = new JsonObject();
        foreach (var (name, definition) in generation.Definitions.OrderBy(static d => d.Key, StringComparer.Ordinal))
        {
            definitions[name] = definition.DeepClone();
        }

        root["$defs"] = definitions;
        var ordered = Order(root, s_definitionKeys);
        CheckReferences(ordered, definitions);
        return ordered;
    }

    /// <summary>
    /// Reflection options that expose the plain record shape of every model type: camelCase names, enums by
    /// their <see cref="JsonStringEnumMemberNameAttribute"/> wire names only, identifiers and dates as strings,
    /// no <see cref="UnknownMembers"/> member, base members before derived ones (as the writer puts them), and
    /// strict handling (unmapped members disallowed, nullable annotations respected).
    /// </summary>
    internal static JsonSerializerOptions CreateSerializerOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Strict)
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            TypeInfoResolver = new PlainShapeResolver(),
        };
        options.Converters.Add(new JsonStringEnumConverter(namingPolicy: null, allowIntegerValues: false));
        options.Converters.Add(new StringValueConverter<ArticleId>(static s => new ArticleId(s), static v => v.Value));
        options.Converters.Add(new StringValueConverter<ReferenceId>(static s => new ReferenceId(s), static v => v.Value));
        options.Converters.Add(new StringValueConverter<PartialDate>(
            static s => PartialDate.TryParse(s, out var date) ? date : throw new JsonException("Not a partial date."),
            static v => v.ToString()));
        options.MakeReadOnly();
        return options;
    }

    /// <summary>The model types that get a <c>$defs</c> entry: every record and enumeration of the model namespace.</summary>
    internal static bool IsDefinitionType(Type type)
        => type.Namespace == ModelNamespace && (type.IsEnum || (type.IsClass && type != typeof(UnknownMembers) && !type.IsSubclassOf(typeof(Attribute))));

    private static JsonObject Order(JsonObject source, string[] keys)
    {
        foreach (var (key, _) in source)
        {
            if (Array.IndexOf(keys, key) < 0)
            {
                throw new InvalidOperationException($"Schema keyword '{key}' has no place in the key order; add it to the generator deliberately.");
            }
        }

        var ordered = new JsonObject();
        foreach (var key in keys)
        {
            if (source.TryGetPropertyValue(key, out var value))
            {
                ordered[key] = value?.DeepClone();
            }
        }

        return ordered;
    }

    private static void CheckReferences(JsonNode? node, JsonObject definitions)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (key, value) in obj)
                {
                    if (key == "$ref")
                    {
                        var target = value!.GetValue<string>();
                        if (!target.StartsWith(DefinitionsPrefix, StringComparison.Ordinal) || !definitions.ContainsKey(target[DefinitionsPrefix.Length..]))
                        {
                            throw new InvalidOperationException($"Reference '{target}' does not name a definition.");
                        }
                    }

                    CheckReferences(value, definitions);
                }

                break;
            case JsonArray array:
                foreach (var item in array)
                {
                    CheckReferences(item, definitions);
                }

                break;
        }
    }

    /// <summary>The state of one generation: the definitions found so far and the XML docs.</summary>
    private sealed class Generation
    {
        private readonly XmlDocs _docs = XmlDocs.Load(typeof(ClinicalArticle).Assembly);

        // The shape of each non-model type (lists, strings, numbers) before member constraints are added.
        private readonly Dictionary<Type, JsonObject> _shapes = [];

        public Dictionary<string, JsonObject> Definitions { get; } = new(StringComparer.Ordinal);

        /// <summary>
        /// Called by the exporter bottom-up, once per schema node: rewrites the node into its final form. Model
        /// types become <c>$ref</c>s to their definition, which is recorded on first sight; members get their
        /// description and the constraints their attributes declare.
        /// </summary>
        public JsonObject Transform(JsonSchemaExporterContext context, JsonNode node)
        {
            var type = Nullable.GetUnderlyingType(context.TypeInfo.Type) ?? context.TypeInfo.Type;

            // A converter the exporter cannot see into yields the 'true' schema; identifiers and dates are strings.
            var schema = node as JsonObject ?? [];
            StripNull(schema);
            if (type == typeof(ArticleId) || type == typeof(ReferenceId))
            {
                schema = new JsonObject { ["type"] = "string" };
            }
            else if (type == typeof(PartialDate))
            {
                schema = new JsonObject { ["type"] = "string", ["pattern"] = PartialDatePattern };
            }
            else if (type == typeof(DateOnly))
            {
                schema["pattern"] = DatePattern;
            }
            else if (type.IsEnum && !schema.ContainsKey("$ref"))
            {
                schema["type"] = "string";
            }

            if (!IsDefinitionType(type))
            {
                // The exporter points back at an enclosing node of the same type (the list of statements inside a
                // statement) with a pointer into the tree being rebuilt. A list of a model type is fully described
                // by its element type; anything else must have been described before.
                if (schema.ContainsKey("$ref"))
                {
                    schema = context.TypeInfo is { Kind: JsonTypeInfoKind.Enumerable, ElementType: { } element } && IsDefinitionType(element)
                        ? new JsonObject { ["type"] = "array", ["items"] = new JsonObject { ["$ref"] = DefinitionsPrefix + element.Name } }
                        : (JsonObject)(_shapes.GetValueOrDefault(type)
                            ?? throw new InvalidOperationException($"The exporter referred to {type.Name} before describing it.")).DeepClone();
                }
                else
                {
                    _shapes.TryAdd(type, (JsonObject)schema.DeepClone());
                }
            }
            else if (!context.Path.IsEmpty)
            {
                if (!schema.ContainsKey("$ref"))
                {
                    Record(type, Definition(type, schema, context.BaseTypeInfo?.PolymorphismOptions));
                }

                schema = new JsonObject { ["$ref"] = DefinitionsPrefix + type.Name };
            }

            if (context.PropertyInfo?.AttributeProvider is PropertyInfo property)
            {
                ApplyMember(property, schema);
            }

            return context.Path.IsEmpty ? schema : Order(schema, s_memberKeys);
        }

        /// <summary>The definition of a model type, from the node the exporter made for it (children already rewritten).</summary>
        public JsonObject Definition(Type type, JsonObject exported, JsonPolymorphismOptions? family = null)
        {
            var definition = new JsonObject { ["description"] = _docs.Summary(type) };
            if (type.IsEnum)
            {
                definition["type"] = "string";
                definition["enum"] = exported["enum"]!.DeepClone();
                return Order(definition, s_definitionKeys);
            }

            definition["type"] = "object";
            if (exported["anyOf"] is JsonArray shapes)
            {
                // The closed family: 'kind' selects exactly one shape.
                definition["required"] = exported["required"]?.DeepClone();
                definition["oneOf"] = shapes.DeepClone();
                return Order(definition, s_definitionKeys);
            }

            var properties = (JsonObject)exported["properties"]!.DeepClone();
            var required = ((JsonArray?)exported["required"])?.Select(static r => r!.GetValue<string>()).ToList() ?? [];
            if (family is not null)
            {
                var discriminator = family.TypeDiscriminatorPropertyName;
                var kind = properties[discriminator]!["const"]!.GetValue<string>();
                properties[discriminator] = Order(new JsonObject
                {
                    ["type"] = "string",
                    ["description"] = $"Selects this shape of `{type.BaseType!.Name}`: always `{kind}`.",
                    ["const"] = kind,
                }, s_memberKeys);
                required.Add(discriminator);
            }

            definition["properties"] = properties;

            // Required members in member order, whatever order the exporter listed them in.
            var names = properties.Select(static p => p.Key).ToList();
            if (required.Count > 0)
            {
                definition["required"] = new JsonArray([.. required.Distinct().OrderBy(names.IndexOf).Select(static r => JsonValue.Create(r))]);
            }

            definition["additionalProperties"] = false;
            return Order(definition, s_definitionKeys);
        }

        private void Record(Type type, JsonObject definition)
        {
            if (Definitions.TryGetValue(type.Name, out var existing))
            {
                if (!JsonNode.DeepEquals(existing, definition))
                {
                    throw new InvalidOperationException($"Type '{type.Name}' produced two different definitions: {existing.ToJsonString()} and {definition.ToJsonString()}.");
                }

                return;
            }

            if (Definitions.Keys.Any(k => string.Equals(k, type.Name, StringComparison.OrdinalIgnoreCase)))
            {
                throw new InvalidOperationException($"Two model types are named '{type.Name}'.");
            }

            Definitions.Add(type.Name, definition);
        }

        /// <summary>Adds a member's description and the constraints its attributes declare.</summary>
        private void ApplyMember(PropertyInfo property, JsonObject schema)
        {
            var required = property.IsDefined(typeof(RequiredMemberAttribute)) || property.IsDefined(typeof(JsonRequiredAttribute));
            schema["description"] = _docs.Summary(property, required);
            var target = schema["type"]?.GetValue<string>() == "array" ? (JsonObject)schema["items"]! : schema;
            foreach (var attribute in property.GetCustomAttributes(inherit: true))
            {
                switch (attribute)
                {
                    case StringLengthAttribute length:
                        target["minLength"] = length.MinimumLength;
                        if (length.MaximumLength < int.MaxValue)
                        {
                            target["maxLength"] = length.MaximumLength;
                        }

                        break;
                    case RegularExpressionAttribute expression:
                        target["pattern"] = expression.Pattern;
                        break;
                    case RangeAttribute range:
                        target[range.MinimumIsExclusive ? "exclusiveMinimum" : "minimum"] = Number(range.Minimum);
                        if (range.Maximum is not (double.MaxValue or double.PositiveInfinity))
                        {
                            target[range.MaximumIsExclusive ? "exclusiveMaximum" : "maximum"] = Number(range.Maximum);
                        }

                        break;
                    case SchemaFormatAttribute format:
                        target["format"] = format.Format;
                        break;
                    case UniqueItemsAttribute:
                        schema["uniqueItems"] = true;
                        break;
                    case JsonRequiredAttribute:
                        break;
                    case var other when other.GetType().Namespace == "System.Runtime.CompilerServices":
                        // Nullable annotations, 'required' and the like: the shape, not constraints.
                        break;
                    default:
                        throw new InvalidOperationException($"{property.DeclaringType!.Name}.{property.Name}: attribute {attribute.GetType().Name} has no schema mapping.");
                }
            }

            if (!ReferenceEquals(target, schema))
            {
                schema["items"] = Order(target, s_memberKeys);
            }
        }

        private static JsonValue Number(object value) => value switch
        {
            int i => JsonValue.Create(i),
            double d => JsonValue.Create(decimal.Parse(d.ToString("R", CultureInfo.InvariantCulture), NumberStyles.Float, CultureInfo.InvariantCulture)),
            _ => throw new InvalidOperationException($"Range bound of type {value.GetType().Name} is not supported."),
        };

        /// <summary>Removes <c>null</c> from <c>type</c> and <c>enum</c>: the wire never allows null (decision 0004).</summary>
        private static void StripNull(JsonObject schema)
        {
            if (schema["type"] is JsonArray types)
            {
                var kept = types.Select(static t => t!.GetValue<string>()).Where(static t => t != "null").ToList();
                schema["type"] = kept.Count == 1 ? JsonValue.Create(kept[0]) : new JsonArray([.. kept.Select(static t => JsonValue.Create(t))]);
            }

            if (schema["enum"] is JsonArray values)
            {
                schema["enum"] = new JsonArray([.. values.Where(static v => v is not null).Select(static v => v!.DeepClone())]);
            }
        }
    }

    /// <summary>
    /// Exposes the plain record shape of model types. <see cref="ClinicalArticle"/> carries a
    /// <see cref="JsonConverterAttribute"/> for the hand-written reader, which would make it opaque to the
    /// exporter; types with such an attribute are built here with <see cref="JsonTypeInfo.CreateJsonTypeInfo(Type, JsonSerializerOptions)"/>
    /// (which ignores the attribute) and their properties added by reflection, the way the default resolver does.
    /// </summary>
    private sealed class PlainShapeResolver : IJsonTypeInfoResolver
    {
        private readonly DefaultJsonTypeInfoResolver _default = new() { Modifiers = { static info => Shape(info) } };

        public JsonTypeInfo? GetTypeInfo(Type type, JsonSerializerOptions options)
        {
            if (type.Namespace != ModelNamespace || !type.IsDefined(typeof(JsonConverterAttribute), inherit: false))
            {
                return _default.GetTypeInfo(type, options);
            }

            var info = JsonTypeInfo.CreateJsonTypeInfo(type, options);
            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            {
                if (property.GetMethod is null || property.GetIndexParameters().Length > 0)
                {
                    continue;
                }

                var member = info.CreateJsonPropertyInfo(property.PropertyType, options.PropertyNamingPolicy!.ConvertName(property.Name));
                member.AttributeProvider = property;
                member.Get = property.GetValue;
                member.Set = property.SetMethod is null ? null : property.SetValue;
                member.IsRequired = property.IsDefined(typeof(RequiredMemberAttribute)) || property.IsDefined(typeof(JsonRequiredAttribute));
                info.Properties.Add(member);
            }

            Shape(info);
            return info;
        }

        private static void Shape(JsonTypeInfo info)
        {
            if (info.Kind != JsonTypeInfoKind.Object)
            {
                return;
            }

            var kept = info.Properties
                .Where(static p => p.PropertyType != typeof(UnknownMembers))
                .OrderBy(static p => Depth(((MemberInfo)p.AttributeProvider!).DeclaringType!))
                .ThenBy(static p => ((MemberInfo)p.AttributeProvider!).MetadataToken)
                .ToList();
            info.Properties.Clear();
            foreach (var property in kept)
            {
                info.Properties.Add(property);
            }
        }

        private static int Depth(Type type)
        {
            var depth = 0;
            for (var t = type.BaseType; t is not null; t = t.BaseType)
            {
                depth++;
            }

            return depth;
        }
    }

    /// <summary>A value type written as a JSON string, such as <see cref="ArticleId"/>.</summary>
    private sealed class StringValueConverter<T>(Func<string, T> read, Func<T, string> write) : JsonConverter<T>
    {
        public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
            => read(reader.GetString() ?? throw new JsonException("Expected a string."));

        public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
            => writer.WriteStringValue(write(value));
    }

    /// <summary>Summaries from the library's XML documentation file, as plain text with <c>`code`</c> spans.</summary>
    private sealed partial class XmlDocs
    {
        private readonly Dictionary<string, XElement> _members;

        private XmlDocs(Dictionary<string, XElement> members) => _members = members;

        public static XmlDocs Load(Assembly assembly)
        {
            var path = Path.ChangeExtension(assembly.Location, ".xml");
            if (!File.Exists(path))
            {
                throw new FileNotFoundException("The library's XML documentation file is missing; build with GenerateDocumentationFile.", path);
            }

            var members = XDocument.Load(path).Descendants("member")
                .ToDictionary(static m => (string)m.Attribute("name")!, static m => m, StringComparer.Ordinal);
            return new XmlDocs(members);
        }

        public string Summary(Type type) => Render("T:" + type.FullName, wireRequired: false);

        public string Summary(PropertyInfo property, bool wireRequired)
            => Render("P:" + property.DeclaringType!.FullName + "." + property.Name, wireRequired);

        private string Render(string key, bool wireRequired)
        {
            if (!_members.TryGetValue(key, out var member) || member.Element("summary") is not { } summary)
            {
                throw new InvalidOperationException($"No XML summary for {key}.");
            }

            var text = new StringBuilder();
            foreach (var node in summary.Nodes())
            {
                Append(text, node);
            }

            var result = Whitespace().Replace(text.ToString(), " ").Trim();

            // The JSON name is the key of the schema member already: drop "(JSON `x`)" and "JSON `x`; " asides.
            result = JsonAside().Replace(result, string.Empty);
            result = JsonAsidePrefix().Replace(result, "(");

            // A member required on the wire has no default there, whatever C# initialises it to.
            if (wireRequired)
            {
                result = DefaultClause().Replace(result, ".");
            }

            return result;
        }

        private static void Append(StringBuilder text, XNode node)
        {
            switch (node)
            {
                case XText t:
                    text.Append(t.Value);
                    break;
                case XElement { Name.LocalName: "c" } c:
                    text.Append('`').Append(c.Value).Append('`');
                    break;
                case XElement { Name.LocalName: "see" or "seealso" } see when see.Attribute("cref") is { } cref:
                    text.Append('`').Append(CrefText(cref.Value)).Append('`');
                    break;
                case XElement { Name.LocalName: "see" } see when see.Attribute("langword") is { } word:
                    text.Append('`').Append(word.Value).Append('`');
                    break;
                case XElement { Name.LocalName: "paramref" or "typeparamref" } reference:
                    text.Append('`').Append((string?)reference.Attribute("name")).Append('`');
                    break;
                case XElement element:
                    foreach (var child in element.Nodes())
                    {
                        Append(text, child);
                    }

                    break;
            }
        }

        /// <summary>A cross-reference as a schema reader knows it: a member by its JSON name, an enum member by its wire name.</summary>
        private static string CrefText(string cref)
        {
            var kind = cref[0];
            var name = cref[2..];
            var paren = name.IndexOf('(', StringComparison.Ordinal);
            if (paren >= 0)
            {
                name = name[..paren];
            }

            var dot = name.LastIndexOf('.');
            var owner = dot > 0 ? typeof(ClinicalArticle).Assembly.GetType(name[..dot]) : null;
            var simple = name[(dot + 1)..];
            switch (kind)
            {
                case 'P' when owner is not null:
                    return JsonNamingPolicy.CamelCase.ConvertName(simple);
                case 'F' when owner is { IsEnum: true }:
                    return owner.GetField(simple)!.GetCustomAttribute<JsonStringEnumMemberNameAttribute>()?.Name ?? simple;
                case 'F' when owner?.GetField(simple) is { IsLiteral: true } constant:
                    return Convert.ToString(constant.GetRawConstantValue(), CultureInfo.InvariantCulture)!;
                default:
                    var tick = simple.IndexOf('`', StringComparison.Ordinal);
                    return tick >= 0 ? simple[..tick] : simple;
            }
        }

        [GeneratedRegex(@"\s+")]
        private static partial Regex Whitespace();

        [GeneratedRegex(@" ?\(JSON `[^`]+`\)")]
        private static partial Regex JsonAside();

        [GeneratedRegex(@"\(JSON `[^`]+`[;,] ")]
        private static partial Regex JsonAsidePrefix();

        [GeneratedRegex(@"; defaults to .*$")]
        private static partial Regex DefaultClause();
    }
}
