namespace ClinicalContent.Cli.Reporting;

/// <summary>How far the tool got with one input.</summary>
internal enum FileStatus
{
    /// <summary>Read and validated; its issues say whether it is valid.</summary>
    Checked,

    /// <summary>Could not be read (exit code 3).</summary>
    Unreadable,

    /// <summary>Validation failed unexpectedly (exit code 4).</summary>
    Failed,
}
