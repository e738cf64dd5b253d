using ClinicalContent.Validation;

namespace ClinicalContent.Cli.Reporting;

/// <summary>One issue as the command line reports it: positions are in the file's own lines (NDJSON included).</summary>
internal sealed record ReportedIssue
{
    /// <summary>The issue code: the library's, or a CC9xxx code about the input itself.</summary>
    public required string Code { get; init; }

    /// <summary>The severity after per-code overrides and <c>--strict</c>.</summary>
    public required IssueSeverity Severity { get; init; }

    /// <summary>What is wrong and what was expected.</summary>
    public required string Message { get; init; }

    /// <summary>The RFC 6901 JSON Pointer within the article; null for issues about the input itself.</summary>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1720:Identifier contains type name", Justification = "JSON Pointer is the name RFC 6901 gives it.")]
    public string? Pointer { get; init; }

    /// <summary>The 1-based line in the file, when known.</summary>
    public int? Line { get; init; }

    /// <summary>The 1-based column in UTF-16 code units, when known.</summary>
    public int? Column { get; init; }

    /// <summary>Takes an issue from the library, moving it to the file's line numbers.</summary>
    /// <param name="issue">The library's issue.</param>
    /// <param name="recordLine">For an NDJSON line, its line number in the file (issues without a position are put on it);
    /// null for a whole JSON document.</param>
    /// <param name="strict">Whether warnings become errors.</param>
    /// <returns>The issue as reported.</returns>
    public static ReportedIssue From(ValidationIssue issue, int? recordLine, bool strict)
    {
        ArgumentNullException.ThrowIfNull(issue);
        var shift = (recordLine ?? 1) - 1;
        return new ReportedIssue
        {
            Code = issue.Code,
            Severity = strict && issue.Severity == IssueSeverity.Warning ? IssueSeverity.Error : issue.Severity,
            Message = issue.Message,
            Pointer = issue.Pointer,
            Line = issue.Position is { } position ? position.Line + shift : recordLine,
            Column = issue.Position?.Column,
        };
    }
}
