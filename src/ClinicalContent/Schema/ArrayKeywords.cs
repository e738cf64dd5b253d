using System.Text.Json;

namespace ClinicalContent.Schema;

/// <summary><c>prefixItems</c>, <c>items</c>, <c>contains</c> (with <c>minContains</c>/<c>maxContains</c>),
/// <c>minItems</c>, <c>maxItems</c> and <c>uniqueItems</c>, checked in one pass over the array.</summary>
internal sealed class ArrayKeywords(string location) : SchemaKeyword("array", location)
{
    private static readonly SchemaNode[] s_noPrefix = [];

    public SchemaNode[] PrefixItems { get; init; } = s_noPrefix;

    public SchemaNode? Items { get; init; }

    public SchemaNode? Contains { get; init; }

    /// <summary>The <c>minContains</c> in force (1 when absent) and where the failure is reported.</summary>
    public (int Limit, string Keyword, string Location) MinContains { get; init; }

    public (int Limit, string Location)? MaxContains { get; init; }

    public (int Limit, string Location)? MinItems { get; init; }

    public (int Limit, string Location)? MaxItems { get; init; }

    public string? UniqueItemsLocation { get; init; }

    public override bool Evaluate(in JsonElement instance, EvaluationContext context, EvaluationAnnotations? annotations)
    {
        var length = instance.GetArrayLength();
        var valid = true;

        if (MinItems is { } minItems && length < minItems.Limit)
        {
            valid = false;
            if (!context.Collecting)
            {
                return false;
            }

            context.AddError("minItems", minItems.Location, SchemaMessages.MinItems(minItems.Limit, length));
        }

        if (MaxItems is { } maxItems && length > maxItems.Limit)
        {
            valid = false;
            if (!context.Collecting)
            {
                return false;
            }

            context.AddError("maxItems", maxItems.Location, SchemaMessages.MaxItems(maxItems.Limit, length));
        }

        if (PrefixItems.Length != 0 || Items is not null || Contains is not null)
        {
            if (!EvaluateItems(instance, context, annotations, length))
            {
                valid = false;
                if (!context.Collecting)
                {
                    return false;
                }
            }
        }

        if (UniqueItemsLocation is not null && JsonValueEquality.TryFindDuplicate(instance, length, out var first, out var second))
        {
            valid = false;
            if (context.Collecting)
            {
                context.AddError("uniqueItems", UniqueItemsLocation, SchemaMessages.UniqueItems(first, second));
            }
        }

        return valid;
    }

    private bool EvaluateItems(in JsonElement instance, EvaluationContext context, EvaluationAnnotations? annotations, int length)
    {
        var valid = true;
        var matches = 0;
        var countAll = MaxContains is not null || annotations is not null;
        var index = 0;
        foreach (var item in instance.EnumerateArray())
        {
            var schema = index < PrefixItems.Length ? PrefixItems[index] : Items;
            if (schema is not null)
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

            if (Contains is not null && (countAll || matches < MinContains.Limit))
            {
                var errors = context.Errors;
                context.Errors = null;
                context.PushIndex(index);
                var matched = Contains.Evaluate(item, context, null);
                context.Pop();
                context.Errors = errors;
                if (matched)
                {
                    matches++;
                    annotations?.Mark(index);
                }
            }

            index++;
        }

        if (annotations is not null)
        {
            annotations.PrefixCount = Math.Max(annotations.PrefixCount, Math.Min(PrefixItems.Length, length));
            if (Items is not null)
            {
                annotations.All = true;
            }
        }

        if (Contains is not null)
        {
            if (matches < MinContains.Limit)
            {
                valid = false;
                if (context.Collecting)
                {
                    context.AddError(MinContains.Keyword, MinContains.Location, SchemaMessages.MinContains(MinContains.Limit, matches));
                }
            }

            if (MaxContains is { } maxContains && matches > maxContains.Limit)
            {
                valid = false;
                if (context.Collecting)
                {
                    context.AddError("maxContains", maxContains.Location, SchemaMessages.MaxContains(maxContains.Limit, matches));
                }
            }
        }

        return valid;
    }
}
