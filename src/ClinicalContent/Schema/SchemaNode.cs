using System.Text.Json;

namespace ClinicalContent.Schema;

/// <summary>A compiled schema (an object or <c>true</c>/<c>false</c>): its keywords grouped by the instance type
/// they apply to, so that evaluation runs only what can matter.</summary>
internal sealed class SchemaNode
{
    private static readonly SchemaKeyword[] s_none = [];

    private SchemaKeyword[] _any = s_none;
    private SchemaKeyword[] _number = s_none;
    private SchemaKeyword[] _string = s_none;
    private SchemaKeyword[] _array = s_none;
    private SchemaKeyword[] _object = s_none;
    private bool _ownsObjectAnnotations;
    private bool _ownsArrayAnnotations;

    public SchemaNode(string location, string? parentKeyword, bool? boolean)
    {
        Location = location;
        ParentKeyword = parentKeyword;
        Boolean = boolean;
    }

    /// <summary>JSON Pointer of the schema in the document.</summary>
    public string Location { get; }

    /// <summary>The keyword whose value holds this schema (<c>properties</c>, <c>items</c> …); null at the root.</summary>
    public string? ParentKeyword { get; }

    /// <summary>The value of a boolean schema; null for a schema object.</summary>
    public bool? Boolean { get; }

    /// <summary>Sets the compiled keywords; called once, at load.</summary>
    public void Initialize(
        SchemaKeyword[] any,
        SchemaKeyword[] number,
        SchemaKeyword[] text,
        SchemaKeyword[] array,
        SchemaKeyword[] obj,
        bool ownsArrayAnnotations,
        bool ownsObjectAnnotations)
    {
        _any = any;
        _number = number;
        _string = text;
        _array = array;
        _object = obj;
        _ownsArrayAnnotations = ownsArrayAnnotations;
        _ownsObjectAnnotations = ownsObjectAnnotations;
    }

    /// <summary>Evaluates the instance against this schema.</summary>
    /// <param name="instance">The value at the current instance location.</param>
    /// <param name="context">The evaluation state.</param>
    /// <param name="annotations">The caller's annotation set for this instance location, or null.</param>
    /// <returns>True when the instance is valid.</returns>
    public bool Evaluate(in JsonElement instance, EvaluationContext context, EvaluationAnnotations? annotations)
    {
        if (Boolean is { } value)
        {
            if (!value && context.Collecting)
            {
                context.AddError(ParentKeyword ?? "false", Location, SchemaMessages.FalseSchema(ParentKeyword));
            }

            return value;
        }

        if (!context.Enter())
        {
            context.AddError(ParentKeyword ?? "$ref", Location, SchemaMessages.TooDeep);
            return false;
        }

        var kind = instance.ValueKind;
        var typed = kind switch
        {
            JsonValueKind.Object => _object,
            JsonValueKind.Array => _array,
            JsonValueKind.String => _string,
            JsonValueKind.Number => _number,
            _ => s_none,
        };

        // A schema with unevaluated* sees only the annotations of its own keywords and their in-place
        // subschemas, never those of its parent's other keywords: it collects into a set of its own.
        var own = annotations;
        if ((_ownsObjectAnnotations && kind == JsonValueKind.Object) || (_ownsArrayAnnotations && kind == JsonValueKind.Array))
        {
            own = context.RentAnnotations();
        }

        var valid = Run(_any, instance, context, own);
        if (valid || context.Collecting)
        {
            valid &= Run(typed, instance, context, own);
        }

        if (!ReferenceEquals(own, annotations))
        {
            if (valid)
            {
                annotations?.MergeFrom(own!);
            }

            context.ReturnAnnotations(own!);
        }

        context.Exit();
        return valid;

        static bool Run(SchemaKeyword[] keywords, in JsonElement instance, EvaluationContext context, EvaluationAnnotations? annotations)
        {
            var valid = true;
            foreach (var keyword in keywords)
            {
                if (!keyword.Evaluate(instance, context, annotations))
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
}
