using System.Text.Json;

namespace ClinicalContent.Schema;

/// <summary>One compiled keyword (or a group of keywords checked in one pass) of a schema object.</summary>
/// <remarks>Immutable after load and shared between threads; per-evaluation state lives in
/// <see cref="EvaluationContext"/>.</remarks>
internal abstract class SchemaKeyword
{
    protected SchemaKeyword(string keyword, string location)
    {
        Keyword = keyword;
        Location = location;
    }

    /// <summary>The keyword's name, as reported in errors.</summary>
    public string Keyword { get; }

    /// <summary>JSON Pointer of the keyword in the schema document.</summary>
    public string Location { get; }

    /// <summary>Checks the instance; reports errors when the context collects them.</summary>
    /// <param name="instance">The value at the current instance location.</param>
    /// <param name="context">The evaluation state.</param>
    /// <param name="annotations">Where to record evaluated members and items, or null when nobody needs them.</param>
    /// <returns>True when the instance satisfies the keyword.</returns>
    public abstract bool Evaluate(in JsonElement instance, EvaluationContext context, EvaluationAnnotations? annotations);
}
