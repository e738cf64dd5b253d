using ClinicalContent.Model;

namespace ClinicalContent.Validation;

/// <summary>The outcome of validating an article: every issue of every layer, and the article when one could be built.</summary>
/// <remarks>
/// Issues are in document order: by line and column for JSON input, then by code. For an article validated as a
/// model they follow the order its JSON form would have. Two reports are equal when they hold equal issues and
/// equal articles.
/// </remarks>
public sealed record ValidationReport
{
    /// <summary>Every issue found, in document order; empty for a clean article.</summary>
    public required EquatableArray<ValidationIssue> Issues { get; init; }

    /// <summary>The article that was validated, or the one read from the JSON; null when the input was too broken to build one.</summary>
    public ClinicalArticle? Article { get; init; }

    /// <summary>True when an article was built and no issue is an <see cref="IssueSeverity.Error"/>.</summary>
    /// <remarks>Warnings and information do not make a report invalid; a pipeline that wants them to promotes
    /// them with <see cref="ArticleValidatorOptions.SeverityOverrides"/> or counts <see cref="WarningCount"/>.</remarks>
    public bool IsValid => Article is not null && ErrorCount == 0;

    /// <summary>How many issues are errors.</summary>
    public int ErrorCount => Count(IssueSeverity.Error);

    /// <summary>How many issues are warnings.</summary>
    public int WarningCount => Count(IssueSeverity.Warning);

    /// <summary>Whether any issue has the given code.</summary>
    /// <param name="code">A code such as <see cref="IssueCodes.CitationUnresolved"/>.</param>
    /// <returns>True when at least one issue has that code.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is null.</exception>
    public bool HasIssue(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        foreach (var issue in Issues)
        {
            if (string.Equals(issue.Code, code, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private int Count(IssueSeverity severity)
    {
        var count = 0;
        foreach (var issue in Issues)
        {
            if (issue.Severity == severity)
            {
                count++;
            }
        }

        return count;
    }
}
