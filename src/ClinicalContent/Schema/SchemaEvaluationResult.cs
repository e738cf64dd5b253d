namespace ClinicalContent.Schema;

/// <summary>The outcome of evaluating a JSON instance against a <see cref="JsonSchema"/>: whether it is valid and
/// every error found.</summary>
/// <remarks>Immutable. Errors are in evaluation order, which follows the schema's keywords and the instance's
/// members.</remarks>
public sealed class SchemaEvaluationResult
{
    internal static readonly SchemaEvaluationResult Valid = new([]);

    internal SchemaEvaluationResult(EquatableArray<SchemaError> errors) => Errors = errors;

    /// <summary>True when the instance satisfies the schema; then <see cref="Errors"/> is empty.</summary>
    public bool IsValid => Errors.IsEmpty;

    /// <summary>Every error found. Inside <c>anyOf</c>, <c>oneOf</c>, <c>not</c>, <c>if</c> and <c>contains</c>
    /// one summary error stands for the failed sub-evaluation.</summary>
    public EquatableArray<SchemaError> Errors { get; }
}
