using ClinicalContent.Validation;

namespace ClinicalContent;

/// <summary>Thrown by the <c>…OrThrow</c> methods when content has errors; carries every issue found.</summary>
/// <remarks>The message names the first error and how many there are; it never includes the document itself.</remarks>
public sealed class ClinicalContentException : Exception
{
    /// <summary>Creates an exception carrying the issues that made the content invalid.</summary>
    /// <param name="issues">Every issue found, errors and others.</param>
    public ClinicalContentException(EquatableArray<ValidationIssue> issues)
        : base(BuildMessage(issues)) => Issues = issues;

    /// <summary>Creates an exception with a message and no issues.</summary>
    public ClinicalContentException()
        : base("The clinical content is invalid.")
    {
    }

    /// <summary>Creates an exception with a message and no issues.</summary>
    /// <param name="message">What went wrong.</param>
    public ClinicalContentException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an exception with a message, an inner exception and no issues.</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="innerException">The cause.</param>
    public ClinicalContentException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Every issue found, in document order.</summary>
    public EquatableArray<ValidationIssue> Issues { get; }

    private static string BuildMessage(EquatableArray<ValidationIssue> issues)
    {
        var errors = 0;
        ValidationIssue? first = null;
        foreach (var issue in issues)
        {
            if (issue.Severity == IssueSeverity.Error)
            {
                errors++;
                first ??= issue;
            }
        }

        return first is null
            ? "The clinical content is invalid."
            : $"The clinical content has {errors} error(s); the first is {first}";
    }
}
