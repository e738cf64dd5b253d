using System.Runtime.InteropServices;
using System.Text.Json;

namespace ClinicalContent.Schema;

/// <summary>The JSON Schema primitive types, as a set.</summary>
[Flags]
internal enum SchemaTypes
{
    None = 0,
    Null = 1,
    Boolean = 2,
    Object = 4,
    Array = 8,
    Number = 16,
    String = 32,
    Integer = 64,
}

/// <summary><c>type</c>: the instance is one of the listed types; "integer" is a number with no fractional part.</summary>
internal sealed class TypeKeyword(SchemaTypes types, string expected, string location) : SchemaKeyword("type", location)
{
    public override bool Evaluate(in JsonElement instance, EvaluationContext context, EvaluationAnnotations? annotations)
    {
        var valid = instance.ValueKind switch
        {
            JsonValueKind.Object => (types & SchemaTypes.Object) != 0,
            JsonValueKind.Array => (types & SchemaTypes.Array) != 0,
            JsonValueKind.String => (types & SchemaTypes.String) != 0,
            JsonValueKind.Number => (types & SchemaTypes.Number) != 0 || ((types & SchemaTypes.Integer) != 0 && IsInteger(instance)),
            JsonValueKind.True or JsonValueKind.False => (types & SchemaTypes.Boolean) != 0,
            JsonValueKind.Null => (types & SchemaTypes.Null) != 0,
            _ => false,
        };
        if (!valid && context.Collecting)
        {
            context.AddError(Keyword, Location, SchemaMessages.Type(expected, instance));
        }

        return valid;
    }

    private static bool IsInteger(in JsonElement number)
    {
        var raw = JsonMarshal.GetRawUtf8Value(number);
        Span<byte> buffer = raw.Length <= 64 ? stackalloc byte[64] : new byte[raw.Length];
        return DecimalView.Parse(raw, buffer).IsInteger;
    }
}
