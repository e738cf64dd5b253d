using ClinicalContent.Model;
using ClinicalContent.Validation;

namespace ClinicalContent.Interop.Csl;

/// <summary>The outcome of importing CSL-JSON: the references that could be built, and every issue found.</summary>
/// <remarks>An item that lacks its <c>id</c>, <c>type</c> or <c>title</c>, or is not an object, gives no reference and
/// an error; any other problem in an item is reported and the reference is still built, with the offending value
/// kept in its <see cref="Reference.UnknownMembers"/> so that nothing is lost.</remarks>
public sealed record CslImportResult
{
    /// <summary>The references built, in the order of the items they came from.</summary>
    public required EquatableArray<Reference> References { get; init; }

    /// <summary>Every issue found, in document order: code, severity, JSON Pointer into the input, line and column.</summary>
    public required EquatableArray<ValidationIssue> Issues { get; init; }

    /// <summary>True when no issue is an <see cref="IssueSeverity.Error"/>; warnings may remain.</summary>
    public bool IsValid => !HasErrors;

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
