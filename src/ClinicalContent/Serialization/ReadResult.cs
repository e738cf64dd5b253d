using ClinicalContent.Validation;

namespace ClinicalContent.Serialization;

/// <summary>The outcome of reading a document: the value, if one could be built, and every issue found.</summary>
/// <typeparam name="T">The type of document read.</typeparam>
public sealed record ReadResult<T>
    where T : class
{
    /// <summary>The document built from the input; null when the input was too broken to build one.</summary>
    /// <remarks>A value can be present together with errors: for example an unknown member in strict mode, or a
    /// list element that could not be read (and is missing from the list, with an issue saying so).</remarks>
    public T? Value { get; init; }

    /// <summary>Every issue found, in document order.</summary>
    public required EquatableArray<ValidationIssue> Issues { get; init; }

    /// <summary>True when a value was built and no issue is an error.</summary>
    public bool IsValid => Value is not null && !HasErrors;

    /// <summary>True when any issue is an <see cref="IssueSeverity.Error"/>.</summary>
    public bool HasErrors
    {
        get
        {
            foreach (var issue in Issues)
            {
                if (issue.Severity == IssueSeverity.Error)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
