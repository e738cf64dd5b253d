using System.Text;
using System.Text.Json;

namespace ClinicalContent.Schema;

/// <summary><c>enum</c> and <c>const</c>: the instance equals one of the allowed values, by JSON equality (numbers by
/// value, objects regardless of member order).</summary>
internal sealed class EnumKeyword : SchemaKeyword
{
    private readonly byte[][] _strings;
    private readonly string[] _texts;
    private readonly JsonDecimal[] _numbers;
    private readonly JsonElement[] _structured;
    private readonly bool _allowsTrue;
    private readonly bool _allowsFalse;
    private readonly bool _allowsNull;
    private readonly string _allowed;

    public EnumKeyword(string keyword, string location, IReadOnlyList<JsonElement> values)
        : base(keyword, location)
    {
        var strings = new List<byte[]>();
        var texts = new List<string>();
        var numbers = new List<JsonDecimal>();
        var structured = new List<JsonElement>();
        foreach (var value in values)
        {
            switch (value.ValueKind)
            {
                case JsonValueKind.String:
                    var text = JsonText.GetString(value);
                    texts.Add(text);
                    strings.Add(Encoding.UTF8.GetBytes(text));
                    break;
                case JsonValueKind.Number:
                    numbers.Add(JsonDecimal.FromElement(value));
                    break;
                case JsonValueKind.True:
                    _allowsTrue = true;
                    break;
                case JsonValueKind.False:
                    _allowsFalse = true;
                    break;
                case JsonValueKind.Null:
                    _allowsNull = true;
                    break;
                default:
                    structured.Add(value);
                    break;
            }
        }

        _strings = [.. strings];
        _texts = [.. texts];
        _numbers = [.. numbers];
        _structured = [.. structured];
        _allowed = SchemaMessages.ListValues(values);
    }

    public override bool Evaluate(in JsonElement instance, EvaluationContext context, EvaluationAnnotations? annotations)
    {
        var valid = instance.ValueKind switch
        {
            JsonValueKind.String => MatchesString(instance),
            JsonValueKind.Number => MatchesNumber(instance),
            JsonValueKind.True => _allowsTrue,
            JsonValueKind.False => _allowsFalse,
            JsonValueKind.Null => _allowsNull,
            _ => MatchesStructured(instance),
        };
        if (!valid && context.Collecting)
        {
            context.AddError(
                Keyword,
                Location,
                Keyword == "const" ? SchemaMessages.Const(_allowed, instance) : SchemaMessages.Enum(_allowed, instance));
        }

        return valid;
    }

    private bool MatchesString(in JsonElement instance)
    {
        var content = JsonText.RawContent(instance);
        if (!JsonText.HasEscapes(content))
        {
            foreach (var candidate in _strings)
            {
                if (content.SequenceEqual(candidate))
                {
                    return true;
                }
            }

            return false;
        }

        var text = JsonText.Unescape(content);
        foreach (var candidate in _texts)
        {
            if (string.Equals(text, candidate, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private bool MatchesNumber(in JsonElement instance)
    {
        if (_numbers.Length == 0)
        {
            return false;
        }

        var raw = System.Runtime.InteropServices.JsonMarshal.GetRawUtf8Value(instance);
        Span<byte> buffer = raw.Length <= 64 ? stackalloc byte[64] : new byte[raw.Length];
        var value = DecimalView.Parse(raw, buffer);
        foreach (var candidate in _numbers)
        {
            if (DecimalView.ValueEquals(value, candidate.View))
            {
                return true;
            }
        }

        return false;
    }

    private bool MatchesStructured(in JsonElement instance)
    {
        foreach (var candidate in _structured)
        {
            if (JsonValueEquality.JsonEquals(candidate, instance))
            {
                return true;
            }
        }

        return false;
    }
}
