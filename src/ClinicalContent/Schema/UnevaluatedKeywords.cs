using System.Text.Json;

namespace ClinicalContent.Schema;

/// <summary><c>unevaluatedProperties</c>: applies its subschema to every member that no other keyword of the schema
/// (including in-place subschemas that passed: <c>allOf</c>, <c>anyOf</c>, <c>oneOf</c>, <c>if</c>/<c>then</c>/<c>else</c>,
/// <c>dependentSchemas</c>, <c>$ref</c>) has evaluated. Runs after every other keyword of its schema.</summary>
internal sealed class UnevaluatedPropertiesKeyword(SchemaNode schema, string location) : SchemaKeyword("unevaluatedProperties", location)
{
    public override bool Evaluate(in JsonElement instance, EvaluationContext context, EvaluationAnnotations? annotations)
    {
        // The schema holding this keyword always passes its own annotation set.
        var evaluated = annotations!;
        if (evaluated.All)
        {
            return true;
        }

        var valid = true;
        var ordinal = 0;
        foreach (var property in instance.EnumerateObject())
        {
            if (!evaluated.IsEvaluated(ordinal))
            {
                context.PushProperty(property);
                var propertyValid = schema.Evaluate(property.Value, context, null);
                context.Pop();
                if (!propertyValid)
                {
                    valid = false;
                    if (!context.Collecting)
                    {
                        return false;
                    }
                }
            }

            ordinal++;
        }

        if (valid)
        {
            evaluated.All = true;
        }

        return valid;
    }
}

/// <summary><c>unevaluatedItems</c>: applies its subschema to every item that no other keyword of the schema (including
/// in-place subschemas that passed) has evaluated: not covered by <c>prefixItems</c> or <c>items</c> and not matched
/// by <c>contains</c>. Runs after every other keyword of its schema.</summary>
internal sealed class UnevaluatedItemsKeyword(SchemaNode schema, string location) : SchemaKeyword("unevaluatedItems", location)
{
    public override bool Evaluate(in JsonElement instance, EvaluationContext context, EvaluationAnnotations? annotations)
    {
        var evaluated = annotations!;
        if (evaluated.All)
        {
            return true;
        }

        var valid = true;
        var index = 0;
        foreach (var item in instance.EnumerateArray())
        {
            if (!evaluated.IsEvaluated(index))
            {
                context.PushIndex(index);
                var itemValid = schema.Evaluate(item, context, null);
                context.Pop();
                if (!itemValid)
                {
                    valid = false;
                    if (!context.Collecting)
                    {
                        return false;
                    }
                }
            }

            index++;
        }

        if (valid)
        {
            evaluated.All = true;
        }

        return valid;
    }
}
