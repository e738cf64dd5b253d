using ClinicalContent.Validation;

namespace ArticleService.Http;

/// <summary>One validation issue as the service reports it, in problem details and in write receipts.</summary>
internal sealed record IssueDocument
{
    /// <summary>The stable code, such as <c>CC4001</c>; see docs/issue-codes.md.</summary>
    public required string Code { get; init; }

    /// <summary><c>error</c>, <c>warning</c> or <c>information</c>, as the library reports it.</summary>
    public required string Severity { get; init; }

    /// <summary>The RFC 6901 JSON Pointer to the offending value; <c>""</c> is the document root.</summary>
    public required string Pointer { get; init; }

    /// <summary>The 1-based line in the request body, when known.</summary>
    public int? Line { get; init; }

    /// <summary>The 1-based column (UTF-16 units) in the request body, when known.</summary>
    public int? Column { get; init; }

    /// <summary>What is wrong and what was expected.</summary>
    public required string Message { get; init; }

    /// <summary>Whether this issue stopped the article from being stored (see the service's README).</summary>
    public required bool Blocking { get; init; }

    /// <summary>Copies a library issue.</summary>
    /// <param name="issue">The issue.</param>
    /// <param name="blocking">Whether it blocks storing.</param>
    /// <returns>The issue as the service reports it.</returns>
    public static IssueDocument From(ValidationIssue issue, bool blocking) => new()
    {
        Code = issue.Code,
        Severity = issue.Severity switch
        {
            IssueSeverity.Error => "error",
            IssueSeverity.Warning => "warning",
            _ => "information",
        },
        Pointer = issue.Pointer,
        Line = issue.Position?.Line,
        Column = issue.Position?.Column,
        Message = issue.Message,
        Blocking = blocking,
    };
}
