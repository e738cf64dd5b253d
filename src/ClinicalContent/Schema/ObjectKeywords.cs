using System.Buffers;
using System.Collections.Frozen;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;

namespace ClinicalContent.Schema;

/// <summary>
/// <c>properties</c>, <c>patternProperties</c>, <c>additionalProperties</c>, <c>propertyNames</c>, <c>required</c>,
/// <c>dependentRequired</c>, <c>dependentSchemas</c>, <c>minProperties</c> and <c>maxProperties</c>, checked in one
/// pass over the object: each member name is looked up once in a frozen table of every name the schema mentions.
/// </summary>
internal sealed class ObjectKeywords : SchemaKeyword
{
    private const int StackNameChars = 128;

    /// <summary>Bytes that make a raw member name differ from its text: escapes and anything beyond ASCII.</summary>
    private static readonly SearchValues<byte> s_notPlainAscii = SearchValues.Create([(byte)'\\', .. Enumerable.Range(0x80, 0x80).Select(static b => (byte)b)]);

    private readonly FrozenDictionary<string, int>? _names;
    private readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly (byte[] Name, int Index)[]?[] _asciiNamesByLength = [];
    private readonly string[] _nameList;
    private readonly SchemaNode?[] _propertySchemas;
    private readonly int[] _required;
    private readonly (int Trigger, int[] Names)[] _dependentRequired;
    private readonly (int Trigger, SchemaNode Schema)[] _dependentSchemas;
    private readonly (SchemaPattern Pattern, SchemaNode Schema)[] _patterns;
    private readonly SchemaNode? _additional;
    private readonly SchemaNode? _propertyNames;
    private readonly bool _perMember;
    private readonly (int Limit, string Location)? _minProperties;
    private readonly (int Limit, string Location)? _maxProperties;
    private readonly string _requiredLocation;
    private readonly string _dependentRequiredLocation;
    private readonly string _patternPropertiesLocation;

    public ObjectKeywords(string location, ObjectKeywordsDefinition definition)
        : base("object", location)
    {
        var names = new Dictionary<string, int>(StringComparer.Ordinal);
        int Index(string name)
        {
            if (!names.TryGetValue(name, out var index))
            {
                index = names.Count;
                names.Add(name, index);
            }

            return index;
        }

        foreach (var (name, _) in definition.Properties)
        {
            Index(name);
        }

        _required = [.. definition.Required.Select(Index)];
        _dependentRequired = [.. definition.DependentRequired.Select(d => (Index(d.Trigger), d.Names.Select(Index).ToArray()))];
        _dependentSchemas = [.. definition.DependentSchemas.Select(d => (Index(d.Trigger), d.Schema))];

        _nameList = new string[names.Count];
        foreach (var (name, index) in names)
        {
            _nameList[index] = name;
        }

        _propertySchemas = new SchemaNode?[names.Count];
        foreach (var (name, schema) in definition.Properties)
        {
            _propertySchemas[names[name]] = schema;
        }

        if (names.Count > 0)
        {
            _names = names.ToFrozenDictionary(StringComparer.Ordinal);
            _lookup = _names.GetAlternateLookup<ReadOnlySpan<char>>();

            // Most member names in documents are plain ASCII: those are compared as they are written, without
            // decoding, against the schema's ASCII names grouped by length.
            var ascii = names.Where(static n => Ascii.IsValid(n.Key) && !n.Key.Contains('\\', StringComparison.Ordinal)).ToList();
            if (ascii.Count > 0)
            {
                _asciiNamesByLength = new (byte[] Name, int Index)[]?[ascii.Max(static n => n.Key.Length) + 1];
                foreach (var group in ascii.GroupBy(static n => n.Key.Length))
                {
                    _asciiNamesByLength[group.Key] = [.. group.Select(static n => (Encoding.ASCII.GetBytes(n.Key), n.Value))];
                }
            }
        }

        _patterns = [.. definition.PatternProperties];
        _additional = definition.AdditionalProperties;
        _propertyNames = definition.PropertyNames;
        _perMember = _names is not null || _patterns.Length > 0 || _additional is not null || _propertyNames is not null;
        _minProperties = definition.MinProperties;
        _maxProperties = definition.MaxProperties;
        _requiredLocation = definition.RequiredLocation ?? location;
        _dependentRequiredLocation = definition.DependentRequiredLocation ?? location;
        _patternPropertiesLocation = definition.PatternPropertiesLocation ?? location;
    }

    // The stack buffers are cleared or written before they are read.
    [SkipLocalsInit]
    public override bool Evaluate(in JsonElement instance, EvaluationContext context, EvaluationAnnotations? annotations)
    {
        var valid = true;
        var words = (_nameList.Length + 63) >> 6;
        Span<ulong> present = words <= 8 ? stackalloc ulong[8] : new ulong[words];
        present.Clear();
        int count;
        if (_perMember)
        {
            count = 0;
            Span<char> nameBuffer = stackalloc char[StackNameChars];
            foreach (var property in instance.EnumerateObject())
            {
                var ordinal = count++;
                var evaluated = false;
                scoped ReadOnlySpan<char> name = default;
                var index = -1;
                var raw = JsonMarshal.GetRawUtf8PropertyName(property);
                // Patterns need the decoded name. Without them, a name written as one of the schema's ASCII names
                // (which hold no backslash, so neither does the name) is that name, and one that is plain ASCII text
                // but none of them is no name of the schema; only other names are decoded and looked up.
                if (_patterns.Length > 0
                    || (_names is not null && (index = FindAsciiName(raw)) < 0 && raw.IndexOfAny(s_notPlainAscii) >= 0))
                {
                    name = ReadName(property, nameBuffer);
                    if (_names is not null && !_lookup.TryGetValue(name, out index))
                    {
                        index = -1;
                    }
                }

                if (index >= 0)
                {
                    present[index >> 6] |= 1UL << (index & 63);
                    if (_propertySchemas[index] is { } schema)
                    {
                        evaluated = true;
                        if (!EvaluateMember(schema, property, context))
                        {
                            valid = false;
                            if (!context.Collecting)
                            {
                                return false;
                            }
                        }
                    }
                }

                foreach (var (pattern, schema) in _patterns)
                {
                    if (pattern.IsMatch(name, out var timedOut))
                    {
                        evaluated = true;
                        if (!EvaluateMember(schema, property, context))
                        {
                            valid = false;
                            if (!context.Collecting)
                            {
                                return false;
                            }
                        }
                    }
                    else if (timedOut)
                    {
                        valid = false;
                        if (!context.Collecting)
                        {
                            return false;
                        }

                        context.PushProperty(property);
                        context.AddError("patternProperties", _patternPropertiesLocation, SchemaMessages.PatternTimeout(pattern.Source));
                        context.Pop();
                    }
                }

                if (!evaluated && _additional is not null)
                {
                    evaluated = true;
                    if (!EvaluateMember(_additional, property, context))
                    {
                        valid = false;
                        if (!context.Collecting)
                        {
                            return false;
                        }
                    }
                }

                if (evaluated)
                {
                    annotations?.Mark(ordinal);
                }

                if (_propertyNames is not null && !EvaluateName(_propertyNames, property, context))
                {
                    valid = false;
                    if (!context.Collecting)
                    {
                        return false;
                    }
                }
            }
        }
        else
        {
            count = _minProperties is null && _maxProperties is null ? 0 : instance.GetPropertyCount();
        }

        if (_minProperties is { } min && count < min.Limit)
        {
            valid = false;
            if (!context.Collecting)
            {
                return false;
            }

            context.AddError("minProperties", min.Location, SchemaMessages.MinProperties(min.Limit, count));
        }

        if (_maxProperties is { } max && count > max.Limit)
        {
            valid = false;
            if (!context.Collecting)
            {
                return false;
            }

            context.AddError("maxProperties", max.Location, SchemaMessages.MaxProperties(max.Limit, count));
        }

        foreach (var index in _required)
        {
            if ((present[index >> 6] & (1UL << (index & 63))) == 0)
            {
                valid = false;
                if (!context.Collecting)
                {
                    return false;
                }

                context.AddError("required", _requiredLocation, SchemaMessages.Required(_nameList[index]));
            }
        }

        foreach (var (trigger, names) in _dependentRequired)
        {
            if ((present[trigger >> 6] & (1UL << (trigger & 63))) == 0)
            {
                continue;
            }

            foreach (var index in names)
            {
                if ((present[index >> 6] & (1UL << (index & 63))) == 0)
                {
                    valid = false;
                    if (!context.Collecting)
                    {
                        return false;
                    }

                    context.AddError("dependentRequired", _dependentRequiredLocation, SchemaMessages.DependentRequired(_nameList[trigger], _nameList[index]));
                }
            }
        }

        foreach (var (trigger, schema) in _dependentSchemas)
        {
            // In place, like allOf: a failure fails this schema, so the caller's annotation set can be shared.
            if ((present[trigger >> 6] & (1UL << (trigger & 63))) != 0 && !schema.Evaluate(instance, context, annotations))
            {
                valid = false;
                if (!context.Collecting)
                {
                    return false;
                }
            }
        }

        return valid;
    }

    private int FindAsciiName(ReadOnlySpan<byte> name)
    {
        if (name.Length < _asciiNamesByLength.Length && _asciiNamesByLength[name.Length] is { } candidates)
        {
            foreach (var (candidate, index) in candidates)
            {
                if (name.SequenceEqual(candidate))
                {
                    return index;
                }
            }
        }

        return -1;
    }

    private static bool EvaluateMember(SchemaNode schema, JsonProperty property, EvaluationContext context)
    {
        context.PushProperty(property);
        var valid = schema.Evaluate(property.Value, context, null);
        context.Pop();
        return valid;
    }

    private static bool EvaluateName(SchemaNode schema, JsonProperty property, EvaluationContext context)
    {
        // propertyNames evaluates each name as a JSON string: build one from the name's own escaped text (rare
        // keyword; the allocation is accepted).
        var raw = JsonMarshal.GetRawUtf8PropertyName(property);
        var json = new byte[raw.Length + 2];
        json[0] = json[^1] = (byte)'"';
        raw.CopyTo(json.AsSpan(1));
        using var document = JsonDocument.Parse(json);
        context.PushProperty(property);
        var valid = schema.Evaluate(document.RootElement, context, null);
        context.Pop();
        return valid;
    }

    private static ReadOnlySpan<char> ReadName(JsonProperty property, Span<char> buffer)
    {
        var raw = JsonMarshal.GetRawUtf8PropertyName(property);
        if (raw.Length > buffer.Length || JsonText.HasEscapes(raw))
        {
            return JsonText.Unescape(raw);
        }

        var count = Encoding.UTF8.GetChars(raw, buffer);
        return buffer[..count];
    }
}

/// <summary>The object keywords of one schema, as read at load, for <see cref="ObjectKeywords"/>.</summary>
internal sealed class ObjectKeywordsDefinition
{
    public List<(string Name, SchemaNode Schema)> Properties { get; } = [];

    public List<(SchemaPattern Pattern, SchemaNode Schema)> PatternProperties { get; } = [];

    public string? PatternPropertiesLocation { get; set; }

    public SchemaNode? AdditionalProperties { get; set; }

    public SchemaNode? PropertyNames { get; set; }

    public List<string> Required { get; } = [];

    public string? RequiredLocation { get; set; }

    public List<(string Trigger, string[] Names)> DependentRequired { get; } = [];

    public string? DependentRequiredLocation { get; set; }

    public List<(string Trigger, SchemaNode Schema)> DependentSchemas { get; } = [];

    public (int Limit, string Location)? MinProperties { get; set; }

    public (int Limit, string Location)? MaxProperties { get; set; }

    public bool IsEmpty =>
        Properties.Count == 0 && PatternProperties.Count == 0 && AdditionalProperties is null && PropertyNames is null
        && RequiredLocation is null && DependentRequired.Count == 0 && DependentSchemas.Count == 0
        && MinProperties is null && MaxProperties is null;
}
