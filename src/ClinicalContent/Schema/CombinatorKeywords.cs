using System.Text.Json;

namespace ClinicalContent.Schema;

/// <summary><c>allOf</c>: every subschema applies; their errors are reported as they are.</summary>
internal sealed class AllOfKeyword(SchemaNode[] schemas, string location) : SchemaKeyword("allOf", location)
{
    public override bool Evaluate(in JsonElement instance, EvaluationContext context, EvaluationAnnotations? annotations)
    {
        var valid = true;
        foreach (var schema in schemas)
        {
            // A failing branch fails the schema holding allOf, which then drops every annotation: passing the
            // caller's set straight through is safe.
            if (!schema.Evaluate(instance, context, annotations))
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
}

/// <summary><c>anyOf</c>: at least one subschema applies. Branches are evaluated quietly; one summary error.</summary>
internal sealed class AnyOfKeyword(SchemaNode[] schemas, string location) : SchemaKeyword("anyOf", location)
{
    public override bool Evaluate(in JsonElement instance, EvaluationContext context, EvaluationAnnotations? annotations)
    {
        var errors = context.Errors;
        context.Errors = null;
        var valid = false;
        foreach (var schema in schemas)
        {
            if (annotations is null)
            {
                if (schema.Evaluate(instance, context, null))
                {
                    valid = true;
                    break;
                }

                continue;
            }

            // Annotations are wanted: every valid branch contributes, so none may be skipped.
            var branch = context.RentAnnotations();
            if (schema.Evaluate(instance, context, branch))
            {
                valid = true;
                annotations.MergeFrom(branch);
            }

            context.ReturnAnnotations(branch);
        }

        context.Errors = errors;
        if (!valid && context.Collecting)
        {
            context.AddError(Keyword, Location, SchemaMessages.AnyOf(schemas.Length));
        }

        return valid;
    }
}

/// <summary><c>oneOf</c>: exactly one subschema applies. Branches are evaluated quietly; one summary error.</summary>
internal sealed class OneOfKeyword(SchemaNode[] schemas, string location) : SchemaKeyword("oneOf", location)
{
    public override bool Evaluate(in JsonElement instance, EvaluationContext context, EvaluationAnnotations? annotations)
    {
        var errors = context.Errors;
        context.Errors = null;
        var first = -1;
        var second = -1;
        var branch = annotations is null ? null : context.RentAnnotations();
        var matched = annotations is null ? null : context.RentAnnotations();
        for (var i = 0; i < schemas.Length; i++)
        {
            branch?.Reset();
            if (!schemas[i].Evaluate(instance, context, branch))
            {
                continue;
            }

            if (first < 0)
            {
                first = i;
                matched?.MergeFrom(branch!);
            }
            else
            {
                second = i;
                break;
            }
        }

        context.Errors = errors;
        var valid = first >= 0 && second < 0;
        if (valid)
        {
            annotations?.MergeFrom(matched!);
        }
        else if (context.Collecting)
        {
            context.AddError(
                Keyword,
                Location,
                first < 0 ? SchemaMessages.OneOfNone(schemas.Length) : SchemaMessages.OneOfMany(first, second));
        }

        if (branch is not null)
        {
            context.ReturnAnnotations(branch);
            context.ReturnAnnotations(matched!);
        }

        return valid;
    }
}

/// <summary><c>not</c>: the subschema must not apply. Evaluated quietly; its annotations are always dropped.</summary>
internal sealed class NotKeyword(SchemaNode schema, string location) : SchemaKeyword("not", location)
{
    public override bool Evaluate(in JsonElement instance, EvaluationContext context, EvaluationAnnotations? annotations)
    {
        var errors = context.Errors;
        context.Errors = null;
        var matches = schema.Evaluate(instance, context, null);
        context.Errors = errors;
        if (matches && context.Collecting)
        {
            context.AddError(Keyword, Location, SchemaMessages.Not);
        }

        return !matches;
    }
}

/// <summary><c>if</c>/<c>then</c>/<c>else</c>: <c>if</c> is evaluated quietly and only selects the branch; errors of
/// <c>then</c> or <c>else</c> are reported as they are.</summary>
internal sealed class ConditionalKeyword(SchemaNode condition, SchemaNode? then, SchemaNode? otherwise, string location)
    : SchemaKeyword("if", location)
{
    public override bool Evaluate(in JsonElement instance, EvaluationContext context, EvaluationAnnotations? annotations)
    {
        var errors = context.Errors;
        context.Errors = null;
        var branch = annotations is null ? null : context.RentAnnotations();
        var holds = condition.Evaluate(instance, context, branch);
        context.Errors = errors;
        if (branch is not null)
        {
            if (holds)
            {
                annotations!.MergeFrom(branch);
            }

            context.ReturnAnnotations(branch);
        }

        var next = holds ? then : otherwise;
        return next is null || next.Evaluate(instance, context, annotations);
    }
}
