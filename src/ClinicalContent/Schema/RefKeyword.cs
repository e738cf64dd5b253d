using System.Text.Json;

namespace ClinicalContent.Schema;

/// <summary><c>$ref</c> to a schema of the same document, resolved and linked once at load.</summary>
/// <remarks>Following the same reference again at the same instance location can only loop forever (nothing of the
/// instance is consumed in between): that is reported as an error instead of overflowing the stack.</remarks>
internal sealed class RefKeyword(string location) : SchemaKeyword("$ref", location)
{
    /// <summary>The schema referred to; set once, when references are resolved at load.</summary>
    public SchemaNode? Target { get; set; }

    public override bool Evaluate(in JsonElement instance, EvaluationContext context, EvaluationAnnotations? annotations)
    {
        var target = Target!;
        if (context.IsActive(target))
        {
            context.AddError(Keyword, Location, SchemaMessages.Recursion);
            return false;
        }

        context.PushReference(this, target);
        var valid = target.Evaluate(instance, context, annotations);
        context.PopReference();
        return valid;
    }
}
