using System.Globalization;
using System.Text;
using System.Text.Json;

namespace ClinicalContent.Schema;

/// <summary>The one place where evaluation and load messages are worded. Values echoed from documents are shortened.</summary>
internal static class SchemaMessages
{
    private const int MaxEcho = 40;
    private const int MaxListed = 8;

    public const string TooDeep = "The evaluation went deeper than the evaluator allows; the value is treated as invalid.";

    public const string Recursion =
        "The schema refers back to itself at the same instance location without consuming any of the instance (an infinite loop); the value is treated as invalid.";

    public static string FalseSchema(string? parentKeyword) => parentKeyword switch
    {
        "properties" or "patternProperties" => "This property is not allowed (its schema is false).",
        "additionalProperties" => "This property is not allowed: it is neither declared in 'properties' nor matched by 'patternProperties'.",
        "unevaluatedProperties" => "This property is not allowed: no keyword of the schema evaluates it.",
        "items" or "prefixItems" => "No item is allowed at this position.",
        "unevaluatedItems" => "This item is not allowed: no keyword of the schema evaluates it.",
        "propertyNames" => "This property name is not allowed.",
        _ => "No value is allowed here (the schema is false).",
    };

    public static string Type(string expected, JsonElement instance) =>
        $"Expected {expected} but found {Describe(instance.ValueKind, instance)}.";

    public static string Enum(string allowed, JsonElement instance) =>
        $"Expected one of {allowed} but found {Echo(instance)}.";

    public static string Const(string allowed, JsonElement instance) =>
        $"Expected the value {allowed} but found {Echo(instance)}.";

    public static string Minimum(string limit, bool exclusive, JsonElement instance) =>
        $"Expected a number {(exclusive ? "greater than" : "at least")} {limit} but found {Echo(instance)}.";

    public static string Maximum(string limit, bool exclusive, JsonElement instance) =>
        $"Expected a number {(exclusive ? "less than" : "at most")} {limit} but found {Echo(instance)}.";

    public static string MultipleOf(string divisor, JsonElement instance) =>
        $"Expected a multiple of {divisor} but found {Echo(instance)}.";

    public static string MinLength(int limit, int actual) =>
        $"Expected a string of at least {Count(limit, "character")} but found {Count(actual, "character")}.";

    public static string MaxLength(int limit, int actual) =>
        $"Expected a string of at most {Count(limit, "character")} but found {Count(actual, "character")}.";

    public static string Pattern(string pattern) => $"Expected a string matching the pattern {Shorten(pattern)}.";

    public static string PatternTimeout(string pattern) =>
        $"Matching the pattern {Shorten(pattern)} took too long; the value is treated as invalid.";

    public static string MinItems(int limit, int actual) =>
        $"Expected at least {Count(limit, "item")} but found {actual}.";

    public static string MaxItems(int limit, int actual) =>
        $"Expected at most {Count(limit, "item")} but found {actual}.";

    public static string UniqueItems(int first, int second) =>
        $"Expected unique items but the items at {first.ToString(CultureInfo.InvariantCulture)} and {second.ToString(CultureInfo.InvariantCulture)} are equal.";

    public static string MinContains(int limit, int actual) =>
        $"Expected at least {Count(limit, "item")} matching 'contains' but found {actual}.";

    public static string MaxContains(int limit, int actual) =>
        $"Expected at most {Count(limit, "item")} matching 'contains' but found {actual}.";

    public static string MinProperties(int limit, int actual) =>
        $"Expected at least {Count(limit, "property", "properties")} but found {actual}.";

    public static string MaxProperties(int limit, int actual) =>
        $"Expected at most {Count(limit, "property", "properties")} but found {actual}.";

    public static string Required(string name) => $"Required property {Quote(name)} is missing.";

    public static string DependentRequired(string trigger, string name) =>
        $"Property {Quote(name)} is required when {Quote(trigger)} is present, but it is missing.";

    public static string AnyOf(int count) =>
        $"Expected the value to match at least one of the {count} schemas in 'anyOf' but it matches none.";

    public static string OneOfNone(int count) =>
        $"Expected the value to match exactly one of the {count} schemas in 'oneOf' but it matches none.";

    public static string OneOfMany(int first, int second) =>
        $"Expected the value to match exactly one schema in 'oneOf' but it matches more than one (at least those at {first} and {second}).";

    public const string Not = "Expected the value not to match the schema in 'not', but it does.";

    /// <summary>A short description of a JSON value for a message: short scalars verbatim, otherwise the type.</summary>
    public static string Echo(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => Quote(JsonText.GetString(value)),
        _ => Shorten(value.GetRawText()),
    };

    /// <summary>A list of allowed values for <c>enum</c> and <c>const</c> messages.</summary>
    public static string ListValues(IReadOnlyList<JsonElement> values)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < values.Count && i < MaxListed; i++)
        {
            if (i > 0)
            {
                builder.Append(", ");
            }

            builder.Append(Echo(values[i]));
        }

        if (values.Count > MaxListed)
        {
            builder.Append(CultureInfo.InvariantCulture, $" (and {values.Count - MaxListed} more)");
        }

        return builder.ToString();
    }

    public static string Quote(string text) => "\"" + Shorten(text) + "\"";

    private static string Describe(JsonValueKind kind, JsonElement instance) => kind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => IsInteger(instance) ? "an integer" : "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        _ => "null",
    };

    private static bool IsInteger(JsonElement number)
    {
        var raw = System.Runtime.InteropServices.JsonMarshal.GetRawUtf8Value(number);
        Span<byte> buffer = raw.Length <= 64 ? stackalloc byte[64] : new byte[raw.Length];
        return DecimalView.Parse(raw, buffer).IsInteger;
    }

    private static string Shorten(string text)
    {
        if (text.Length <= MaxEcho)
        {
            return text;
        }

        var cut = char.IsHighSurrogate(text[MaxEcho - 2]) ? MaxEcho - 2 : MaxEcho - 1;
        return string.Concat(text.AsSpan(0, cut), "…");
    }

    private static string Count(int count, string singular, string? plural = null) =>
        count.ToString(CultureInfo.InvariantCulture) + " " + (count == 1 ? singular : plural ?? singular + "s");
}
