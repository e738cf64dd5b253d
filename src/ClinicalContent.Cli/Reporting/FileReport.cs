using System.Collections.Immutable;
using ClinicalContent.Validation;

namespace ClinicalContent.Cli.Reporting;

/// <summary>What validating one input found.</summary>
internal sealed record FileReport
{
    /// <summary>The input's display path.</summary>
    public required string Path { get; init; }

    /// <summary>How far the tool got with the input.</summary>
    public FileStatus Status { get; init; } = FileStatus.Checked;

    /// <summary>How many articles the input held: 1 for a JSON file, the non-blank lines of an NDJSON one.</summary>
    public int Articles { get; init; }

    /// <summary>Every issue, sorted by line and column (issues without a position first), otherwise in the library's order.</summary>
    public required ImmutableArray<ReportedIssue> Issues { get; init; }

    /// <summary>Issues that are errors.</summary>
    public int ErrorCount => Count(IssueSeverity.Error);

    /// <summary>Issues that are warnings.</summary>
    public int WarningCount => Count(IssueSeverity.Warning);

    /// <summary>Issues that are information.</summary>
    public int InformationCount => Count(IssueSeverity.Information);

    /// <summary>Whether the input was read and holds no error.</summary>
    public bool IsValid => Status == FileStatus.Checked && ErrorCount == 0;

    /// <summary>A report for an input that was validated.</summary>
    /// <param name="path">The display path.</param>
    /// <param name="articles">How many articles it held.</param>
    /// <param name="issues">The issues, in any order.</param>
    /// <returns>The report, with issues sorted.</returns>
    public static FileReport Checked(string path, int articles, IEnumerable<ReportedIssue> issues) => new()
    {
        Path = path,
        Articles = articles,
        Issues = [.. issues.OrderBy(static i => i.Line ?? 0).ThenBy(static i => i.Column ?? 0)],
    };

    /// <summary>A report for an input that could not be read or validated.</summary>
    /// <param name="path">The display path.</param>
    /// <param name="status">Why it has no verdict.</param>
    /// <param name="code">The CC9xxx code.</param>
    /// <param name="message">What went wrong.</param>
    /// <returns>The report.</returns>
    public static FileReport NotChecked(string path, FileStatus status, string code, string message) => new()
    {
        Path = path,
        Status = status,
        Issues = [new ReportedIssue { Code = code, Severity = IssueSeverity.Error, Message = message }],
    };

    private int Count(IssueSeverity severity)
    {
        if (Status != FileStatus.Checked)
        {
            return 0;
        }

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
