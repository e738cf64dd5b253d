namespace ClinicalContent.Cli.Commands;

/// <summary>How <c>validate</c> reports what it found.</summary>
internal enum OutputFormat
{
    /// <summary>One line per issue on standard error, <c>path:line:col: severity CODE: message [pointer]</c>.</summary>
    Text,

    /// <summary>A JSON report per file and a summary, on standard output.</summary>
    Json,

    /// <summary>A SARIF 2.1.0 log for code-scanning tools, on standard output.</summary>
    Sarif,
}
