namespace ClinicalContent.Cli.Commands;

/// <summary>How standard input (the path <c>-</c>) is read.</summary>
internal enum StdinFormat
{
    /// <summary>NDJSON when the first non-blank line is a whole object (<c>{</c> … <c>}</c>) and more lines follow; otherwise one JSON document.</summary>
    Auto,

    /// <summary>One JSON article.</summary>
    Json,

    /// <summary>One article per line.</summary>
    Ndjson,
}
