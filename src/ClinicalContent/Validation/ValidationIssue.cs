namespace ClinicalContent.Validation;

/// <summary>One problem found in a clinical document.</summary>
public sealed record ValidationIssue
{
    /// <summary>Stable identifier such as <c>CC1004</c>; see <see cref="IssueCodes"/> and docs/issue-codes.md. Never reused.</summary>
    public required string Code { get; init; }

    /// <summary>Whether the issue makes the document invalid.</summary>
    public required IssueSeverity Severity { get; init; }

    /// <summary>Human-readable text saying what is wrong and what was expected; wording may change between versions, the code may not.</summary>
    public required string Message { get; init; }

    /// <summary>RFC 6901 JSON Pointer to the offending value; <c>""</c> is the document root.</summary>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1720:Identifier contains type name", Justification = "JSON Pointer is the name RFC 6901 gives it.")]
    public required string Pointer { get; init; }

    /// <summary>1-based line and column (UTF-16 units) in the source text, when the input was text.</summary>
    public TextPosition? Position { get; init; }

    /// <summary>Formats the issue as <c>line:column: severity CODE: message (at pointer)</c>.</summary>
    /// <returns>The issue as one line of text.</returns>
    public override string ToString()
    {
        var severity = Severity switch
        {
            IssueSeverity.Error => "error",
            IssueSeverity.Warning => "warning",
            _ => "info",
        };
        var where = Position is { } p ? p + ": " : string.Empty;
        return $"{where}{severity} {Code}: {Message} (at '{Pointer}')";
    }
}
