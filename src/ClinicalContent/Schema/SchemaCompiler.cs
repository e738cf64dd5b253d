using System.Globalization;
using System.Text.Json;

namespace ClinicalContent.Schema;

/// <summary>
/// Turns a draft 2020-12 schema document into a tree of <see cref="SchemaNode"/>s, once: every keyword is read,
/// checked and compiled here, so evaluation never looks at the schema's JSON again. Fail-closed: anything the
/// evaluator does not implement is refused with a <see cref="JsonSchemaLoadException"/>.
/// </summary>
/// <remarks>
/// <para>Two passes: the first compiles every schema of the document (recording each <c>$id</c> and <c>$anchor</c> under
/// its absolute URI and each schema under its JSON Pointer); the second resolves every <c>$ref</c> against those
/// tables and links it to its target, so references may point forwards, backwards and in cycles.</para>
/// <para>A document whose root declares draft-07 (<c>$schema</c> <see cref="Draft07"/>) is compiled by the same
/// code when every keyword in it means what it means in draft 2020-12; <c>definitions</c> is then a container of
/// subschemas like <c>$defs</c>. Draft-07 keywords whose meaning differs (<c>$ref</c> beside keywords that
/// validate, the array form of <c>items</c>, <c>additionalItems</c>, <c>dependencies</c>) and keywords draft-07 does
/// not have are refused. See "Draft-07 schemas" in docs/interop-csl.md.</para>
/// </remarks>
internal sealed class SchemaCompiler
{
    /// <summary>The meta-schema URI of draft 2020-12, the only one accepted in <c>$schema</c>.</summary>
    public const string Draft202012 = "https://json-schema.org/draft/2020-12/schema";

    /// <summary>The meta-schema URI of draft-07, accepted in the root's <c>$schema</c> (with or without the empty fragment).</summary>
    public const string Draft07 = "http://json-schema.org/draft-07/schema";

    /// <summary>Keywords a draft-07 evaluator ignores beside <c>$ref</c> and this one never evaluates either:
    /// annotations, so that refusing them would gain nothing.</summary>
    private static readonly HashSet<string> s_draft07RefSiblings = new(StringComparer.Ordinal)
    {
        "title", "description", "$comment", "examples", "default", "readOnly", "writeOnly",
    };

    private readonly Dictionary<string, SchemaNode> _nodes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _resources = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _anchors = new(StringComparer.Ordinal);
    private readonly List<(RefKeyword Keyword, string BaseUri, string Reference)> _references = [];
    private readonly bool _draft07;

    private SchemaCompiler(bool draft07) => _draft07 = draft07;

    public static SchemaNode Compile(JsonElement root)
    {
        var compiler = new SchemaCompiler(DeclaresDraft07(root));
        var node = compiler.CompileSchema(root, string.Empty, SchemaUri.DefaultBase, null);
        compiler.ResolveReferences();
        return node;
    }

    private SchemaNode CompileSchema(JsonElement schema, string location, string baseUri, string? parentKeyword)
    {
        if (schema.ValueKind is JsonValueKind.True or JsonValueKind.False)
        {
            var constant = new SchemaNode(location, parentKeyword, schema.ValueKind == JsonValueKind.True);
            _nodes.Add(location, constant);
            if (location.Length == 0)
            {
                _resources.Add(baseUri, location);
            }

            return constant;
        }

        if (schema.ValueKind != JsonValueKind.Object)
        {
            throw Refuse(location, parentKeyword ?? string.Empty, "a schema must be an object or a boolean");
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var property in schema.EnumerateObject())
        {
            var name = JsonText.GetName(property);
            if (!seen.Add(name))
            {
                throw Refuse(SchemaPointer.Append(location, name), name, "the keyword appears more than once");
            }
        }

        if (_draft07 && seen.Contains("$ref"))
        {
            RefuseDraft07RefSiblings(schema, location);
        }

        // $id first: it sets the base URI against which this schema's own $ref and its subschemas resolve.
        if (TryGetMember(schema, "$id"u8, out var id))
        {
            var at = SchemaPointer.Append(location, "$id");
            var (uri, fragment) = SchemaUri.SplitFragment(SchemaUri.Resolve(baseUri, RequireString(id, at, "$id")));
            if (!string.IsNullOrEmpty(fragment))
            {
                throw Refuse(
                    at,
                    "$id",
                    _draft07
                        ? "a draft-07 '$id' with a fragment names a location, which this evaluator does not implement; refer to the location with a JSON Pointer instead"
                        : "'$id' must not have a fragment (use '$anchor' to name a location)");
            }

            baseUri = uri;
            if (!_resources.TryAdd(uri, location))
            {
                throw Refuse(at, "$id", "the same '$id' identifies two schemas");
            }
        }
        else if (location.Length == 0)
        {
            _resources.Add(baseUri, location);
        }

        if (!_draft07 && TryGetMember(schema, "$anchor"u8, out var anchor))
        {
            var at = SchemaPointer.Append(location, "$anchor");
            var anchorName = RequireString(anchor, at, "$anchor");
            if (!IsAnchorName(anchorName))
            {
                throw Refuse(at, "$anchor", "an anchor name must start with a letter or '_' and contain only letters, digits, '-', '_' and '.'");
            }

            if (!_anchors.TryAdd(baseUri + "#" + anchorName, location))
            {
                throw Refuse(at, "$anchor", "the same anchor names two schemas of one resource");
            }
        }

        var node = new SchemaNode(location, parentKeyword, null);
        _nodes.Add(location, node);

        var any = new List<SchemaKeyword>();
        SchemaKeyword? type = null, enumeration = null, constant2 = null, reference = null;
        SchemaNode? condition = null, then = null, otherwise = null;
        string? conditionLocation = null;
        SchemaNode? contains = null, items = null, unevaluatedItems = null, unevaluatedProperties = null;
        string? containsLocation = null, unevaluatedItemsLocation = null, unevaluatedPropertiesLocation = null, uniqueItems = null;
        SchemaNode[] prefixItems = [];
        (int, string)? minContains = null, maxContains = null, minItems = null, maxItems = null, minLength = null, maxLength = null;
        (JsonDecimal, string)? minimum = null, maximum = null, exclusiveMinimum = null, exclusiveMaximum = null, multipleOf = null;
        (SchemaPattern, string)? pattern = null;
        var objectKeywords = new ObjectKeywordsDefinition();

        foreach (var property in schema.EnumerateObject())
        {
            var keyword = JsonText.GetName(property);
            var value = property.Value;
            var at = SchemaPointer.Append(location, keyword);
            if (_draft07)
            {
                CheckDraft07Keyword(keyword, at, location);
            }

            switch (keyword)
            {
                case "$id" or "$anchor":
                    break;
                case "$schema":
                    var dialect = RequireString(value, at, keyword);
                    if (_draft07)
                    {
                        // CheckDraft07Keyword has refused '$schema' anywhere but at the root, which chose draft-07.
                        break;
                    }

                    if (dialect is not Draft202012 and not Draft202012 + "#")
                    {
                        throw Refuse(
                            at,
                            keyword,
                            location.Length == 0
                                ? $"only draft 2020-12 ('{Draft202012}') and draft-07 ('{Draft07}#') are supported"
                                : $"an embedded schema must use the document's dialect, draft 2020-12 ('{Draft202012}')");
                    }

                    break;
                case "$comment" or "title" or "description" or "format" or "contentMediaType" or "contentEncoding":
                    // Annotations only (format too: draft 2020-12 makes it an annotation by default).
                    RequireString(value, at, keyword);
                    break;
                case "deprecated" or "readOnly" or "writeOnly":
                    RequireKind(value, at, keyword, "a boolean", JsonValueKind.True, JsonValueKind.False);
                    break;
                case "default" or "contentSchema":
                    // Annotations only: never evaluated, so their content is not compiled.
                    break;
                case "examples":
                    RequireKind(value, at, keyword, "an array", JsonValueKind.Array);
                    break;
                case "$defs" or "definitions":
                    // Containers of subschemas that '$ref' reaches; never evaluated themselves. 'definitions' is
                    // draft-07's name ('$defs' is refused in draft-07 documents by CheckDraft07Keyword).
                    if (keyword == "definitions" && !_draft07)
                    {
                        throw Refuse(at, keyword, "'definitions' belongs to earlier drafts; draft 2020-12 uses '$defs'");
                    }

                    foreach (var definition in RequireObject(value, at, keyword))
                    {
                        CompileSchema(definition.Value, SchemaPointer.Append(at, JsonText.GetName(definition)), baseUri, keyword);
                    }

                    break;
                case "$ref":
                    var target = RequireString(value, at, keyword);
                    var refKeyword = new RefKeyword(at);
                    _references.Add((refKeyword, baseUri, target));
                    reference = refKeyword;
                    break;
                case "type":
                    type = CompileType(value, at);
                    break;
                case "enum":
                    RequireKind(value, at, keyword, "an array", JsonValueKind.Array);
                    enumeration = new EnumKeyword(keyword, at, [.. value.EnumerateArray()]);
                    break;
                case "const":
                    constant2 = new EnumKeyword(keyword, at, [value]);
                    break;
                case "multipleOf":
                    var divisor = RequireNumber(value, at, keyword);
                    if (divisor.Negative || divisor.View.IsZero)
                    {
                        throw Refuse(at, keyword, "the value must be a number greater than 0");
                    }

                    multipleOf = (divisor, at);
                    break;
                case "minimum":
                    minimum = (RequireNumber(value, at, keyword), at);
                    break;
                case "maximum":
                    maximum = (RequireNumber(value, at, keyword), at);
                    break;
                case "exclusiveMinimum":
                    exclusiveMinimum = (RequireNumber(value, at, keyword), at);
                    break;
                case "exclusiveMaximum":
                    exclusiveMaximum = (RequireNumber(value, at, keyword), at);
                    break;
                case "minLength":
                    minLength = (RequireCount(value, at, keyword), at);
                    break;
                case "maxLength":
                    maxLength = (RequireCount(value, at, keyword), at);
                    break;
                case "pattern":
                    pattern = (CompilePattern(RequireString(value, at, keyword), at, keyword), at);
                    break;
                case "minItems":
                    minItems = (RequireCount(value, at, keyword), at);
                    break;
                case "maxItems":
                    maxItems = (RequireCount(value, at, keyword), at);
                    break;
                case "uniqueItems":
                    RequireKind(value, at, keyword, "a boolean", JsonValueKind.True, JsonValueKind.False);
                    uniqueItems = value.ValueKind == JsonValueKind.True ? at : null;
                    break;
                case "minContains":
                    minContains = (RequireCount(value, at, keyword), at);
                    break;
                case "maxContains":
                    maxContains = (RequireCount(value, at, keyword), at);
                    break;
                case "minProperties":
                    objectKeywords.MinProperties = (RequireCount(value, at, keyword), at);
                    break;
                case "maxProperties":
                    objectKeywords.MaxProperties = (RequireCount(value, at, keyword), at);
                    break;
                case "required":
                    objectKeywords.Required.AddRange(RequireUniqueStrings(value, at, keyword));
                    objectKeywords.RequiredLocation = at;
                    break;
                case "dependentRequired":
                    foreach (var dependency in RequireObject(value, at, keyword))
                    {
                        var names = RequireUniqueStrings(dependency.Value, SchemaPointer.Append(at, JsonText.GetName(dependency)), keyword);
                        objectKeywords.DependentRequired.Add((JsonText.GetName(dependency), names));
                    }

                    objectKeywords.DependentRequiredLocation = at;
                    break;
                case "allOf":
                    any.Add(new AllOfKeyword(CompileSchemaArray(value, at, baseUri, keyword), at));
                    break;
                case "anyOf":
                    any.Add(new AnyOfKeyword(CompileSchemaArray(value, at, baseUri, keyword), at));
                    break;
                case "oneOf":
                    any.Add(new OneOfKeyword(CompileSchemaArray(value, at, baseUri, keyword), at));
                    break;
                case "not":
                    any.Add(new NotKeyword(CompileSchema(value, at, baseUri, keyword), at));
                    break;
                case "if":
                    condition = CompileSchema(value, at, baseUri, keyword);
                    conditionLocation = at;
                    break;
                case "then":
                    then = CompileSchema(value, at, baseUri, keyword);
                    break;
                case "else":
                    otherwise = CompileSchema(value, at, baseUri, keyword);
                    break;
                case "dependentSchemas":
                    foreach (var dependency in RequireObject(value, at, keyword))
                    {
                        var dependent = CompileSchema(dependency.Value, SchemaPointer.Append(at, JsonText.GetName(dependency)), baseUri, keyword);
                        objectKeywords.DependentSchemas.Add((JsonText.GetName(dependency), dependent));
                    }

                    break;
                case "prefixItems":
                    prefixItems = CompileSchemaArray(value, at, baseUri, keyword);
                    break;
                case "items":
                    if (value.ValueKind == JsonValueKind.Array)
                    {
                        throw Refuse(
                            at,
                            keyword,
                            _draft07
                                ? "the array form of 'items' (one schema per position) has a different meaning from draft 2020-12's 'items'; it is not implemented for draft-07 documents"
                                : "the array form of 'items' belongs to earlier drafts; draft 2020-12 uses 'prefixItems'");
                    }

                    items = CompileSchema(value, at, baseUri, keyword);
                    break;
                case "contains":
                    contains = CompileSchema(value, at, baseUri, keyword);
                    containsLocation = at;
                    break;
                case "properties":
                    foreach (var member in RequireObject(value, at, keyword))
                    {
                        objectKeywords.Properties.Add((JsonText.GetName(member), CompileSchema(member.Value, SchemaPointer.Append(at, JsonText.GetName(member)), baseUri, keyword)));
                    }

                    break;
                case "patternProperties":
                    foreach (var member in RequireObject(value, at, keyword))
                    {
                        var memberAt = SchemaPointer.Append(at, JsonText.GetName(member));
                        var memberPattern = CompilePattern(JsonText.GetName(member), memberAt, keyword);
                        objectKeywords.PatternProperties.Add((memberPattern, CompileSchema(member.Value, memberAt, baseUri, keyword)));
                    }

                    objectKeywords.PatternPropertiesLocation = at;
                    break;
                case "additionalProperties":
                    objectKeywords.AdditionalProperties = CompileSchema(value, at, baseUri, keyword);
                    break;
                case "propertyNames":
                    objectKeywords.PropertyNames = CompileSchema(value, at, baseUri, keyword);
                    break;
                case "unevaluatedProperties":
                    unevaluatedProperties = CompileSchema(value, at, baseUri, keyword);
                    unevaluatedPropertiesLocation = at;
                    break;
                case "unevaluatedItems":
                    unevaluatedItems = CompileSchema(value, at, baseUri, keyword);
                    unevaluatedItemsLocation = at;
                    break;
                case "$vocabulary":
                    throw Refuse(at, keyword, "'$vocabulary' belongs in meta-schemas, and this evaluator does not load custom meta-schemas");
                case "$dynamicRef" or "$dynamicAnchor" or "$recursiveRef" or "$recursiveAnchor":
                    throw Refuse(at, keyword, "dynamic references are not implemented");
                case "dependencies":
                    throw Refuse(at, keyword, "'dependencies' belongs to earlier drafts; draft 2020-12 uses 'dependentRequired' and 'dependentSchemas'");
                case "additionalItems":
                    throw Refuse(at, keyword, "'additionalItems' belongs to earlier drafts; draft 2020-12 uses 'items' with 'prefixItems'");
                default:
                    throw Refuse(at, keyword, "the keyword is unknown; unknown keywords are refused rather than ignored");
            }
        }

        // Cheap checks first; in-place applicators after; the unevaluated* keywords last, once everything they
        // depend on has recorded its annotations.
        var anyKeywords = new List<SchemaKeyword>();
        AddIfNotNull(anyKeywords, type);
        AddIfNotNull(anyKeywords, constant2);
        AddIfNotNull(anyKeywords, enumeration);
        AddIfNotNull(anyKeywords, reference);
        anyKeywords.AddRange(any);
        if (condition is not null)
        {
            anyKeywords.Add(new ConditionalKeyword(condition, then, otherwise, conditionLocation!));
        }

        var numberKeywords = new List<SchemaKeyword>();
        if (minimum is not null || maximum is not null || exclusiveMinimum is not null || exclusiveMaximum is not null || multipleOf is not null)
        {
            numberKeywords.Add(new NumberKeywords(location)
            {
                Minimum = minimum,
                Maximum = maximum,
                ExclusiveMinimum = exclusiveMinimum,
                ExclusiveMaximum = exclusiveMaximum,
                MultipleOf = multipleOf,
            });
        }

        var stringKeywords = new List<SchemaKeyword>();
        if (minLength is not null || maxLength is not null || pattern is not null)
        {
            stringKeywords.Add(new StringKeywords(location) { MinLength = minLength, MaxLength = maxLength, Pattern = pattern });
        }

        var arrayKeywords = new List<SchemaKeyword>();
        if (prefixItems.Length > 0 || items is not null || contains is not null || minItems is not null || maxItems is not null || uniqueItems is not null)
        {
            arrayKeywords.Add(new ArrayKeywords(location)
            {
                PrefixItems = prefixItems,
                Items = items,
                Contains = contains,
                // minContains and maxContains mean nothing without contains.
                MinContains = minContains is { } min ? (min.Item1, "minContains", min.Item2) : (1, "contains", containsLocation ?? location),
                MaxContains = contains is null ? null : maxContains,
                MinItems = minItems,
                MaxItems = maxItems,
                UniqueItemsLocation = uniqueItems,
            });
        }

        if (unevaluatedItems is not null)
        {
            arrayKeywords.Add(new UnevaluatedItemsKeyword(unevaluatedItems, unevaluatedItemsLocation!));
        }

        var objectKeywordList = new List<SchemaKeyword>();
        if (!objectKeywords.IsEmpty)
        {
            objectKeywordList.Add(new ObjectKeywords(location, objectKeywords));
        }

        if (unevaluatedProperties is not null)
        {
            objectKeywordList.Add(new UnevaluatedPropertiesKeyword(unevaluatedProperties, unevaluatedPropertiesLocation!));
        }

        node.Initialize(
            [.. anyKeywords],
            [.. numberKeywords],
            [.. stringKeywords],
            [.. arrayKeywords],
            [.. objectKeywordList],
            ownsArrayAnnotations: unevaluatedItems is not null,
            ownsObjectAnnotations: unevaluatedProperties is not null);
        return node;
    }

    /// <summary>True when the root schema declares draft-07 in <c>$schema</c>; only the root can choose the dialect.</summary>
    private static bool DeclaresDraft07(JsonElement root)
        => root.ValueKind == JsonValueKind.Object
            && TryGetMember(root, "$schema"u8, out var dialect)
            && dialect.ValueKind == JsonValueKind.String
            && JsonText.GetString(dialect) is Draft07 or Draft07 + "#";

    /// <summary>
    /// Refuses, in a draft-07 document, what draft-07 does not mean the way draft 2020-12 does: keywords whose
    /// meaning changed, and keywords draft-07 does not have (a draft-07 evaluator ignores those, so evaluating them
    /// with their later meaning would reject documents draft-07 accepts).
    /// </summary>
    private static void CheckDraft07Keyword(string keyword, string at, string location)
    {
        switch (keyword)
        {
            case "$schema" when location.Length > 0:
                throw Refuse(at, keyword, "draft-07 allows '$schema' only at the root of the document");
            case "dependencies":
                throw Refuse(at, keyword, "draft-07 'dependencies' mixes required members and subschemas under one keyword; it is not implemented (draft 2020-12 splits it into 'dependentRequired' and 'dependentSchemas')");
            case "additionalItems":
                throw Refuse(at, keyword, "draft-07 'additionalItems' applies after the array form of 'items', whose meaning differs from draft 2020-12; it is not implemented");
            case "$defs" or "$anchor" or "prefixItems" or "dependentRequired" or "dependentSchemas" or "unevaluatedItems"
                or "unevaluatedProperties" or "minContains" or "maxContains" or "deprecated" or "contentSchema"
                or "$dynamicRef" or "$dynamicAnchor" or "$recursiveRef" or "$recursiveAnchor" or "$vocabulary":
                throw Refuse(at, keyword, $"'{keyword}' is not a draft-07 keyword: a draft-07 evaluator ignores it, so it is refused rather than evaluated with a later draft's meaning");
        }
    }

    /// <summary>
    /// In draft-07 every keyword beside <c>$ref</c> is ignored; draft 2020-12 evaluates them all. The two agree only
    /// when the siblings are annotations (or, at the root, the <c>$schema</c> declaration and the
    /// <c>definitions</c> container, which <c>$ref</c> pointers reach the same way in both drafts).
    /// </summary>
    private static void RefuseDraft07RefSiblings(JsonElement schema, string location)
    {
        foreach (var member in schema.EnumerateObject())
        {
            var name = JsonText.GetName(member);
            if (name == "$ref" || s_draft07RefSiblings.Contains(name) || (location.Length == 0 && name is "$schema" or "definitions"))
            {
                continue;
            }

            throw Refuse(
                SchemaPointer.Append(location, name),
                name,
                "draft-07 ignores every keyword beside '$ref', where draft 2020-12 applies it; wrap '$ref' in 'allOf' to apply both");
        }
    }

    private void ResolveReferences()
    {
        foreach (var (keyword, baseUri, reference) in _references)
        {
            var (uri, fragment) = SchemaUri.SplitFragment(SchemaUri.Resolve(baseUri, reference));
            if (!_resources.TryGetValue(uri, out var targetLocation))
            {
                throw Refuse(
                    keyword.Location,
                    "$ref",
                    $"'{Shorten(reference)}' does not refer to this schema document or a schema with an '$id' inside it; remote references are not loaded");
            }

            if (!string.IsNullOrEmpty(fragment))
            {
                if (!SchemaUri.TryPercentDecode(fragment, out var decoded))
                {
                    throw Refuse(keyword.Location, "$ref", $"the fragment of '{Shorten(reference)}' has a malformed percent-escape");
                }

                if (decoded.StartsWith('/'))
                {
                    if (!SchemaPointer.TryParse(decoded, out var tokens))
                    {
                        throw Refuse(keyword.Location, "$ref", $"the fragment of '{Shorten(reference)}' is not a valid JSON Pointer");
                    }

                    foreach (var token in tokens)
                    {
                        targetLocation = SchemaPointer.Append(targetLocation, token);
                    }
                }
                else if (!_anchors.TryGetValue(uri + "#" + decoded, out targetLocation))
                {
                    throw Refuse(keyword.Location, "$ref", $"no '$anchor' named '{Shorten(decoded)}' exists in the schema '{Shorten(uri)}'");
                }
            }

            if (!_nodes.TryGetValue(targetLocation, out var target))
            {
                throw Refuse(keyword.Location, "$ref", $"'{Shorten(reference)}' does not point at a schema of this document");
            }

            keyword.Target = target;
        }
    }

    private SchemaNode[] CompileSchemaArray(JsonElement value, string location, string baseUri, string keyword)
    {
        RequireKind(value, location, keyword, "a non-empty array of schemas", JsonValueKind.Array);
        if (value.GetArrayLength() == 0)
        {
            throw Refuse(location, keyword, "the value must be a non-empty array of schemas");
        }

        var schemas = new SchemaNode[value.GetArrayLength()];
        var index = 0;
        foreach (var item in value.EnumerateArray())
        {
            schemas[index] = CompileSchema(item, SchemaPointer.Append(location, index), baseUri, keyword);
            index++;
        }

        return schemas;
    }

    private static TypeKeyword CompileType(JsonElement value, string location)
    {
        var names = new List<string>();
        if (value.ValueKind == JsonValueKind.String)
        {
            names.Add(JsonText.GetString(value));
        }
        else if (value.ValueKind == JsonValueKind.Array && value.GetArrayLength() > 0)
        {
            foreach (var item in value.EnumerateArray())
            {
                names.Add(RequireString(item, location, "type"));
            }
        }
        else
        {
            throw Refuse(location, "type", "the value must be a type name or a non-empty array of type names");
        }

        var types = SchemaTypes.None;
        foreach (var name in names)
        {
            var type = name switch
            {
                "null" => SchemaTypes.Null,
                "boolean" => SchemaTypes.Boolean,
                "object" => SchemaTypes.Object,
                "array" => SchemaTypes.Array,
                "number" => SchemaTypes.Number,
                "string" => SchemaTypes.String,
                "integer" => SchemaTypes.Integer,
                _ => throw Refuse(location, "type", $"'{Shorten(name)}' is not a JSON Schema type"),
            };
            if ((types & type) != 0)
            {
                throw Refuse(location, "type", $"the type '{name}' is listed twice");
            }

            types |= type;
        }

        var expected = names.Count == 1
            ? $"type \"{names[0]}\""
            : "one of the types " + string.Join(", ", names.Select(n => "\"" + n + "\""));
        return new TypeKeyword(types, expected, location);
    }

    private static SchemaPattern CompilePattern(string source, string location, string keyword) =>
        SchemaPattern.TryCreate(source, out var error)
        ?? throw Refuse(location, keyword, $"the regular expression '{Shorten(source)}' cannot be used: {error}");

    private static string RequireString(JsonElement value, string location, string keyword)
    {
        RequireKind(value, location, keyword, "a string", JsonValueKind.String);
        return JsonText.GetString(value);
    }

    private static JsonElement.ObjectEnumerator RequireObject(JsonElement value, string location, string keyword)
    {
        RequireKind(value, location, keyword, "an object", JsonValueKind.Object);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var member in value.EnumerateObject())
        {
            if (!seen.Add(JsonText.GetName(member)))
            {
                throw Refuse(SchemaPointer.Append(location, JsonText.GetName(member)), keyword, "the member appears more than once");
            }
        }

        return value.EnumerateObject();
    }

    private static JsonDecimal RequireNumber(JsonElement value, string location, string keyword)
    {
        RequireKind(value, location, keyword, "a number", JsonValueKind.Number);
        return JsonDecimal.FromElement(value);
    }

    private static int RequireCount(JsonElement value, string location, string keyword)
    {
        RequireKind(value, location, keyword, "a non-negative integer", JsonValueKind.Number);
        var view = JsonDecimal.FromElement(value).View;
        if (!view.IsInteger || view.Negative)
        {
            throw Refuse(location, keyword, "the value must be a non-negative integer");
        }

        if (view.IsZero)
        {
            return 0;
        }

        // Anything beyond int.MaxValue cannot be reached by a parsed document: saturate.
        if (view.Exponent > 10)
        {
            return int.MaxValue;
        }

        var digits = System.Text.Encoding.ASCII.GetString(view.Digits).PadRight(view.Exponent, '0');
        var count = long.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);
        return (int)Math.Min(count, int.MaxValue);
    }

    private static string[] RequireUniqueStrings(JsonElement value, string location, string keyword)
    {
        RequireKind(value, location, keyword, "an array of unique strings", JsonValueKind.Array);
        var names = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in value.EnumerateArray())
        {
            var name = RequireString(item, location, keyword);
            if (!seen.Add(name))
            {
                throw Refuse(location, keyword, $"'{Shorten(name)}' is listed twice");
            }

            names.Add(name);
        }

        return [.. names];
    }

    private static void RequireKind(JsonElement value, string location, string keyword, string expected, JsonValueKind kind, JsonValueKind? alternative = null)
    {
        if (value.ValueKind != kind && value.ValueKind != alternative)
        {
            throw Refuse(location, keyword, $"the value must be {expected}");
        }
    }

    private static bool TryGetMember(JsonElement schema, ReadOnlySpan<byte> name, out JsonElement value)
    {
        // Not TryGetProperty: it throws on member names that are not valid Unicode, which a schema may contain.
        foreach (var member in schema.EnumerateObject())
        {
            if (JsonText.TextEquals(System.Runtime.InteropServices.JsonMarshal.GetRawUtf8PropertyName(member), name))
            {
                value = member.Value;
                return true;
            }
        }

        value = default;
        return false;
    }

    private static bool IsAnchorName(string name)
    {
        if (name.Length == 0 || !(char.IsAsciiLetter(name[0]) || name[0] == '_'))
        {
            return false;
        }

        foreach (var c in name)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.'))
            {
                return false;
            }
        }

        return true;
    }

    private static void AddIfNotNull(List<SchemaKeyword> keywords, SchemaKeyword? keyword)
    {
        if (keyword is not null)
        {
            keywords.Add(keyword);
        }
    }

    private static string Shorten(string text) => text.Length <= 80 ? text : string.Concat(text.AsSpan(0, 79), "…");

    private static JsonSchemaLoadException Refuse(string location, string keyword, string reason) =>
        new($"The schema is refused at '{location}' (keyword '{keyword}'): {reason}.", location, keyword);
}
