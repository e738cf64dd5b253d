using System.Runtime.InteropServices;
using System.Text.Json;

namespace ClinicalContent.Schema;

/// <summary><c>minimum</c>, <c>exclusiveMinimum</c>, <c>maximum</c>, <c>exclusiveMaximum</c> and <c>multipleOf</c>,
/// checked on one exact reading of the number's text.</summary>
internal sealed class NumberKeywords(string location) : SchemaKeyword("number", location)
{
    public (JsonDecimal Limit, string Location)? Minimum { get; init; }

    public (JsonDecimal Limit, string Location)? ExclusiveMinimum { get; init; }

    public (JsonDecimal Limit, string Location)? Maximum { get; init; }

    public (JsonDecimal Limit, string Location)? ExclusiveMaximum { get; init; }

    public (JsonDecimal Divisor, string Location)? MultipleOf { get; init; }

    public override bool Evaluate(in JsonElement instance, EvaluationContext context, EvaluationAnnotations? annotations)
    {
        var raw = JsonMarshal.GetRawUtf8Value(instance);
        Span<byte> buffer = raw.Length <= 64 ? stackalloc byte[64] : new byte[raw.Length];
        var value = DecimalView.Parse(raw, buffer);
        var valid = true;

        if (Minimum is { } minimum && DecimalView.Compare(value, minimum.Limit.View) < 0)
        {
            valid = false;
            if (!context.Collecting)
            {
                return false;
            }

            context.AddError("minimum", minimum.Location, SchemaMessages.Minimum(minimum.Limit.ToString(), false, instance));
        }

        if (ExclusiveMinimum is { } exclusiveMinimum && DecimalView.Compare(value, exclusiveMinimum.Limit.View) <= 0)
        {
            valid = false;
            if (!context.Collecting)
            {
                return false;
            }

            context.AddError("exclusiveMinimum", exclusiveMinimum.Location, SchemaMessages.Minimum(exclusiveMinimum.Limit.ToString(), true, instance));
        }

        if (Maximum is { } maximum && DecimalView.Compare(value, maximum.Limit.View) > 0)
        {
            valid = false;
            if (!context.Collecting)
            {
                return false;
            }

            context.AddError("maximum", maximum.Location, SchemaMessages.Maximum(maximum.Limit.ToString(), false, instance));
        }

        if (ExclusiveMaximum is { } exclusiveMaximum && DecimalView.Compare(value, exclusiveMaximum.Limit.View) >= 0)
        {
            valid = false;
            if (!context.Collecting)
            {
                return false;
            }

            context.AddError("exclusiveMaximum", exclusiveMaximum.Location, SchemaMessages.Maximum(exclusiveMaximum.Limit.ToString(), true, instance));
        }

        if (MultipleOf is { } multipleOf && !DecimalView.IsMultipleOf(value, multipleOf.Divisor.View))
        {
            valid = false;
            if (context.Collecting)
            {
                context.AddError("multipleOf", multipleOf.Location, SchemaMessages.MultipleOf(multipleOf.Divisor.ToString(), instance));
            }
        }

        return valid;
    }
}
